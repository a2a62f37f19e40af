import { useEffect, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, Grid, theme, type ThemeConfig } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18n from '../i18n';

export const brandTheme: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#b3261e',
    borderRadius: 8,
    // secondary and tertiary text at 4.5:1 or more on white (WCAG AA); antd's defaults are 3.4:1 and 2.4:1
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // danger buttons and texts in red that reads at 4.5:1 (antd's #ff4d4f is 3.3:1)
    colorError: '#cf1322',
    colorWarningText: '#874d00',
    colorSuccessText: '#237804',
    fontFamily: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, system-ui, sans-serif",
  },
};

/** On a phone every control is a finger's size: 44 px at least (WCAG 2.5.5), small buttons included. */
export const phoneTheme: ThemeConfig = {
  ...brandTheme,
  token: { ...brandTheme.token, controlHeight: 44, controlHeightSM: 44, controlHeightLG: 48 },
  components: { Menu: { itemHeight: 48 }, Pagination: { itemSize: 44, itemSizeSM: 44 } },
};

function LocaleBridge({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage === 'en' ? 'en' : 'vi';
  useEffect(() => {
    dayjs.locale(lng);
  }, [lng]);
  // dayjs must follow the language before the first render that formats dates.
  if (dayjs.locale() !== lng) dayjs.locale(lng);
  const phone = !Grid.useBreakpoint().md;
  return (
    <ConfigProvider locale={lng === 'en' ? enUS : viVN} theme={phone ? phoneTheme : brandTheme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** i18n, Ant Design (vi_VN / en_US locale, theme) and dayjs locale. */
export function UiProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleBridge>{children}</LocaleBridge>
    </I18nextProvider>
  );
}
