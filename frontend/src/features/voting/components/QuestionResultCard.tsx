import { Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VotingQuestion } from '../../../api/types';
import { formatNumber } from '../../../lib/format';

const OUTCOME_COLORS: Record<string, string> = {
  PASSED: 'success',
  FAILED: 'error',
  DECIDED: 'success',
  RUNOFF: 'warning',
  REFERRED: 'warning',
};

/** One question's count: each option's votes over the stated denominator, the rule and what it decided. */
export function QuestionResultCard({ question: q, big = false }: { question: VotingQuestion; big?: boolean }) {
  const { t } = useTranslation();
  const r = q.result;
  if (!r) return null;
  const chosen = new Set(q.referral?.chosen ?? r.chosen ?? []);
  return (
    <Card
      size={big ? 'default' : 'small'}
      title={
        <Typography.Text style={{ whiteSpace: 'normal', fontSize: big ? 20 : undefined }}>{q.title}</Typography.Text>
      }
      extra={<Tag color={OUTCOME_COLORS[r.outcome]}>{t(`voting.outcome.${r.outcome}`)}</Tag>}
      data-testid="question-result"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('voting.result.rule', { rule: q.rule, ballots: r.ballots, written: r.written, over: r.over })}
        </Typography.Text>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={r.counts}
          scroll={{ x: true }}
          columns={[
            {
              title: t('voting.result.option'),
              dataIndex: 'label',
              render: (label: string, c) =>
                chosen.has(c.key) ? <Typography.Text strong>✔ {label}</Typography.Text> : label,
            },
            {
              title: t('voting.result.votes'),
              dataIndex: 'votes',
              align: 'right',
              render: (v: number) => `${formatNumber(v)} / ${r.over}`,
            },
            {
              title: t('voting.result.percent'),
              dataIndex: 'percent',
              width: 160,
              render: (p: number) => (
                <Progress
                  percent={Number(p)}
                  size="small"
                  format={(v) => `${String(v).replace('.', ',')}%`}
                  aria-label={t('voting.result.percent')}
                />
              ),
            },
          ]}
        />
        <Typography.Text strong style={{ fontSize: big ? 18 : 15 }} data-testid="result-statement">
          {r.statement}
        </Typography.Text>
        {q.referral && (
          <Typography.Text data-testid="result-referral">
            {t('voting.result.referral', {
              chosen: q.options
                ?.filter((o) => q.referral?.chosen.includes(o.key))
                .map((o) => o.label)
                .join(', '),
              note: q.referral.note,
            })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
