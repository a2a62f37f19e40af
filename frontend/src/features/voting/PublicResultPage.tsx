import { useMemo, useState } from 'react';
import { Alert, Card, Flex, Input, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { VotingQuestion, VotingRoundResult } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { formatDate } from '../../lib/format';
import { useResult } from './hooks';
import { normalizeReceipt } from './labels';
import { answerLabels } from './components/answers';
import { QuestionResultCard } from './components/QuestionResultCard';

/**
 * The published result, readable without signing in: each question's count and rule, and every ballot by
 * its receipt, so a voter finds their own and anyone can recount.
 */
export function PublicResultPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const result = useResult(sessionId);
  const [lookup, setLookup] = useState('');
  const receipt = normalizeReceipt(lookup);

  if (result.isPending) return <Skeleton active />;
  if (result.isError) return <ErrorState title={t('voting.result.unavailable')} error={result.error} />;
  const r = result.data;
  const found = (r.rounds ?? []).flatMap((round) =>
    (round.ballots ?? []).filter((b) => b.receipt === receipt).map((b) => ({ round, b })),
  );

  return (
    <Flex vertical gap={16} data-testid="public-result">
      <div>
        <Typography.Text type="secondary">
          {r.bodyName} · {formatDate(r.heldOn)}
        </Typography.Text>
        <Typography.Title level={3} style={{ margin: '4px 0' }}>
          {r.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t('voting.result.publicHelp')}</Typography.Text>
      </div>
      <Card size="small" title={t('voting.result.lookupTitle')}>
        <Flex vertical gap={8}>
          <Input.Search
            placeholder="K7QF-2MXD-9R4T"
            allowClear
            size="large"
            style={{ maxWidth: 360 }}
            onSearch={setLookup}
            onChange={(e) => e.target.value === '' && setLookup('')}
            data-testid="receipt-lookup"
          />
          {receipt && found.length === 0 && (
            <Alert type="warning" showIcon message={t('voting.result.notFound', { receipt })} />
          )}
          {found.map(({ round, b }) => (
            <Alert
              key={`${round.round}-${b.receipt}`}
              type="success"
              showIcon
              message={t('voting.result.found', { receipt: b.receipt, round: round.round })}
              description={(round.questions ?? [])
                .map((q) => `${q.title}: ${answerLabels(q, b.choices?.[q.id] ?? [], t) || '—'}`)
                .join(' · ')}
              data-testid="receipt-found"
            />
          ))}
        </Flex>
      </Card>
      {(r.rounds ?? []).map((round) => (
        <RoundSection key={round.round} round={round} many={(r.rounds ?? []).length > 1} />
      ))}
    </Flex>
  );
}

function RoundSection({ round, many }: { round: VotingRoundResult; many: boolean }) {
  const { t } = useTranslation();
  const questions = useMemo<VotingQuestion[]>(() => round.questions ?? [], [round.questions]);
  const columns = useMemo(
    () => [
      {
        title: t('voting.result.receipt'),
        dataIndex: 'receipt',
        fixed: 'left' as const,
        render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
      },
      ...questions.map((q, i) => ({
        title: `${i + 1}`,
        key: q.id,
        render: (_: unknown, b: { choices?: Record<string, string[]> }) =>
          answerLabels(q, b.choices?.[q.id] ?? [], t) || '—',
      })),
    ],
    [questions, t],
  );
  return (
    <Flex vertical gap={10}>
      {many && <Typography.Title level={4}>{t('voting.round', { round: round.round })}</Typography.Title>}
      <Flex gap={6} wrap>
        <Tag>{t('voting.result.turnout', { ballots: round.ballotsCast, electorate: round.electorate })}</Tag>
        <Tag>{t('voting.result.present', { present: round.present, needed: round.quorumNeeded })}</Tag>
        <Tag>{t('voting.result.writtenCount', { written: round.written })}</Tag>
      </Flex>
      {questions.map((q) => (
        <QuestionResultCard key={q.id} question={q} />
      ))}
      <Card size="small" title={t('voting.result.ballots', { count: (round.ballots ?? []).length })}>
        <Typography.Paragraph type="secondary">
          {questions.map((q, i) => `${i + 1}. ${q.title}`).join(' · ')}
        </Typography.Paragraph>
        <Table
          size="small"
          rowKey="receipt"
          dataSource={round.ballots}
          columns={columns}
          scroll={{ x: true }}
          pagination={{ pageSize: 50 }}
          data-testid="published-ballots"
        />
      </Card>
    </Flex>
  );
}
