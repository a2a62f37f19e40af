import { Alert, Flex, Progress, Skeleton, Tag, Typography } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../lib/format';
import { useProgress, useSession } from './hooks';
import { SESSION_STATUS_COLORS } from './labels';
import { QuestionResultCard } from './components/QuestionResultCard';

/**
 * The conference screen: how many of how many have voted, live, never how; the results of a round appear
 * only once it is counted.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const progress = useProgress(sessionId);
  const session = useSession(sessionId);

  if (progress.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (progress.isError && !progress.data) {
    return <ErrorState title={t('voting.loadError')} error={progress.error} onRetry={() => void progress.refetch()} />;
  }
  const p = progress.data;
  const percent = p.electorate ? Math.round(((p.voted ?? 0) * 100) / p.electorate) : 0;
  const counted = (session.data?.questions ?? []).filter((q) => q.result);
  const lastCounted = counted.length ? Math.max(...counted.map((q) => q.round)) : 0;

  return (
    <Flex
      vertical
      gap={20}
      style={{ padding: 'clamp(12px, 3vw, 40px)', minHeight: '100vh', background: '#fffaf5' }}
      data-testid="voting-board"
    >
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Link to={`/voting/${sessionId}`}>
            <Typography.Text type="secondary">{p.bodyName}</Typography.Text>
          </Link>
          <Typography.Title level={2} style={{ margin: '4px 0', color: '#a8071a' }}>
            {p.title}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 18 }}>
            {t('voting.round', { round: p.round })} · {formatDateTime(p.opensAt)} – {formatDateTime(p.closesAt)}
          </Typography.Text>
        </div>
        <Flex vertical align="flex-end" gap={6}>
          <Tag
            color={SESSION_STATUS_COLORS[p.status]}
            style={{ fontSize: 16, padding: '4px 10px' }}
            data-testid="board-status"
          >
            {t(`voting.status.${p.status}`)}
          </Tag>
          <Typography.Text type="secondary">
            <SyncOutlined spin={progress.isFetching} /> {t('voting.board.live')}
          </Typography.Text>
        </Flex>
      </Flex>
      {p.status === 'OPEN' && (
        <>
          <Typography.Text
            strong
            style={{ fontSize: 'clamp(28px, 6vw, 64px)', lineHeight: 1.1 }}
            data-testid="board-progress"
          >
            {t('voting.board.progress', { voted: p.voted, total: p.electorate })}
          </Typography.Text>
          <Progress
            percent={percent}
            strokeColor="#cf1322"
            size={['100%', 22]}
            aria-label={t('voting.board.progress', { voted: p.voted, total: p.electorate })}
          />
          <Flex gap={24} wrap style={{ fontSize: 18 }}>
            <Typography.Text style={{ fontSize: 18 }}>
              {t('voting.board.present', { present: p.present })}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 18 }}>
              {t('voting.board.written', { written: p.written })}
            </Typography.Text>
            <Typography.Text
              style={{ fontSize: 18 }}
              type={p.quorumReached ? 'success' : 'warning'}
              data-testid="board-quorum"
            >
              {p.quorumReached
                ? t('voting.board.quorumReached', { needed: p.quorumNeeded })
                : t('voting.board.quorumMissing', { needed: p.quorumNeeded })}
            </Typography.Text>
          </Flex>
          <Alert type="info" showIcon message={t('voting.board.secret')} />
        </>
      )}
      {lastCounted > 0 && (
        <Flex vertical gap={12} data-testid="board-results">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('voting.board.results', { round: lastCounted })}
          </Typography.Title>
          {counted
            .filter((q) => q.round === lastCounted)
            .map((q) => (
              <QuestionResultCard key={q.id} question={q} big />
            ))}
        </Flex>
      )}
    </Flex>
  );
}
