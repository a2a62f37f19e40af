import { useEffect, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, theme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18n from '../i18n';

export const brandTheme = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#b3261e',
    borderRadius: 8,
    fontFamily: "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, system-ui, sans-serif",
  },
};

function LocaleBridge({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const lng = instance.resolvedLanguage === 'en' ? 'en' : 'vi';
  useEffect(() => {
    dayjs.locale(lng);
  }, [lng]);
  // dayjs must follow the language before the first render that formats dates.
  if (dayjs.locale() !== lng) dayjs.locale(lng);
  return (
    <ConfigProvider locale={lng === 'en' ? enUS : viVN} theme={brandTheme}>
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
