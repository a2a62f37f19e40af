import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Form,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import {
  CheckCircleTwoTone,
  FileExcelOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BlocView, RankingRow, Scoring, ScorecardView, UnitRef } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { DownloadButton } from '../../../components/DownloadButton';
import { ErrorState } from '../../../components/ErrorState';
import { useMyScorecards, useRunsBloc, useScoring, useScoringStep, useSubmitScorecard } from '../hooks';
import { formatDateTime, formatNumber } from '../../../lib/format';

/** Year-end scoring: members hand in scorecards, the head closes and confirms the ranking with proposals. */
export function ScoringTab({ bloc, compact }: { bloc: BlocView; compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const blocId = bloc.id;
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const scoring = useScoring(blocId, year);
  const step = useScoringStep(blocId, year);
  const runs = useRunsBloc(bloc);
  const [confirming, setConfirming] = useState(false);
  const s = scoring.data;

  const act = (kind: 'open' | 'close', done: 'blocs.scoring.openedMessage' | 'blocs.scoring.closedMessage') =>
    step.mutate(
      { kind },
      {
        onSuccess: () => message.success(t(done, { year })),
        onError: (e) => message.error(t('blocs.messages.failed', { detail: describeError(e, t) })),
      },
    );

  return (
    <Flex vertical gap={12} data-testid="scoring-tab">
      <Flex gap={8} wrap justify="space-between" align="center">
        <Select
          aria-label={t('blocs.covenant.year')}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={[thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))}
        />
        <Flex gap={8} wrap>
          {runs && s === null && (
            <Button
              type="primary"
              icon={<TrophyOutlined />}
              loading={step.isPending}
              onClick={() => act('open', 'blocs.scoring.openedMessage')}
              data-testid="scoring-open"
            >
              {t('blocs.scoring.open')}
            </Button>
          )}
          {runs && s?.status === 'OPEN' && (
            <Popconfirm
              title={t('blocs.scoring.closeConfirm', { year })}
              onConfirm={() => act('close', 'blocs.scoring.closedMessage')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
            >
              <Button icon={<LockOutlined />} loading={step.isPending} data-testid="scoring-close">
                {t('blocs.scoring.close')}
              </Button>
            </Popconfirm>
          )}
          {runs && s?.status === 'CLOSED' && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => setConfirming(true)}
              data-testid="scoring-confirm"
            >
              {t('blocs.scoring.confirm')}
            </Button>
          )}
        </Flex>
      </Flex>
      {scoring.isError ? (
        <ErrorState compact title={t('blocs.loadError')} error={scoring.error} onRetry={() => void scoring.refetch()} />
      ) : s === null ? (
        <Empty
          description={
            <>
              {t('blocs.scoring.none', { year })}
              <br />
              {t('blocs.scoring.openHint', { year })}
            </>
          }
        />
      ) : s ? (
        <>
          <Flex gap={8} wrap align="center">
            <Tag
              color={s.status === 'CONFIRMED' ? 'success' : s.status === 'CLOSED' ? 'purple' : 'processing'}
              data-testid="scoring-status"
            >
              {t(`blocs.scoringStatus.${s.status}`)}
            </Tag>
            <Tag>{s.crossScoring ? t('blocs.scoring.cross') : t('blocs.scoring.selfOnly')}</Tag>
            <Tag>{t('blocs.scoring.maxTotal', { points: formatNumber(s.maxTotal) })}</Tag>
            {s.confirmedAt && (
              <Typography.Text type="secondary">
                {t('blocs.scoring.confirmedBy', { name: s.confirmedBy, time: formatDateTime(s.confirmedAt) })}
              </Typography.Text>
            )}
          </Flex>
          <Collapse
            size="small"
            items={[
              {
                key: 'method',
                label: t('blocs.scoring.method'),
                children: <Typography.Paragraph style={{ margin: 0 }}>{s.method}</Typography.Paragraph>,
              },
            ]}
          />
          {(s.mayScore ?? []).length > 0 && <MyScorecards blocId={blocId} year={year} scoring={s} />}
          {(s.ranking ?? []).length > 0 ? (
            <RankingTable blocId={blocId} year={year} rows={s.ranking} compact={compact} />
          ) : (
            <Progress scoring={s} compact={compact} />
          )}
        </>
      ) : null}
      {confirming && s && <ConfirmModal blocId={blocId} year={year} scoring={s} onClose={() => setConfirming(false)} />}
    </Flex>
  );
}

