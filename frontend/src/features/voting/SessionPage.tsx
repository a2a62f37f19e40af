import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import {
  DesktopOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  FormOutlined,
  LinkOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import type { VotingElector, VotingQuestion } from '../../api/types';
import { describeError } from '../../api/errors';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorState } from '../../components/ErrorState';
import { formatDate, formatDateTime } from '../../lib/format';
import { closeRound, minutesPath, openNextRound } from './api';
import { useSession, useVotingAction } from './hooks';
import { SESSION_STATUS_COLORS } from './labels';
import { QuestionResultCard } from './components/QuestionResultCard';
import { ReferralForm } from './components/ReferralForm';
import { WrittenBallotModal } from './components/WrittenBallotModal';
import { ParkedEventAlert } from '../../components/ParkedEventAlert';
import { present } from '../../lib/present';

/** A session as its secretary or bloc head runs it, and as a voter or reader sees it. */
export function SessionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const [writing, setWriting] = useState<VotingElector>();
  const [closesAt, setClosesAt] = useState<Dayjs | null>(dayjs().add(30, 'minute'));
  const close = useVotingAction(() => closeRound(sessionId, session.data?.version ?? 0));
  const next = useVotingAction(() =>
    openNextRound(sessionId, present(closesAt, 'closesAt').toISOString(), session.data?.version ?? 0),
  );

  if (session.isPending) return <Skeleton active />;
  if (session.isError)
    return <ErrorState title={t('voting.loadError')} error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  const me = s.me;
  const current = (s.questions ?? []).filter((q) => q.round === s.round);
  const rounds = [...new Set((s.questions ?? []).map((q) => q.round))];
  const counted = s.status !== 'OPEN' || s.round > 1;
  const percent = s.electorate ? Math.round(((s.voted ?? 0) * 100) / s.electorate) : 0;
  const fail = (e: unknown) => message.error(describeError(e, t));
  const serviceName = (service?: string) =>
    service === 'campaign'
      ? t('parked.services.campaign')
      : service === 'award'
        ? t('parked.services.award')
        : t('parked.services.bloc');

  return (
    <Flex vertical gap={16} data-testid="voting-session">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">{s.bodyName}</Typography.Text>
          <Typography.Title level={3} style={{ margin: '4px 0' }}>
            {s.title}
          </Typography.Title>
          <Flex gap={6} wrap>
            <Tag color={SESSION_STATUS_COLORS[s.status]} data-testid="session-status">
              {t(`voting.status.${s.status}`)}
            </Tag>
            <Tag>{t('voting.round', { round: s.round })}</Tag>
            <Tag>{t(`voting.kind.${s.kind}`)}</Tag>
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {me.canVote && (
            <Link to={`/voting/${sessionId}/ballot`}>
              <Button type="primary" size="large" icon={<FormOutlined />} data-testid="session-vote">
                {t('voting.vote')}
              </Button>
            </Link>
          )}
          <Link to={`/voting/${sessionId}/board`}>
            <Button icon={<DesktopOutlined />} data-testid="session-board">
              {t('voting.board.open')}
            </Button>
          </Link>
          {counted && (
            <>
              <Link to={`/public/voting/${sessionId}`}>
                <Button icon={<LinkOutlined />} data-testid="session-public-result">
                  {t('voting.result.public')}
                </Button>
              </Link>
              <DownloadButton
                path={minutesPath(sessionId, 'pdf')}
                filename={`bien-ban-kiem-phieu-${s.heldOn}.pdf`}
                icon={<FilePdfOutlined />}
                data-testid="minutes-pdf"
              >
                {t('voting.minutes.pdf')}
              </DownloadButton>
              <DownloadButton
                path={minutesPath(sessionId, 'docx')}
                filename={`bien-ban-kiem-phieu-${s.heldOn}.docx`}
                icon={<FileWordOutlined />}
              >
                {t('voting.minutes.docx')}
              </DownloadButton>
            </>
          )}
        </Flex>
      </Flex>

      {(s.deliveryProblems ?? []).map((p) => (
        <ParkedEventAlert
          key={p.parkedId}
          service={p.service ?? ''}
          parkedId={p.parkedId}
          title={t('voting.unapplied', { service: serviceName(p.service) })}
          reason={p.reason ?? ''}
          attempts={p.attempts}
          parkedAt={p.parkedAt}
          resolvable={me.organizer}
        >
          {s.blocId && <Link to={`/blocs/${s.blocId}?tab=members`}>{t('voting.unappliedFix')}</Link>}
        </ParkedEventAlert>
      ))}

      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('voting.heldOn')}>{formatDate(s.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('voting.window')}>
            {formatDateTime(s.opensAt)} – {formatDateTime(s.closesAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('voting.quorum')}>
            {t('voting.quorumText', { quorum: s.quorum, needed: s.quorumNeeded, of: s.electorate })}
          </Descriptions.Item>
          <Descriptions.Item label={t('voting.maxRounds')}>{s.maxRounds}</Descriptions.Item>
          {s.electionYear && <Descriptions.Item label={t('voting.electionYear')}>{s.electionYear}</Descriptions.Item>}
        </Descriptions>
        {s.status === 'OPEN' && (
          <div>
            <Typography.Text strong data-testid="session-progress">
              {t('voting.progress', { voted: s.voted, total: s.electorate, written: s.written })}
            </Typography.Text>
            <Progress
              percent={percent}
              aria-label={t('voting.progress', { voted: s.voted, total: s.electorate, written: s.written })}
            />
          </div>
        )}
      </Card>

      {me.organizer && s.status === 'OPEN' && (
        <Card size="small" title={t('voting.organize.title')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('voting.organize.countHelp')}</Typography.Text>
            <Popconfirm
              title={t('voting.organize.countConfirm', { round: s.round })}
              onConfirm={() => close.mutate(undefined, { onError: fail })}
              okButtonProps={{ 'data-testid': 'count-confirm' }}
            >
              <Button
                type="primary"
                danger
                loading={close.isPending}
                data-testid="session-count"
                style={{ alignSelf: 'flex-start' }}
              >
                {t('voting.organize.count', { round: s.round })}
              </Button>
            </Popconfirm>
          </Flex>
        </Card>
      )}
      {me.organizer && s.status === 'RUNOFF_PENDING' && (
        <Card size="small" title={t('voting.organize.nextRoundTitle', { round: s.round + 1 })} data-testid="next-round">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('voting.organize.closesAt')}</Typography.Text>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" value={closesAt} onChange={setClosesAt} />
            <Button
              type="primary"
              disabled={!closesAt}
              loading={next.isPending}
              onClick={() => next.mutate(undefined, { onError: fail })}
              data-testid="next-round-open"
            >
              {t('voting.organize.nextRound', { round: s.round + 1 })}
            </Button>
          </Flex>
        </Card>
      )}
      {me.decidesTies &&
        (s.questions ?? [])
          .filter((q) => q.result?.outcome === 'REFERRED' && !q.referral)
          .map((q) => <ReferralForm key={q.id} sessionId={sessionId} version={s.version ?? 0} question={q} />)}

      {rounds.map((round) => (
        <Flex key={round} vertical gap={8}>
          {rounds.length > 1 && <Typography.Title level={5}>{t('voting.round', { round })}</Typography.Title>}
          {(s.questions ?? [])
            .filter((q) => q.round === round)
            .map((q) =>
              q.result ? <QuestionResultCard key={q.id} question={q} /> : <PendingQuestion key={q.id} question={q} />,
            )}
        </Flex>
      ))}

      {me.organizer && (s.electors ?? []).length > 0 && (
        <Card size="small" title={t('voting.roll.title', { round: s.round })}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={s.electors}
            scroll={{ x: true }}
            columns={[
              {
                title: t('voting.roll.name'),
                dataIndex: 'name',
                render: (n: string, e) => (e.detail ? `${n} – ${e.detail}` : n),
              },
              {
                title: t('voting.roll.voted'),
                dataIndex: 'voted',
                width: 170,
                render: (voted: boolean, e) =>
                  voted ? (
                    <Tag color={e.written ? 'gold' : 'green'}>
                      {e.written ? t('voting.roll.written') : t('voting.roll.inPerson')}
                    </Tag>
                  ) : s.kind === 'COUNCIL' && s.accepting ? (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setWriting(e)}
                      data-testid={`written-${e.name}`}
                    >
                      {t('voting.roll.enterWritten')}
                    </Button>
                  ) : (
                    <Tag>{t('voting.roll.notYet')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {writing && (
        <WrittenBallotModal
          sessionId={sessionId}
          elector={writing}
          questions={current}
          onClose={() => setWriting(undefined)}
        />
      )}
    </Flex>
  );
}

function PendingQuestion({ question: q }: { question: VotingQuestion }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={<Typography.Text style={{ whiteSpace: 'normal' }}>{q.title}</Typography.Text>}
      data-testid="question-pending"
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">
          {t(`voting.questionKind.${q.kind}`, { max: q.maxChoices })} · {q.rule}
        </Typography.Text>
        {q.kind !== 'APPROVAL' && (
          <Typography.Text>{(q.options ?? []).map((o) => o.label).join(' · ')}</Typography.Text>
        )}
        <Typography.Text type="secondary">{t('voting.resultsAtClose')}</Typography.Text>
      </Flex>
    </Card>
  );
}
