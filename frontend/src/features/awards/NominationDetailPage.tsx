import { Alert, Breadcrumb, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FullPageSpinner } from '../../components/FullPageSpinner';
import { formatDate } from '../../lib/format';
import { recheck } from './api';
import { ActionsPanel } from './components/ActionsPanel';
import { DossierPanel } from './components/DossierPanel';
import { EligibilityPanel } from './components/EligibilityPanel';
import { useAwardAction, useNomination } from './hooks';
import { originKey, recipientKey, STATUS_COLORS, statusKey } from './labels';

/** One nomination: who, for what, why; its eligibility with the legal sources, its dossier and what can be done next. */
export function NominationDetailPage() {
  const { t } = useTranslation();
  const { nominationId = '' } = useParams();
  const query = useNomination(nominationId);
  const check = useAwardAction(() => recheck(nominationId));
  if (query.isPending) return <FullPageSpinner />;
  if (query.isError)
    return <ErrorState title={t('awards.loadError')} error={query.error} onRetry={() => void query.refetch()} />;
  const n = query.data;
  const open = ['DRAFT', 'SUBMITTED', 'IN_APPRAISAL', 'AWAITING_VOTE', 'RECOMMENDED', 'IN_DISCLOSURE'].includes(
    n.status ?? '',
  );

  return (
    <Flex vertical gap={16} data-testid="nomination-page">
      <Breadcrumb items={[{ title: <Link to="/awards">{t('awards.title')}</Link> }, { title: n.nomineeName }]} />
      <div>
        <Flex gap={8} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {n.nomineeName}
          </Typography.Title>
          <Tag color={STATUS_COLORS[n.status ?? 'DRAFT']} data-testid="nomination-status">
            {t(statusKey(n.status))}
          </Tag>
          {n.onHold && <Tag color="red">{t('awards.onHold')}</Tag>}
        </Flex>
        <Typography.Text type="secondary">
          {(n.awardTypeName ?? n.requestedAward ?? t('awards.noAwardType')) +
            ' · ' +
            t('awards.yearOf', { year: n.year })}
        </Typography.Text>
      </div>
      {n.closingReason && (
        <Alert type={n.status === 'WITHDRAWN' ? 'info' : 'error'} showIcon message={n.closingReason} />
      )}
      {n.votingSessionId && (
        <Alert
          type="info"
          showIcon
          data-testid="nomination-under-vote"
          message={<Link to={`/voting/${n.votingSessionId}`}>{t('awards.vote.underVote')}</Link>}
        />
      )}
      {n.blocBallot && (
        <Alert type="info" showIcon message={t('awards.vote.blocBallot', { statement: n.blocBallot })} />
      )}
      {n.vote && (
        <Alert
          type={n.vote.passed ? 'success' : 'error'}
          showIcon
          data-testid="vote-statement"
          message={t('awards.vote.result', { statement: n.vote.statement })}
          description={t('awards.vote.detail', { date: formatDate(n.vote.heldOn), written: n.vote.writtenVotes })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('awards.detail.title')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('awards.detail.nominee')}>
                  {t(recipientKey(n.nomineeKind))}
                  {n.nomineePosition ? ` · ${n.nomineePosition}` : ''}
                  {n.nomineeKind !== 'COLLECTIVE' ? ` · ${n.nomineeUnitName ?? ''}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('awards.detail.proposer')}>{n.proposerUnitName}</Descriptions.Item>
                <Descriptions.Item label={t('awards.detail.origin')}>
                  {t(originKey(n.originKind))}
                  {n.originTitle && ' · '}
                  {n.originTitle && (n.originKind === 'BLOC' || n.originKind === 'CAMPAIGN') && n.originId ? (
                    <Link
                      to={`/${n.originKind === 'BLOC' ? 'blocs' : 'campaigns'}/${n.originId}`}
                      data-testid="nomination-origin"
                    >
                      {n.originTitle}
                    </Link>
                  ) : (
                    n.originTitle
                  )}
                  {n.originRank ? ` · ${t('awards.detail.rank', { rank: n.originRank })}` : ''}
                </Descriptions.Item>
                {n.occasion && <Descriptions.Item label={t('awards.detail.occasion')}>{n.occasion}</Descriptions.Item>}
                {n.submittedOn && (
                  <Descriptions.Item label={t('awards.detail.submittedOn')}>
                    {formatDate(n.submittedOn)}
                  </Descriptions.Item>
                )}
                {n.overrideReason && (
                  <Descriptions.Item label={t('awards.detail.override')}>
                    {n.overrideReason} ({n.overrideBy})
                  </Descriptions.Item>
                )}
                {n.appraisalNote && (
                  <Descriptions.Item label={t('awards.detail.appraisalNote')}>{n.appraisalNote}</Descriptions.Item>
                )}
              </Descriptions>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginTop: 8, marginBottom: 0 }}>
                {n.achievement}
              </Typography.Paragraph>
            </Card>
            <DossierPanel nomination={n} />
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <ActionsPanel nomination={n} />
            <EligibilityPanel
              nomination={n}
              onRecheck={open ? () => check.mutate(undefined) : undefined}
              checking={check.isPending}
            />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
