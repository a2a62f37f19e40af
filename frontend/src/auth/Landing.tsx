import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LoginOutlined, TrophyOutlined, TeamOutlined, FileDoneOutlined, FlagOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { BrandMark } from '../components/BrandMark';

interface Props {
  onLogin: () => void;
  error?: string;
  loggingIn?: boolean;
}

/** What a signed-out visitor sees: what the system is, and one clear "Đăng nhập" button. */
export function Landing({ onLogin, error, loggingIn }: Props) {
  const { t } = useTranslation();
  const features = [
    { icon: <FlagOutlined />, text: t('auth.featureMovements') },
    { icon: <TeamOutlined />, text: t('auth.featureBlocs') },
    { icon: <FileDoneOutlined />, text: t('auth.featureAwards') },
  ];
  return (
    <div className="landing" data-testid="landing">
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch size="middle" />
      </Flex>
      <Flex justify="center" style={{ padding: '0 16px 48px' }}>
        <Card className="landing-card" variant="borderless">
          <Flex vertical align="center" gap={12} style={{ textAlign: 'center' }}>
            <BrandMark size={64} />
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('auth.landingTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 16, marginBottom: 8 }}>
              {t('auth.landingSubtitle')}
            </Typography.Paragraph>
          </Flex>
          <ul className="landing-features">
            {features.map((f) => (
              <li key={f.text}>
                <span className="landing-feature-icon">{f.icon}</span>
                {f.text}
              </li>
            ))}
          </ul>
          {error && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('auth.errorTitle')}
              description={t('auth.errorDetail', { detail: error })}
              data-testid="login-error"
            />
          )}
          <Button
            type="primary"
            size="large"
            block
            icon={<LoginOutlined />}
            loading={loggingIn}
            onClick={onLogin}
            data-testid="login-button"
          >
            {t('auth.login')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, textAlign: 'center' }}>
            <TrophyOutlined /> {t('auth.loginHint')}
          </Typography.Paragraph>
        </Card>
      </Flex>
    </div>
  );
}
