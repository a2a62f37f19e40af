import { useEffect, useState, type ReactNode } from 'react';
import { Button, Flex, Result, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { LanguageSwitch } from '../components/LanguageSwitch';

type State = { status: 'loading' } | { status: 'ready'; config: AppConfig } | { status: 'error'; error: unknown };

/** Loads /config.json before anything else; a clear message (and a retry) if the gateway cannot be reached. */
export function ConfigGate({ children }: { children: (config: AppConfig) => ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    loadConfig().then(
      (config) => current && setState({ status: 'ready', config }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = () => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  };

  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'error') return <ConfigErrorScreen error={state.error} onRetry={retry} />;
  return <>{children(state.config)}</>;
}

export function ConfigErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail =
    error instanceof ConfigError && error.kind === 'http'
      ? t('config.errorHttp', { status: error.status })
      : error instanceof ConfigError && error.kind === 'invalid'
        ? t('config.errorInvalid')
        : t('config.errorNetwork');
  return (
    <div className="landing" data-testid="config-error">
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch size="middle" />
      </Flex>
      <Flex justify="center" style={{ padding: '0 16px 48px' }}>
        <div className="landing-card landing-card--plain">
          <Result
            status="warning"
            title={t('config.errorTitle')}
            subTitle={<Typography.Text>{detail}</Typography.Text>}
            extra={
              <Button
                type="primary"
                size="large"
                icon={<ReloadOutlined />}
                onClick={onRetry}
                data-testid="config-retry"
              >
                {t('common.retry')}
              </Button>
            }
          />
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
            {t('app.fullName')}
          </Typography.Paragraph>
        </div>
      </Flex>
    </div>
  );
}
