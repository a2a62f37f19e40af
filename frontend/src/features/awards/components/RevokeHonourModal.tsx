import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { HonourView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { revokeHonour } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction } from '../hooks';
import { present } from '../../../lib/present';

interface Values {
  revokingDecisionNumber: string;
  revokedOn: Dayjs;
  reason: string;
}

/** Thu hồi khen thưởng by the authority's revoking decision; the registry keeps the line, marked revoked. */
export function RevokeHonourModal({ honour, onClose }: { honour: HonourView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const revoke = useAwardAction((v: Values) =>
    revokeHonour(present(honour, 'honour').id, {
      revokingDecisionNumber: v.revokingDecisionNumber,
      revokedOn: v.revokedOn.format('YYYY-MM-DD'),
      reason: v.reason,
      version: honour?.version ?? 0,
    }),
  );
  return (
    <Modal
      open={!!honour}
      title={t('awards.honours.revokeTitle')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      okText={t('awards.honours.revoke')}
      destroyOnHidden
    >
      {honour && (
        <Typography.Paragraph>
          {honour.recipientName} · {honour.awardTypeName} · {honour.decisionNumber}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ revokedOn: dayjs() }}
        onFinish={(v) =>
          revoke.mutate(v, {
            onSuccess: onClose,
            onError: (e) => {
              if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
            },
          })
        }
      >
        <Form.Item
          name="revokingDecisionNumber"
          label={t('awards.honours.revokingNumber')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="revokedOn" label={t('awards.decisions.issuedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('awards.honours.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
