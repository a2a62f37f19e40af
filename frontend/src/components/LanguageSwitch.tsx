import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../i18n';

/** VI / EN switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi';
  return (
    <Segmented
      size={size}
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={current}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label: (
          <span title={t(`lang.${lng}`)} lang={lng}>
            {lng.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
