import { useState } from 'react';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AccountImportResult } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { problemFormErrors } from '../../../lib/formErrors';
import { DownloadButton } from '../../../components/DownloadButton';
import { SaveErrors } from '../../../components/FormModal';
import { useImportAccounts } from '../hooks';

/**
 * Many accounts at once from the Excel template: a file with a bad cell creates nothing and says which cells; a
 * good one creates every account and sends each person their invitation.
 */
export function AccountImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useImportAccounts();
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<AccountImportResult | null>(null);

  const send = (file: File) => {
    setErrors([]);
    setResult(null);
    upload.mutate(file, {
      onSuccess: setResult,
      onError: (e) => {
        const cells = problemFormErrors(e).fields.flatMap((c) => c.errors);
        setErrors(cells.length ? cells : [describeError(e, t)]);
      },
    });
  };

  return (
    <Modal
      open
      title={t('accounts.import.title')}
      onCancel={onClose}
      footer={
        <Button onClick={onClose} data-testid="account-import-close">
          {t('common.close')}
        </Button>
      }
      data-testid="account-import-modal"
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('accounts.import.intro')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <DownloadButton
            path="/api/v1/accounts/import/template"
            filename="mau-tai-khoan.xlsx"
            icon={<DownloadOutlined />}
            data-testid="account-import-template"
          >
            {t('accounts.import.template')}
          </DownloadButton>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              send(file);
              return false;
            }}
          >
            <Button
              type="primary"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              data-testid="account-import-file"
            >
              {t('accounts.import.choose')}
            </Button>
          </Upload>
        </Flex>
        <SaveErrors errors={errors} title={t('accounts.import.failed')} testId="account-import-errors" />
        {result && (
          <Alert
            type={result.invitationsFailed ? 'warning' : 'success'}
            showIcon
            data-testid="account-import-result"
            title={t('accounts.import.done', { count: result.created.length })}
            description={
              <>
                {result.invitationsFailed > 0 && (
                  <p>{t('accounts.import.notInvited', { count: result.invitationsFailed })}</p>
                )}
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {result.created.map((a) => (
                    <li key={a.id}>
                      {a.fullName} ({a.username}) – {a.unit?.name}
                    </li>
                  ))}
                </ul>
              </>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
