import { App, Button, Card, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VotingQuestion } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { showProblemOnForm } from '../../../lib/formErrors';
import { decideTie } from '../api';
import { useVotingAction } from '../hooks';

interface Values {
  chosen: string[];
  note: string;
}

/** Still tied after the last round: the head and deputy (or the council's chair) decide, and say how. */
export function ReferralForm({
  sessionId,
  version,
  question: q,
}: {
  sessionId: string;
  version: number;
  question: VotingQuestion;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decide = useVotingAction((v: Values) => decideTie(sessionId, q.id, v.chosen, v.note, version));
  const tied = q.options?.filter((o) => q.result?.runoff?.includes(o.key)) ?? [];
  return (
    <Card size="small" title={t('voting.referral.title', { question: q.title })} data-testid="referral-form">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          decide.mutate(v, {
            onSuccess: () => message.success(t('voting.referral.saved')),
            onError: (e) => {
              if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
            },
          })
        }
      >
        <Form.Item
          name="chosen"
          label={t('voting.referral.chosen')}
          rules={[{ required: true, message: t('voting.referral.chosenRequired') }]}
        >
          <Checkbox.Group options={tied.map((o) => ({ value: o.key, label: o.label }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('voting.referral.note')}
          rules={[{ required: true, message: t('voting.referral.noteRequired') }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={1000}
            placeholder={t('voting.referral.notePlaceholder')}
            data-testid="referral-note"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="referral-save">
          {t('voting.referral.save')}
        </Button>
      </Form>
    </Card>
  );
}
