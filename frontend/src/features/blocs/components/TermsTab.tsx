import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { CrownOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BlocView, Member, Term, TermMethod } from '../../../api/types';
import { saveFailureMessages } from '../../../lib/formErrors';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ErrorState } from '../../../components/ErrorState';
import { useMembers, useSetTerm, useTerms, useUnappliedElections } from '../hooks';
import { ParkedEventAlert } from '../../../components/ParkedEventAlert';
import { formatDate } from '../../../lib/format';
import { present } from '../../../lib/present';
import { FormModal } from '../../../components/FormModal';

/** Head and deputy by year; the organizer's officers record them (elected with vote counts, or appointed). */
export function TermsTab({ bloc, compact }: { bloc: BlocView; compact: boolean }) {
  const { t } = useTranslation();
  const terms = useTerms(bloc.id);
  const unapplied = useUnappliedElections(bloc.id);
  const [editing, setEditing] = useState(false);
  return (
    <Flex vertical gap={12} data-testid="terms-tab">
      {(unapplied.data ?? []).map((u) => (
        <ParkedEventAlert
          key={u.parkedId}
          service="bloc"
          parkedId={u.parkedId}
          title={t('blocs.terms.unapplied', { year: u.year, date: formatDate(u.decidedOn) })}
          reason={u.reason ?? ''}
          attempts={u.attempts}
          parkedAt={u.parkedAt}
          resolvable={!!u.resolvable}
        >
          <Typography.Text>
            {t('blocs.terms.unappliedDetail', { head: u.head?.name ?? '—', deputy: u.deputy?.name ?? '—' })}{' '}
            {u.votingSessionId && <Link to={`/voting/${u.votingSessionId}`}>{t('blocs.terms.session')}</Link>}
          </Typography.Text>
        </ParkedEventAlert>
      ))}
      {bloc.manageable && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<CrownOutlined />} onClick={() => setEditing(true)} data-testid="term-set">
            {t('blocs.terms.set')}
          </Button>
        </Flex>
      )}
      {terms.isError ? (
        <ErrorState compact title={t('blocs.loadError')} error={terms.error} onRetry={() => void terms.refetch()} />
      ) : (
        <ScrollRegion label={t('blocs.tabs.terms')}>
          <Table<Term>
            rowKey={(term) => String(term.year)}
            dataSource={terms.data ?? []}
            loading={terms.isFetching}
            pagination={false}
            style={compact ? { minWidth: 560 } : undefined}
            locale={{ emptyText: t('blocs.terms.empty') }}
            onRow={() => ({ 'data-testid': 'term-row' }) as object}
            columns={[
              { title: t('blocs.terms.columns.year'), dataIndex: 'year', width: 80 },
              {
                title: t('blocs.terms.columns.head'),
                render: (_, term) =>
                  `${term.head?.name ?? '—'}${term.headVotes != null ? ` (${t('blocs.terms.votes', { votes: term.headVotes, voters: term.voters })})` : ''}`,
              },
              {
                title: t('blocs.terms.columns.deputy'),
                render: (_, term) =>
                  `${term.deputy?.name ?? '—'}${term.deputyVotes != null ? ` (${t('blocs.terms.votes', { votes: term.deputyVotes, voters: term.voters })})` : ''}`,
              },
              {
                title: t('blocs.terms.columns.method'),
                render: (_, term) => (term.method ? t(`blocs.terms.${term.method}`) : '—'),
                width: 150,
              },
              {
                title: t('blocs.terms.columns.decidedOn'),
                render: (_, term) => formatDate(term.decidedOn),
                width: 110,
              },
            ]}
          />
        </ScrollRegion>
      )}
      {editing && <TermModal bloc={bloc} existing={terms.data ?? []} onClose={() => setEditing(false)} />}
    </Flex>
  );
}

interface Values {
  year: number;
  headUnitId?: string;
  deputyUnitId?: string;
  method: TermMethod;
  decidedOn: Dayjs;
  voters?: number | null;
  headVotes?: number | null;
  deputyVotes?: number | null;
  note?: string;
}

