import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { describeError } from '../api/errors';
import { isApiError } from '../api/problem';
import { currentPath } from '../auth/oidc';

interface Props {
  title: string;
  error: unknown;
  onRetry?: () => void;
  compact?: boolean;
  testId?: string;
}

/** A load failure: what went wrong in plain words, the request id for support, and a retry (or sign in again on 401). */
export function ErrorState({ title, error, onRetry, compact, testId }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const unauthorized = isApiError(error) && error.status === 401;
  const requestId = isApiError(error) ? error.requestId : undefined;
  const extra = unauthorized ? (
    <Button type="primary" onClick={() => void auth.signinRedirect({ state: { returnTo: currentPath() } })}>
      {t('auth.tryAgain')}
    </Button>
  ) : onRetry ? (
    <Button onClick={onRetry}>{t('common.retry')}</Button>
  ) : undefined;
  return (
    <Result
      status={compact ? 'warning' : 'error'}
      style={compact ? { padding: '24px 8px' } : undefined}
      title={title}
      subTitle={
        <>
          <div>{describeError(error, t)}</div>
          {requestId && (
            <Typography.Text type="secondary" copyable={{ text: requestId }} style={{ fontSize: 12 }}>
              {t('common.requestId', { id: requestId })}
            </Typography.Text>
          )}
        </>
      }
      extra={extra}
      data-testid={testId ?? 'error-state'}
    />
  );
}
