import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BlocView, DecisionKind, Meeting, MeetingKind } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { useCovenant, useMeetings, useMembers, useRunsBloc, useSaveMeeting, useScoring, useTerms } from '../hooks';
import { formatDate, todayIso } from '../../../lib/format';
import { MeetingAttachments } from './MeetingAttachments';
import { RemoveRowButton } from '../../../components/RowButtons';
import { FormModal } from '../../../components/FormModal';
import { saveFailureMessages } from '../../../lib/formErrors';

const MEETING_KINDS: MeetingKind[] = ['COVENANT_SIGNING', 'MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'OTHER'];
const DECISION_KINDS: DecisionKind[] = ['TERM', 'COVENANT', 'RANKING', 'OTHER'];

/** The bloc's meetings, newest first, with who attended and what was decided. */
export function MeetingsTab({ bloc }: { bloc: BlocView }) {
  const { t } = useTranslation();
  const meetings = useMeetings(bloc.id);
  const runs = useRunsBloc(bloc);
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);

  return (
    <Flex vertical gap={12} data-testid="meetings-tab">
      {runs && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="meeting-add">
            {t('blocs.meetings.add')}
          </Button>
        </Flex>
      )}
      {meetings.isError ? (
        <ErrorState
          compact
          title={t('blocs.loadError')}
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
        />
      ) : (meetings.data ?? []).length === 0 && !meetings.isFetching ? (
        <Empty description={t('blocs.meetings.empty')} />
      ) : (
        (meetings.data ?? []).map((m) => (
          <Card
            key={m.id}
            size="small"
            data-testid="meeting-card"
            title={
              <Flex gap={8} wrap align="center">
                <Tag color="volcano">{t(`blocs.meetingKinds.${m.kind}`)}</Tag>
                <Typography.Text strong style={{ whiteSpace: 'normal' }}>
                  {m.title}
                </Typography.Text>
              </Flex>
            }
            extra={
              m.manageable && (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(m)}
                  aria-label={t('blocs.meetings.edit')}
                />
              )
            }
          >
            <Flex vertical gap={6}>
              <Typography.Text type="secondary">
                {formatDate(m.heldOn)}
                {m.place ? ` · ${m.place}` : ''} ·{' '}
                {t('blocs.meetings.chairedBy', {
                  name: `${m.chairRank ? `${m.chairRank} ` : ''}${m.chairName}${m.chairPosition ? `, ${m.chairPosition}` : ''}`,
                })}
              </Typography.Text>
              {(m.attendance ?? []).length > 0 && (
                <Typography.Text>
                  <TeamOutlined /> {t('blocs.meetings.attended', { count: m.attendance.length })}:{' '}
                  {m.attendance.map((a) => a.unit?.name).join('; ')}
                </Typography.Text>
              )}
              {m.agenda && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.agenda}</Typography.Paragraph>
              )}
              {(m.decisions ?? []).map((d) => (
                <Typography.Text key={d.position}>
                  <Tag>{t(`blocs.decisionKinds.${d.kind}`)}</Tag>
                  {d.summary}
                </Typography.Text>
              ))}
              <MeetingAttachments blocId={bloc.id} meeting={m} />
              {m.minutes && (
                <Typography.Paragraph
                  type="secondary"
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                  ellipsis={{ rows: 3, expandable: true }}
                >
                  {m.minutes}
                </Typography.Paragraph>
              )}
            </Flex>
          </Card>
        ))
      )}
      {editing && (
        <MeetingFormModal bloc={bloc} meeting={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Flex>
  );
}

interface Values {
  kind: MeetingKind;
  title: string;
  heldOn: Dayjs;
  place?: string;
  chairRank?: string;
  chairName: string;
  chairPosition?: string;
  attendance: { unitId?: string; representatives?: string }[];
  agenda?: string;
  minutes?: string;
  decisions: { kind: DecisionKind; subjectId?: string; summary: string }[];
}

const MEETING_FIELDS = [
  'kind',
  'title',
  'heldOn',
  'place',
  'chairRank',
  'chairName',
  'chairPosition',
  'agenda',
  'minutes',
];

// "save.body.decisions[1].summary" → that row's field; a path the form has no field for stays a message above it
const meetingField = (path: string) => {
  const row = /(attendance|decisions)\[(\d+)\]\.(\w+)$/.exec(path);
  if (row) return [row[1], Number(row[2]), row[3]];
  const last = path.split('.').pop() ?? '';
  return MEETING_FIELDS.includes(last) ? [last] : undefined;
};

function MeetingFormModal({
  bloc,
  meeting,
  onClose,
}: {
  bloc: BlocView;
  meeting: Meeting | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveMeeting(bloc.id);
  const [errors, setErrors] = useState<string[]>([]);
  const heldOn: Dayjs = Form.useWatch('heldOn', form) ?? dayjs();
  const year = heldOn.year();
  const members = useMembers(
    bloc.id,
    heldOn.format('YYYY-MM-DD') > todayIso() ? heldOn.format('YYYY-MM-DD') : undefined,
  );
  const terms = useTerms(bloc.id);
  const covenant = useCovenant(bloc.id, year);
  const scoring = useScoring(bloc.id, year);
  const unitOptions = (members.data ?? []).map((m) => ({ value: m.unit?.id, label: m.unit?.name }));

  const subjects = (kind: DecisionKind | undefined) => {
    if (kind === 'TERM')
      return (terms.data ?? []).map((term) => ({
        value: term.id,
        label: t('blocs.meetings.termOf', { year: term.year }),
      }));
    if (kind === 'COVENANT')
      return covenant.data ? [{ value: covenant.data.id, label: t('blocs.meetings.covenantOf', { year }) }] : [];
    if (kind === 'RANKING')
      return scoring.data ? [{ value: scoring.data.id, label: t('blocs.meetings.rankingOf', { year }) }] : [];
    return [];
  };

  const initialValues: Values = meeting
    ? {
        kind: meeting.kind,
        title: meeting.title ?? '',
        heldOn: dayjs(meeting.heldOn),
        place: meeting.place ?? '',
        chairRank: meeting.chairRank ?? '',
        chairName: meeting.chairName ?? '',
        chairPosition: meeting.chairPosition ?? '',
        attendance: (meeting.attendance ?? []).map((a) => ({
          unitId: a.unit?.id,
          representatives: a.representatives ?? '',
        })),
        agenda: meeting.agenda ?? '',
        minutes: meeting.minutes ?? '',
        decisions: (meeting.decisions ?? []).map((d) => ({
          kind: d.kind,
          subjectId: d.subjectId ?? undefined,
          summary: d.summary ?? '',
        })),
      }
    : { kind: 'MID_YEAR_REVIEW', title: '', heldOn: dayjs(), chairName: '', attendance: [], decisions: [] };

  const onFinish = async (v: Values) => {
    setErrors([]);
    try {
      await save.mutateAsync({
        meetingId: meeting?.id,
        body: {
          kind: v.kind,
          title: v.title.trim(),
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          place: v.place || undefined,
          chairRank: v.chairRank?.trim() || undefined,
          chairName: v.chairName.trim(),
          chairPosition: v.chairPosition || undefined,
          agenda: v.agenda || undefined,
          minutes: v.minutes || undefined,
          attendance: v.attendance.flatMap((a) =>
            a.unitId ? [{ unitId: a.unitId, representatives: a.representatives || undefined }] : [],
          ),
          decisions: v.decisions.map((d) => ({
            kind: d.kind,
            subjectId: d.kind === 'OTHER' ? undefined : d.subjectId,
            summary: d.summary.trim(),
          })),
          version: meeting?.version,
        },
      });
      message.success(t('blocs.meetings.saved'));
      onClose();
    } catch (e) {
      setErrors(saveFailureMessages(form, e, t, { names: meetingField }));
    }
  };

  const addAllMembers = () => {
    const present = new Set((form.getFieldValue('attendance') as Values['attendance']).map((a) => a.unitId));
    const more = (members.data ?? [])
      .filter((m) => !present.has(m.unit?.id))
      .map((m) => ({ unitId: m.unit?.id, representatives: '' }));
    form.setFieldValue('attendance', [...(form.getFieldValue('attendance') as Values['attendance']), ...more]);
  };

  return (
    <FormModal
      form={form}
      title={meeting ? t('blocs.meetings.editTitle') : t('blocs.meetings.createTitle')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={760}
      okButtonProps={{ 'data-testid': 'meeting-save' }}
      errors={errors}
      errorsTestId="meeting-error"
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)}>
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('blocs.meetings.kind')} style={{ flex: '1 1 240px' }}>
            <Select
              options={MEETING_KINDS.map((k) => ({ value: k, label: t(`blocs.meetingKinds.${k}`) }))}
              data-testid="meeting-kind"
            />
          </Form.Item>
          <Form.Item
            name="heldOn"
            label={t('blocs.meetings.heldOn')}
            rules={[{ required: true }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="title"
          label={t('blocs.meetings.title')}
          rules={[{ required: true, whitespace: true, message: t('blocs.meetings.titleRequired') }, { max: 500 }]}
        >
          <Input placeholder={t('blocs.meetings.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="place" label={t('blocs.meetings.place')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="chairRank"
            label={t('blocs.meetings.chairRank')}
            rules={[{ max: 100 }]}
            style={{ flex: '0 1 140px' }}
          >
            <Input placeholder={t('blocs.meetings.chairRankPlaceholder')} data-testid="meeting-chair-rank" />
          </Form.Item>
          <Form.Item
            name="chairName"
            label={t('blocs.meetings.chairName')}
            rules={[{ required: true, whitespace: true, message: t('blocs.meetings.chairRequired') }, { max: 300 }]}
            style={{ flex: '1 1 220px' }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="chairPosition"
            label={t('blocs.meetings.chairPosition')}
            rules={[{ max: 300 }]}
            style={{ flex: '1 1 220px' }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('blocs.meetings.attendance')}</Typography.Text>
        <Form.List name="attendance">
          {(fields, { add, remove }) => (
            <Flex vertical gap={6} style={{ margin: '8px 0 16px' }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    style={{ flex: '2 1 220px', margin: 0 }}
                    rules={[{ required: true, message: t('blocs.members.unitsRequired') }]}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      options={unitOptions}
                      placeholder={t('blocs.meetings.unit')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'representatives']}
                    style={{ flex: '3 1 220px', margin: 0 }}
                    rules={[{ max: 1000 }]}
                  >
                    <Input placeholder={t('blocs.meetings.representatives')} />
                  </Form.Item>
                  <RemoveRowButton onClick={() => remove(field.name)} label={t('common.cancel')} />
                </Flex>
              ))}
              <Flex gap={8} wrap>
                <Button icon={<PlusOutlined />} onClick={() => add({ representatives: '' })}>
                  {t('blocs.meetings.addAttendee')}
                </Button>
                <Button icon={<TeamOutlined />} onClick={addAllMembers} data-testid="meeting-all-members">
                  {t('blocs.meetings.allMembers')}
                </Button>
              </Flex>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="agenda" label={t('blocs.meetings.agenda')} rules={[{ max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="minutes" label={t('blocs.meetings.minutes')} rules={[{ max: 100000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
        <Typography.Text strong>{t('blocs.meetings.decisions')}</Typography.Text>
        <Form.List name="decisions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={6} style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  extra={<RemoveRowButton onClick={() => remove(field.name)} label={t('common.cancel')} />}
                >
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('blocs.meetings.decision')}
                      style={{ flex: '1 1 200px' }}
                    >
                      <Select
                        options={DECISION_KINDS.map((k) => ({ value: k, label: t(`blocs.decisionKinds.${k}`) }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['decisions', field.name, 'kind']]}>
                      {({ getFieldValue }) => {
                        const kind = getFieldValue(['decisions', field.name, 'kind']) as DecisionKind | undefined;
                        return kind && kind !== 'OTHER' ? (
                          <Form.Item
                            name={[field.name, 'subjectId']}
                            label={t('blocs.meetings.decisionSubject')}
                            style={{ flex: '1 1 200px' }}
                            rules={[{ required: true }]}
                          >
                            <Select options={subjects(kind)} />
                          </Form.Item>
                        ) : null;
                      }}
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    name={[field.name, 'summary']}
                    label={t('blocs.meetings.decisionSummary')}
                    rules={[{ required: true, whitespace: true }, { max: 2000 }]}
                    style={{ margin: 0 }}
                  >
                    <Input />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'OTHER', summary: '' })}>
                {t('blocs.meetings.addDecision')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
