import { useState } from 'react';
import { App, Alert, Button, Card, Checkbox, Flex, Result, Skeleton, Steps, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CopyOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { VotingQuestion, VotingReceipt } from '../../api/types';
import { describeError } from '../../api/errors';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../lib/format';
import { castBallot } from './api';
import { useSession, useVotingAction } from './hooks';
import { BriefCard } from './components/BriefCard';
import { QuestionChoices } from './components/QuestionChoices';
import { answerLabels, isAnswered, toAnswers } from './components/answers';

/**
 * Phiếu bầu on a phone: one question at a time with the nominee's summary and dossier, then a review of
 * every choice, one confirmation, and the receipt. A ballot of one question is sent from the question itself: the
 * button names the choice it sends, so opening, choosing and sending take three taps from the home page.
 */
export function BallotPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const [step, setStep] = useState(0);
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const [receipt, setReceipt] = useState<VotingReceipt>();
  const [confirmed, setConfirmed] = useState(false);
  const s = session.data;
  const questions: VotingQuestion[] = (s?.questions ?? []).filter((q) => q.round === s?.round);
  const cast = useVotingAction(() => castBallot(sessionId, toAnswers(questions, choices)));

  if (session.isPending) return <Skeleton active />;
  if (session.isError || !s)
    return <ErrorState title={t('voting.loadError')} error={session.error} onRetry={() => void session.refetch()} />;

  if (receipt) {
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined />}
        title={t('voting.ballot.recorded')}
        subTitle={receipt.message}
        extra={
          <Flex vertical align="center" gap={12}>
            <Typography.Text type="secondary">{t('voting.ballot.receipt')}</Typography.Text>
            <Typography.Title
              level={2}
              copyable={{ icon: <CopyOutlined /> }}
              style={{ margin: 0, fontFamily: 'monospace' }}
              data-testid="ballot-receipt"
            >
              {receipt.receipt}
            </Typography.Title>
            <Link to="/">
              <Button type="primary">{t('voting.ballot.backHome')}</Button>
            </Link>
          </Flex>
        }
        data-testid="ballot-done"
      />
    );
  }
  if (!s.me?.canVote) {
    return (
      <Result
        status={s.me?.voted ? 'success' : 'info'}
        title={s.me?.voted ? t('voting.ballot.alreadyVoted', { round: s.round }) : t('voting.ballot.cannotVote')}
        subTitle={
          s.accepting
            ? undefined
            : t('voting.ballot.window', { from: formatDateTime(s.opensAt), to: formatDateTime(s.closesAt) })
        }
        extra={<Link to={`/voting/${sessionId}`}>{t('voting.ballot.toSession')}</Link>}
        data-testid="ballot-closed"
      />
    );
  }

  const single = questions.length === 1;
  const reviewing = !single && step === questions.length;
  const q = questions[step];
  const answered = !!q && isAnswered(q, choices[q.id] ?? []);
  const send = () =>
    cast.mutate(undefined, {
      onSuccess: setReceipt,
      onError: (e) => message.error(describeError(e, t)),
    });

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: '0 auto' }} data-testid="ballot-page">
      <div>
        <Typography.Text type="secondary">{s.bodyName}</Typography.Text>
        <Typography.Title level={4} style={{ margin: '2px 0' }}>
          {s.title}
        </Typography.Title>
        <Flex gap={6} wrap>
          {s.round > 1 && <Tag color="orange">{t('voting.round', { round: s.round })}</Tag>}
          <Tag>{s.me?.electorName}</Tag>
          <Typography.Text type="secondary">
            {t('voting.ballot.closesAt', { at: formatDateTime(s.closesAt) })}
          </Typography.Text>
        </Flex>
      </div>
      {!single && (
        <Steps
          size="small"
          current={step}
          orientation="horizontal"
          responsive={false}
          items={[...questions.map((_, i) => ({ title: String(i + 1) })), { title: t('voting.ballot.review') }]}
        />
      )}
      {!reviewing && q && (
        <Card
          title={
            <Flex vertical style={{ whiteSpace: 'normal', padding: '8px 0' }}>
              <Typography.Text strong>
                {step + 1}. {q.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {q.rule}
              </Typography.Text>
            </Flex>
          }
          data-testid="ballot-question"
        >
          <Flex vertical gap={12}>
            {q.nominationId && s.briefs?.[q.nominationId] && (
              <BriefCard sessionId={sessionId} brief={s.briefs[q.nominationId]} />
            )}
            <QuestionChoices
              question={q}
              value={choices[q.id] ?? []}
              onChange={(keys) => setChoices({ ...choices, [q.id]: keys })}
            />
            {q.options?.some((o) => o.nominationId && s.briefs?.[o.nominationId]) && (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('voting.brief.dossiers')}</Typography.Text>
                {q.options.map((o) => {
                  const brief = o.nominationId ? s.briefs[o.nominationId] : undefined;
                  return brief && <BriefCard key={o.key} sessionId={sessionId} brief={brief} />;
                })}
              </Flex>
            )}
          </Flex>
        </Card>
      )}
      {reviewing && (
        <Card title={t('voting.ballot.reviewTitle')} data-testid="ballot-review">
          <Flex vertical gap={10}>
            {questions.map((question, i) => (
              <Flex key={question.id} justify="space-between" gap={12} wrap>
                <Button
                  type="link"
                  onClick={() => setStep(i)}
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                >
                  {i + 1}. {question.title}
                </Button>
                <Typography.Text strong data-testid="review-answer">
                  {answerLabels(question, choices[question.id] ?? [], t) || t('voting.ballot.noneChosen')}
                </Typography.Text>
              </Flex>
            ))}
            <Alert type="info" showIcon title={t('voting.ballot.secret')} />
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="ballot-confirm">
              {t('voting.ballot.confirmText')}
            </Checkbox>
          </Flex>
        </Card>
      )}
      {single && <Alert type="info" showIcon title={t('voting.ballot.secret')} />}
      <Flex justify={single ? 'flex-end' : 'space-between'} gap={8} wrap>
        {!single && (
          <Button icon={<LeftOutlined />} disabled={step === 0} onClick={() => setStep(step - 1)} size="large">
            {t('voting.ballot.back')}
          </Button>
        )}
        {single || reviewing ? (
          // a one-question ballot is sent from its question, naming the choice; a longer one after its review
          <Button
            type="primary"
            size="large"
            disabled={single ? !answered : !confirmed}
            loading={cast.isPending}
            onClick={send}
            style={{ whiteSpace: 'normal', height: 'auto', minHeight: 44 }}
            data-testid="ballot-submit"
          >
            {single && answered && q
              ? t('voting.ballot.submitChoice', { choice: answerLabels(q, choices[q.id] ?? [], t) })
              : t('voting.ballot.submit')}
          </Button>
        ) : (
          <Button
            type="primary"
            size="large"
            disabled={!answered}
            onClick={() => setStep(step + 1)}
            data-testid="ballot-next"
          >
            {t('voting.ballot.next')} <RightOutlined />
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