function Progress({ scoring, compact }: { scoring: Scoring; compact: boolean }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('blocs.scoring.progressTitle')}>
      <Table
        size="small"
        rowKey={(p) => p.unit?.id ?? ''}
        pagination={false}
        dataSource={scoring.progress ?? []}
        scroll={compact ? { x: 420 } : undefined}
        columns={[
          { title: t('blocs.scoring.columns.unit'), render: (_, p) => p.unit?.name },
          {
            title: t('blocs.scoring.selfScored'),
            width: 150,
            render: (_, p) =>
              p.selfScored ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <Typography.Text type="secondary">{t('blocs.scoring.notScored')}</Typography.Text>
              ),
          },
          ...(scoring.crossScoring
            ? [
                {
                  title: '',
                  render: (_: unknown, p: NonNullable<Scoring['progress']>[number]) =>
                    t('blocs.scoring.scoredCount', { scored: p.scored, expected: p.expected }),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function RankingTable({
  blocId,
  year,
  rows,
  compact,
}: {
  blocId: string;
  year: number;
  rows: RankingRow[];
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('blocs.scoring.ranking')}
      data-testid="ranking"
      extra={
        <DownloadButton
          path={`/api/v1/blocs/${blocId}/scoring/${year}/ranking.xlsx`}
          filename={`xep-hang-${year}.xlsx`}
          icon={<FileExcelOutlined />}
        >
          {t('common.downloadExcel')}
        </DownloadButton>
      }
    >
      <Table<RankingRow>
        size="small"
        rowKey={(r) => r.unit?.id ?? ''}
        pagination={false}
        dataSource={rows}
        scroll={compact ? { x: 560 } : undefined}
        onRow={() => ({ 'data-testid': 'ranking-row' }) as object}
        columns={[
          {
            title: t('blocs.scoring.columns.rank'),
            width: 110,
            render: (_, r) => (
              <Flex gap={4} align="center">
                <Typography.Text strong>{r.rank}</Typography.Text>
                {r.tied && <Tag color="orange">{t('blocs.scoring.tied')}</Tag>}
              </Flex>
            ),
          },
          { title: t('blocs.scoring.columns.unit'), render: (_, r) => r.unit?.name },
          {
            title: t('blocs.scoring.columns.selfTotal'),
            align: 'right',
            width: 100,
            render: (_, r) => formatNumber(r.selfTotal),
          },
          {
            title: t('blocs.scoring.columns.score'),
            align: 'right',
            width: 90,
            render: (_, r) => <Typography.Text strong>{formatNumber(r.score)}</Typography.Text>,
          },
          { title: t('blocs.scoring.columns.scorers'), align: 'right', width: 90, dataIndex: 'scorerCount' },
          {
            title: t('blocs.scoring.columns.proposal'),
            width: 200,
            render: (_, r) =>
              r.proposal ? (
                <Tag color={r.proposal === 'EMULATION_FLAG' ? 'red' : 'gold'}>{t(`blocs.proposals.${r.proposal}`)}</Tag>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function MyScorecards({ blocId, year, scoring }: { blocId: string; year: number; scoring: Scoring }) {
  const { t } = useTranslation();
  const mine = useMyScorecards(blocId, year, true);
  const units = useMemo(() => {
    const names = new Map((scoring.progress ?? []).map((p) => [p.unit?.id, p.unit]));
    return (scoring.mayScore ?? []).map((id) => names.get(id)).filter((u): u is UnitRef => !!u);
  }, [scoring]);
  return (
    <Card size="small" title={t('blocs.scoring.myScorecard')} data-testid="my-scorecards">
      {mine.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <Flex vertical gap={16}>
          {units.map((unit) => {
            const existing = mine.data?.find((c) => c.scored?.id === unit.id);
            // a form takes its values when it mounts: a card handed in again starts from what was sent
            return (
              <ScorecardForm
                key={`${unit.id}-${existing?.submittedAt ?? ''}`}
                blocId={blocId}
                year={year}
                scoring={scoring}
                unit={unit}
                existing={existing}
              />
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

function ScorecardForm({
  blocId,
  year,
  scoring,
  unit,
  existing,
}: {
  blocId: string;
  year: number;
  scoring: Scoring;
  unit: UnitRef;
  existing?: ScorecardView;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, number | null>>();
  const submit = useSubmitScorecard(blocId, year);
  const [error, setError] = useState<string | null>(null);
  const values = Form.useWatch([], form) ?? {};
  const total = Object.values(values).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  const initial = Object.fromEntries((existing?.points ?? []).map((p) => [`c${p.clause}`, p.points ?? null]));

  const onFinish = async (v: Record<string, number | null>) => {
    setError(null);
    try {
      await submit.mutateAsync({
        scoredUnitId: unit.id,
        body: { points: (scoring.criteria ?? []).map((c) => ({ clause: c.clause, points: v[`c${c.clause}`] ?? 0 })) },
      });
      message.success(t('blocs.scoring.submitted', { unit: unit.name }));
    } catch (e) {
      setError(
        isApiError(e) && e.problem?.errors?.length
          ? e.problem.errors.map((f) => f.message).join(' ')
          : describeError(e, t),
      );
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void onFinish(v)}
      data-testid="scorecard-form"
    >
      <Typography.Text strong>{t('blocs.scoring.scoreFor', { unit: unit.name })}</Typography.Text>
      {existing?.submittedAt && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('blocs.scoring.submittedAt', { time: formatDateTime(existing.submittedAt) })}
        </Typography.Text>
      )}
      {error && <Alert type="error" showIcon style={{ margin: '8px 0' }} title={error} />}
      <Flex vertical gap={0} style={{ marginTop: 8 }}>
        {(scoring.criteria ?? []).map((c) => (
          <Form.Item
            key={c.clause}
            name={`c${c.clause}`}
            label={`${t('blocs.scoring.clausePoints', { n: c.clause, max: formatNumber(c.maxPoints) })}: ${c.content}`}
            rules={[{ required: true, message: t('blocs.scoring.pointsRequired') }]}
          >
            <InputNumber min={0} max={c.maxPoints} step={0.5} decimalSeparator="," style={{ width: 140 }} />
          </Form.Item>
        ))}
      </Flex>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong data-testid="scorecard-total">
          {t('blocs.scoring.total', { points: formatNumber(total), max: formatNumber(scoring.maxTotal) })}
        </Typography.Text>
        <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="scorecard-submit">
          {t('blocs.scoring.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

function ConfirmModal({
  blocId,
  year,
  scoring,
  onClose,
}: {
  blocId: string;
  year: number;
  scoring: Scoring;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ flagUnitIds: string[]; meritUnitIds: string[] }>();
  const step = useScoringStep(blocId, year);
  const [error, setError] = useState<string | null>(null);
  const rows = scoring.ranking ?? [];
  const leaders = rows.filter((r) => r.rank === 1);
  const option = (r: RankingRow) => ({
    value: r.unit?.id,
    label: `${r.rank}. ${r.unit?.name} (${formatNumber(r.score)})`,
  });

  const onFinish = async (v: { flagUnitIds: string[]; meritUnitIds: string[] }) => {
    setError(null);
    try {
      await step.mutateAsync({
        kind: 'confirm',
        body: { flagUnitIds: v.flagUnitIds, meritUnitIds: v.meritUnitIds ?? [] },
      });
      message.success(t('blocs.scoring.confirmed', { year }));
      onClose();
    } catch (e) {
      setError(
        isApiError(e) && e.problem?.errors?.length
          ? e.problem.errors.map((f) => f.message).join(' ')
          : describeError(e, t),
      );
    }
  };

  return (
    <Modal
      open
      title={t('blocs.scoring.confirmTitle', { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('blocs.scoring.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={step.isPending}
      width={640}
      okButtonProps={{ 'data-testid': 'scoring-confirm-submit' }}
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ flagUnitIds: leaders.length === 1 ? [leaders[0].unit?.id] : [], meritUnitIds: [] }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="flagUnitIds"
          label={t('blocs.scoring.flagUnits')}
          rules={[{ required: true, message: t('blocs.scoring.flagRequired') }]}
        >
          <Select mode="multiple" options={leaders.map(option)} data-testid="confirm-flag" />
        </Form.Item>
        <Form.Item name="meritUnitIds" label={t('blocs.scoring.meritUnits')}>
          <Select
            mode="multiple"
            options={rows.filter((r) => r.rank !== 1).map(option)}
            optionFilterProp="label"
            data-testid="confirm-merit"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
