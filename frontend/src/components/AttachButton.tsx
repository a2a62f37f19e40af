import { Button, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';

/** The files the services accept (platform UploadPolicy): PDF, images and office documents up to 20 MB. */
export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.pptx';

interface Props {
  label: string;
  hint?: string;
  busy?: boolean;
  onFile: (file: File) => void;
  'data-testid'?: string;
}

/** A button that picks one file and hands it over (the upload itself is the caller's), with a hint on what is accepted. */
export function AttachButton({ label, hint, busy, onFile, ...rest }: Props) {
  return (
    <Upload
      accept={ACCEPTED_FILES}
      showUploadList={false}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid={rest['data-testid']}>
        {label}
      </Button>
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
          {hint}
        </Typography.Text>
      )}
    </Upload>
  );
}
