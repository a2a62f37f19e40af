import { useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Typography,
  type FormInstance,
} from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { NominationView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { appraise, recordVote, startAppraisal, submitNomination, withdrawNomination } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction } from '../hooks';
import { dossierKey, missingDocuments } from '../labels';

interface AppraisalValues {
  pass: boolean;
  note?: string;
  overrideReason?: string;
}

interface VoteValues {
  heldOn: Dayjs;
  members: number;
  votesCast: number;
  approvals: number;
  writtenVotes?: number;
}

/** What can be done with the nomination now: submit or withdraw (unit), appraise and record the council's vote (secretariat). */
export function ActionsPanel({ nomination: n }: { nomination: NominationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [appraisalForm] = Form.useForm<AppraisalValues>();
  const [voteForm] = Form.useForm<VoteValues>();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const pass = Form.useWatch('pass', appraisalForm);
  const id = n.id;
  const version = n.version ?? 0;
  const fail =
    <T,>(form?: FormInstance<T>) =>
    (e: unknown) => {
      if (!form || !showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
    };
  const submit = useAwardAction(() => submitNomination(id, version));
  const withdraw = useAwardAction(() => withdrawNomination(id, reason, version));
  const start = useAwardAction(() => startAppraisal(id, version));
  const conclude = useAwardAction((v: AppraisalValues) =>
    appraise(id, { pass: v.pass, note: v.note, overrideReason: v.overrideReason, version }),
  );
  const vote = useAwardAction((v: VoteValues) =>
    recordVote(id, {
      heldOn: v.heldOn.format('YYYY-MM-DD'),
      members: v.members,
      votesCast: v.votesCast,
      approvals: v.approvals,
      writtenVotes: v.writtenVotes ?? 0,
      version,
    }),
  );
  const a = n.actions;
  const inAppraisal = n.status === 'IN_APPRAISAL';
  // the server refuses an incomplete dossier too; the button says so before anyone presses it
  const missing = missingDocuments(n);
  if (!a?.submit && !a?.withdraw && !a?.appraise && !a?.recordVote) return null;

  return (
    <Card size="small" title={t('awards.actions.title')} data-testid="nomination-actions">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          {a.submit && (
            <Button
              type="primary"
              loading={submit.isPending}
              disabled={missing.length > 0}
              data-testid="nomination-submit"
              onClick={() =>
                submit.mutate(undefined, {
                  onSuccess: () => message.success(t('awards.actions.submitted')),
                  onError: fail(),
                })
              }
            >
              {t('awards.actions.submit')}
            </Button>
          )}
          {a.submit && missing.length > 0 && (
            <Typography.Text type="warning" data-testid="nomination-submit-missing">
              {t('awards.actions.missingDocuments', { list: missing.map((k) => t(dossierKey(k))).join(', ') })}
            </Typography.Text>
          )}
          {a.appraise && n.status === 'SUBMITTED' && (
            <Button
              type="primary"
              loading={start.isPending}
              data-testid="appraisal-start"
              onClick={() => start.mutate(undefined, { onError: fail() })}
            >
              {t('awards.actions.startAppraisal')}
            </Button>
          )}
          {a.withdraw && (
            <Button danger onClick={() => setWithdrawing(true)} data-testid="nomination-withdraw">
              {t('awards.actions.withdraw')}
            </Button>
          )}
        </Flex>

        {a.appraise && inAppraisal && (
          <Form
            form={appraisalForm}
            layout="vertical"
            initialValues={{ pass: true }}
            onFinish={(v) => conclude.mutate(v, { onError: fail(appraisalForm) })}
            data-testid="appraisal-form"
          >
            <Form.Item name="pass" label={t('awards.actions.appraisalResult')}>
              <Radio.Group
                options={[
                  { value: true, label: t('awards.actions.pass') },
                  { value: false, label: t('awards.actions.fail') },
                ]}
              />
            </Form.Item>
            <Form.Item name="note" label={t('awards.actions.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            {pass && n.eligibility && !n.eligibility.eligible && (
              <>
                <Alert
                  type="warning"
                  showIcon
                  message={t('awards.actions.overrideNeeded')}
                  style={{ marginBottom: 12 }}
                />
                <Form.Item
                  name="overrideReason"
                  label={t('awards.actions.overrideReason')}
                  rules={[{ required: true, message: t('awards.actions.overrideRequired') }]}
                >
                  <Input.TextArea rows={2} maxLength={1000} data-testid="override-reason" />
                </Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={conclude.isPending} data-testid="appraisal-conclude">
              {t('awards.actions.conclude')}
            </Button>
          </Form>
        )}

        {a.recordVote && (
          <Form
            form={voteForm}
            layout="vertical"
            initialValues={{ heldOn: dayjs(), writtenVotes: 0 }}
            onFinish={(v) => vote.mutate(v, { onError: fail(voteForm) })}
            data-testid="vote-form"
          >
            <Typography.Paragraph type="secondary">{t('awards.actions.voteHelp')}</Typography.Paragraph>
            <Flex gap={12} wrap>
              <Form.Item name="heldOn" label={t('awards.actions.heldOn')} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Form.Item
                name="members"
                label={t('awards.actions.members')}
                rules={[{ required: true, message: t('awards.actions.required') }]}
              >
                <InputNumber min={1} data-testid="vote-members" />
              </Form.Item>
              <Form.Item
                name="votesCast"
                label={t('awards.actions.votesCast')}
                rules={[{ required: true, message: t('awards.actions.required') }]}
              >
                <InputNumber min={0} data-testid="vote-cast" />
              </Form.Item>
              <Form.Item
                name="approvals"
                label={t('awards.actions.approvals')}
                rules={[{ required: true, message: t('awards.actions.required') }]}
              >
                <InputNumber min={0} data-testid="vote-approvals" />
              </Form.Item>
              <Form.Item name="writtenVotes" label={t('awards.actions.writtenVotes')}>
                <InputNumber min={0} />
              </Form.Item>
            </Flex>
            <Button type="primary" htmlType="submit" loading={vote.isPending} data-testid="vote-record">
              {t('awards.actions.recordVote')}
            </Button>
          </Form>
        )}
      </Flex>
      <Modal
        open={withdrawing}
        title={t('awards.actions.withdrawTitle')}
        okText={t('awards.actions.withdraw')}
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0, loading: withdraw.isPending }}
        onCancel={() => setWithdrawing(false)}
        onOk={() => withdraw.mutate(undefined, { onSuccess: () => setWithdrawing(false), onError: fail() })}
      >
        <Input.TextArea
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('awards.actions.withdrawReason')}
        />
      </Modal>
    </Card>
  );
}
