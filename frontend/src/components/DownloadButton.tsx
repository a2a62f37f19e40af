import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api/client';
import { describeError } from '../api/errors';

interface Props {
  path: string;
  filename: string;
  icon?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}

/** A button that downloads a file the API generates (the request carries the user's token). */
export function DownloadButton({ path, filename, icon, children, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, filename);
    } catch (e) {
      message.error(t('common.downloadFailed', { detail: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={icon} loading={busy} onClick={() => void run()} data-testid={rest['data-testid']}>
      {children}
    </Button>
  );
}