const FIELDS = [
  'year',
  'headUnitId',
  'deputyUnitId',
  'method',
  'decidedOn',
  'voters',
  'headVotes',
  'deputyVotes',
  'note',
] as const;

function TermModal({ bloc, existing, onClose }: { bloc: BlocView; existing: Term[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetTerm(bloc.id);
  const [errors, setErrors] = useState<string[]>([]);
  const year = Form.useWatch('year', form) ?? dayjs().year();
  const method = Form.useWatch('method', form) ?? 'ELECTED';
  const members = useMembers(bloc.id, `${year}-01-01` < dayjs().format('YYYY-MM-DD') ? undefined : `${year}-01-01`);
  const options = (members.data ?? []).map((m: Member) => ({ value: m.unit?.id, label: m.unit?.name }));
  const current = existing.find((term) => term.year === year);

  const onFinish = async (v: Values) => {
    setErrors([]);
    const elected = v.method === 'ELECTED';
    try {
      await save.mutateAsync({
        year: v.year,
        body: {
          headUnitId: present(v.headUnitId, 'headUnitId'),
          deputyUnitId: present(v.deputyUnitId, 'deputyUnitId'),
          method: v.method,
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
          voters: elected ? (v.voters ?? undefined) : undefined,
          headVotes: elected ? (v.headVotes ?? undefined) : undefined,
          deputyVotes: elected ? (v.deputyVotes ?? undefined) : undefined,
          note: v.note || undefined,
          version: current?.version,
        },
      });
      message.success(t('blocs.terms.saved', { year: v.year }));
      onClose();
    } catch (e) {
      setErrors(saveFailureMessages(form, e, t, { names: FIELDS }));
    }
  };

  return (
    <FormModal
      form={form}
      errors={errors}
      title={t('blocs.terms.setTitle', { year })}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={600}
      okButtonProps={{ 'data-testid': 'term-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: dayjs().year(), method: 'ELECTED', decidedOn: dayjs() }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="year" label={t('blocs.terms.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="headUnitId"
          label={t('blocs.terms.head')}
          rules={[{ required: true, message: t('blocs.terms.headRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={members.isPending}
            data-testid="term-head"
          />
        </Form.Item>
        <Form.Item
          name="deputyUnitId"
          label={t('blocs.terms.deputy')}
          dependencies={['headUnitId']}
          rules={[
            { required: true, message: t('blocs.terms.deputyRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value && value === getFieldValue('headUnitId')
                  ? Promise.reject(new Error(t('blocs.terms.sameUnit')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={members.isPending}
            data-testid="term-deputy"
          />
        </Form.Item>
        <Form.Item name="method" label={t('blocs.terms.method')}>
          <Radio.Group
            options={[
              { value: 'ELECTED', label: t('blocs.terms.ELECTED') },
              { value: 'APPOINTED', label: t('blocs.terms.APPOINTED') },
            ]}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('blocs.terms.decidedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        {method === 'ELECTED' && (
          <Flex gap={12} wrap>
            <Form.Item
              name="voters"
              label={t('blocs.terms.voters')}
              rules={[{ required: true }]}
              style={{ flex: '1 1 150px' }}
            >
              <InputNumber min={1} style={{ width: '100%' }} data-testid="term-voters" />
            </Form.Item>
            <Form.Item
              name="headVotes"
              label={t('blocs.terms.headVotes')}
              rules={[{ required: true }]}
              style={{ flex: '1 1 150px' }}
            >
              <InputNumber min={0} style={{ width: '100%' }} data-testid="term-head-votes" />
            </Form.Item>
            <Form.Item
              name="deputyVotes"
              label={t('blocs.terms.deputyVotes')}
              rules={[{ required: true }]}
              style={{ flex: '1 1 150px' }}
            >
              <InputNumber min={0} style={{ width: '100%' }} data-testid="term-deputy-votes" />
            </Form.Item>
          </Flex>
        )}
        <Form.Item name="note" label={t('blocs.terms.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
