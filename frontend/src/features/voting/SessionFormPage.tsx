import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import type { VotingQuestionInput, VotingSessionInput } from '../../api/types';
import { describeError } from '../../api/errors';
import { showProblemOnForm } from '../../lib/formErrors';
import { fetchNominations } from '../awards/api';
import { useBlocs, useMembers } from '../blocs/hooks';
import { openSession } from './api';
import { useCouncils, useVotingAction } from './hooks';

type Kind = 'COUNCIL' | 'BLOC';

interface QuestionValues {
  kind: 'APPROVAL' | 'ELECTION' | 'CHOOSE_UP_TO';
  title?: string;
  nominationId?: string;
  unitId?: string;
  role?: 'HEAD' | 'DEPUTY';
  maxChoices?: number;
  units?: string[];
  labels?: string[];
}

interface Values {
  kind: Kind;
  councilId?: string;
  blocId?: string;
  title: string;
  heldOn?: Dayjs;
  opensAt: Dayjs;
  closesAt: Dayjs;
  quorumNumerator: number;
  quorumDenominator: number;
  maxRounds: number;
  electionYear?: number;
  questions: QuestionValues[];
}

/** Mở phiên bỏ phiếu: who votes, on what, when, and by which rule; the rule of a nomination comes from its award. */
export function SessionFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'COUNCIL';
  const blocId = Form.useWatch('blocId', form);
  const opensAt = Form.useWatch('opensAt', form);
  const heldOn = Form.useWatch('heldOn', form);
  const councils = useCouncils();
  const blocs = useBlocs({ q: '', page: 0, size: 100 });
  // the electorate is the members on the conference's day
  const members = useMembers(blocId ?? '', (heldOn ?? opensAt ?? dayjs()).format('YYYY-MM-DD'));
  const awaiting = useQuery({
    queryKey: ['awards', 'nominations', 'awaiting-vote'],
    queryFn: () => fetchNominations({ status: 'AWAITING_VOTE', q: '', page: 0, size: 100 }),
    enabled: kind === 'COUNCIL',
  });
  const unitOptions = (blocId ? (members.data ?? []) : []).map((m) => ({ value: m.unit.id, label: m.unit.name }));
  const nominationOptions = (awaiting.data?.items ?? []).map((n) => ({
    value: n.id,
    label: `${n.nomineeName} – ${n.awardTypeName ?? n.requestedAward ?? ''}`,
  }));
  const open = useVotingAction((v: Values) => openSession(toInput(v)));
  const submit = (v: Values) =>
    open.mutate(v, {
      onSuccess: (s) => navigate(`/voting/${s.id}`),
      onError: (e) => {
        // field errors show on their fields; the message also names those of parts the form shows no field for
        showProblemOnForm(form, e);
        message.error(describeError(e, t));
      },
    });

  const addAwaiting = () => {
    const current = form.getFieldValue('questions') ?? [];
    const taken = new Set(current.map((q: QuestionValues) => q.nominationId));
    form.setFieldValue('questions', [
      ...current,
      ...nominationOptions.filter((n) => !taken.has(n.value)).map((n) => ({ kind: 'APPROVAL', nominationId: n.value })),
    ]);
  };
  const addYearEnd = () => {
    form.setFieldValue('questions', [
      { kind: 'APPROVAL', title: t('voting.form.flagTitle') },
      { kind: 'CHOOSE_UP_TO', maxChoices: 3, title: t('voting.form.meritTitle') },
      { kind: 'ELECTION', role: 'HEAD' },
      { kind: 'ELECTION', role: 'DEPUTY' },
    ]);
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('voting.open')}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onFinishFailed={() => message.error(t('voting.form.incomplete'))}
        initialValues={{
          kind: 'COUNCIL',
          opensAt: dayjs(),
          closesAt: dayjs().add(2, 'hour'),
          quorumNumerator: 2,
          quorumDenominator: 3,
          maxRounds: 2,
          electionYear: dayjs().year() + 1,
          questions: [],
        }}
        data-testid="session-form"
      >
        <Card size="small">
          <Form.Item name="kind" label={t('voting.form.kind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'COUNCIL', label: t('voting.kind.COUNCIL') },
                { value: 'BLOC', label: t('voting.kind.BLOC') },
              ]}
              onChange={() => form.setFieldValue('questions', [])}
            />
          </Form.Item>
          {kind === 'COUNCIL' ? (
            <Form.Item
              name="councilId"
              label={t('voting.form.council')}
              rules={[{ required: true, message: t('voting.required') }]}
            >
              <Select
                loading={councils.isPending}
                options={(councils.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                data-testid="session-council"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="blocId"
              label={t('voting.form.bloc')}
              rules={[{ required: true, message: t('voting.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={blocs.isPending}
                options={(blocs.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
                data-testid="session-bloc"
              />
            </Form.Item>
          )}
          <Form.Item
            name="title"
            label={t('voting.form.title')}
            rules={[{ required: true, message: t('voting.required') }]}
          >
            <Input maxLength={400} data-testid="session-title" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="heldOn" label={t('voting.form.heldOn')} extra={t('voting.form.heldOnHelp')}>
              <DatePicker
                format="DD/MM/YYYY"
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                data-testid="session-held-on"
              />
            </Form.Item>
            <Form.Item name="opensAt" label={t('voting.form.opensAt')} rules={[{ required: true }]}>
              <DatePicker showTime format="DD/MM/YYYY HH:mm" />
            </Form.Item>
            <Form.Item name="closesAt" label={t('voting.form.closesAt')} rules={[{ required: true }]}>
              <DatePicker showTime format="DD/MM/YYYY HH:mm" />
            </Form.Item>
            <Form.Item label={t('voting.form.quorum')}>
              <Flex gap={4} align="center">
                <Form.Item name="quorumNumerator" noStyle>
                  <InputNumber min={1} max={100} style={{ width: 64 }} />
                </Form.Item>
                /
                <Form.Item name="quorumDenominator" noStyle>
                  <InputNumber min={1} max={100} style={{ width: 64 }} />
                </Form.Item>
              </Flex>
            </Form.Item>
            <Form.Item name="maxRounds" label={t('voting.form.maxRounds')}>
              <InputNumber min={1} max={5} />
            </Form.Item>
            {kind === 'BLOC' && (
              <Form.Item name="electionYear" label={t('voting.electionYear')}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
            )}
          </Flex>
        </Card>

        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 12 }}>
              <Flex gap={8} wrap>
                {kind === 'COUNCIL' ? (
                  <Button
                    icon={<ThunderboltOutlined />}
                    onClick={addAwaiting}
                    disabled={!nominationOptions.length}
                    data-testid="add-awaiting"
                  >
                    {t('voting.form.addAwaiting', { count: nominationOptions.length })}
                  </Button>
                ) : (
                  <Button icon={<ThunderboltOutlined />} onClick={addYearEnd} data-testid="add-year-end">
                    {t('voting.form.addYearEnd')}
                  </Button>
                )}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'APPROVAL' })} data-testid="add-question">
                  {t('voting.form.addQuestion')}
                </Button>
              </Flex>
              {fields.map((field, i) => (
                <QuestionFields
                  key={field.key}
                  index={i}
                  name={field.name}
                  kind={kind}
                  unitOptions={unitOptions}
                  nominationOptions={nominationOptions}
                  onRemove={() => remove(field.name)}
                />
              ))}
            </Flex>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={open.isPending}
          style={{ marginTop: 16 }}
          data-testid="session-open"
        >
          {t('voting.form.submit')}
        </Button>
      </Form>
    </Flex>
  );
}

interface QuestionFieldsProps {
  index: number;
  name: number;
  kind: Kind;
  unitOptions: { value: string; label: string }[];
  nominationOptions: { value: string; label: string }[];
  onRemove: () => void;
}

function QuestionFields({ index, name, kind, unitOptions, nominationOptions, onRemove }: QuestionFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const q: QuestionValues | undefined = Form.useWatch(['questions', name], form);
  const qKind = q?.kind ?? 'APPROVAL';
  return (
    <Card
      size="small"
      title={t('voting.form.question', { n: index + 1 })}
      extra={
        <Button
          size="small"
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('voting.form.removeQuestion')}
        />
      }
      data-testid="question-fields"
    >
      <Flex gap={12} wrap>
        <Form.Item name={[name, 'kind']} label={t('voting.form.questionKind')} style={{ flex: '1 1 200px' }}>
          <Select
            options={(['APPROVAL', 'ELECTION', 'CHOOSE_UP_TO'] as const).map((k) => ({
              value: k,
              label: t(`voting.questionKindName.${k}`),
            }))}
            data-testid={`question-kind-${index}`}
          />
        </Form.Item>
        {qKind === 'ELECTION' && kind === 'BLOC' && (
          <Form.Item name={[name, 'role']} label={t('voting.form.role')} style={{ flex: '1 1 160px' }}>
            <Select
              allowClear
              options={(['HEAD', 'DEPUTY'] as const).map((r) => ({ value: r, label: t(`voting.leadership.${r}`) }))}
              data-testid={`question-role-${index}`}
            />
          </Form.Item>
        )}
        {qKind === 'CHOOSE_UP_TO' && (
          <Form.Item
            name={[name, 'maxChoices']}
            label={t('voting.form.maxChoices')}
            rules={[{ required: true, message: t('voting.required') }]}
          >
            <InputNumber min={1} max={50} />
          </Form.Item>
        )}
      </Flex>
      {qKind === 'APPROVAL' && kind === 'COUNCIL' && (
        <Form.Item name={[name, 'nominationId']} label={t('voting.form.nomination')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={nominationOptions}
            data-testid={`question-nomination-${index}`}
          />
        </Form.Item>
      )}
      {qKind === 'APPROVAL' && kind === 'BLOC' && (
        <Form.Item name={[name, 'unitId']} label={t('voting.form.unit')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={unitOptions}
            data-testid={`question-unit-${index}`}
          />
        </Form.Item>
      )}
      {!(qKind === 'APPROVAL' && q?.nominationId) && (
        <Form.Item
          name={[name, 'title']}
          label={t('voting.form.questionTitle')}
          extra={qKind === 'ELECTION' && q?.role ? t('voting.form.titleFromRole') : undefined}
        >
          <Input maxLength={500} data-testid={`question-title-${index}`} />
        </Form.Item>
      )}
      {qKind !== 'APPROVAL' &&
        (kind === 'BLOC' ? (
          <Form.Item
            name={[name, 'units']}
            label={t('voting.form.candidates')}
            rules={[{ required: true, message: t('voting.required') }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={unitOptions}
              data-testid={`question-units-${index}`}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name={[name, 'labels']}
            label={t('voting.form.options')}
            rules={[{ required: true, message: t('voting.required') }]}
          >
            <Select mode="tags" tokenSeparators={[';']} open={false} data-testid={`question-labels-${index}`} />
          </Form.Item>
        ))}
    </Card>
  );
}

function toInput(v: Values): VotingSessionInput {
  const questions: VotingQuestionInput[] = (v.questions ?? []).map((q) => ({
    kind: q.kind,
    title: q.title || undefined,
    nominationId: q.kind === 'APPROVAL' ? q.nominationId : undefined,
    unitId: q.kind === 'APPROVAL' ? q.unitId : undefined,
    role: q.kind === 'ELECTION' ? q.role : undefined,
    maxChoices: q.kind === 'CHOOSE_UP_TO' ? q.maxChoices : undefined,
    options:
      q.kind === 'APPROVAL'
        ? undefined
        : v.kind === 'BLOC'
          ? (q.units ?? []).map((unitId) => ({ unitId }))
          : (q.labels ?? []).map((label) => ({ label })),
  }));
  return {
    kind: v.kind,
    councilId: v.kind === 'COUNCIL' ? v.councilId : undefined,
    blocId: v.kind === 'BLOC' ? v.blocId : undefined,
    title: v.title,
    heldOn: v.heldOn?.format('YYYY-MM-DD'),
    opensAt: v.opensAt.toISOString(),
    closesAt: v.closesAt.toISOString(),
    quorumNumerator: v.quorumNumerator,
    quorumDenominator: v.quorumDenominator,
    maxRounds: v.maxRounds,
    electionYear: v.kind === 'BLOC' ? v.electionYear : undefined,
    questions,
  };
}
