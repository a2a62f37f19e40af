import { Alert, Card, Col, Flex, Progress, Row, Skeleton, Tag, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { useSigningBoard } from './hooks';
import { COVENANT_STATUS_COLORS } from './labels';
import { formatDateTime } from '../../lib/format';

/**
 * The live signing board for the conference screen: who has signed and who has not, refreshed every
 * few seconds, and a clear banner once every member has signed.
 */
export function SigningBoardPage() {
  const { t } = useTranslation();
  const { blocId = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const board = useSigningBoard(blocId, year);

  if (board.isPending) return <Skeleton active style={{ padding: 24 }} />;
  if (board.isError && !board.data) {
    return <ErrorState title={t('blocs.board.loadError')} error={board.error} onRetry={() => void board.refetch()} />;
  }
  const b = board.data;
  const percent = b.memberCount ? Math.round(((b.signedCount ?? 0) * 100) / b.memberCount) : 0;

  return (
    <Flex
      vertical
      gap={20}
      style={{ padding: 'clamp(12px, 3vw, 40px)', minHeight: '100vh', background: '#fffaf5' }}
      data-testid="signing-board"
    >
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Link to={`/blocs/${blocId}?tab=covenant`}>
            <Typography.Text type="secondary">{b.blocName}</Typography.Text>
          </Link>
          <Typography.Title level={2} style={{ margin: '4px 0', color: '#a8071a' }}>
            {t('blocs.board.title', { year })}
          </Typography.Title>
          <Typography.Text style={{ fontSize: 18 }}>{b.title}</Typography.Text>
        </div>
        <Flex vertical align="flex-end" gap={6}>
          <Tag
            color={COVENANT_STATUS_COLORS[b.status]}
            style={{ fontSize: 16, padding: '4px 10px' }}
            data-testid="board-status"
          >
            {t(`blocs.covenantStatus.${b.status}`)}
          </Tag>
          <Typography.Text type="secondary">
            <SyncOutlined spin={board.isFetching} /> {t('blocs.board.live')}
          </Typography.Text>
        </Flex>
      </Flex>
      {b.allSigned ? (
        <Alert
          type="success"
          showIcon
          title={<span style={{ fontSize: 22 }}>{t('blocs.board.allSigned')}</span>}
          data-testid="board-all-signed"
        />
      ) : null}
      <div>
        <Typography.Text strong style={{ fontSize: 22 }} data-testid="board-progress">
          {t('blocs.board.progress', { signed: b.signedCount, total: b.memberCount })}
        </Typography.Text>
        <Progress
          percent={percent}
          strokeColor="#cf1322"
          size={['100%', 18]}
          aria-label={t('blocs.board.progress', { signed: b.signedCount, total: b.memberCount })}
        />
      </div>
      <Row gutter={[12, 12]}>
        {(b.members ?? []).map((m) => (
          <Col key={m.unit?.id} xs={24} sm={12} lg={8} xxl={6}>
            <Card
              size="small"
              style={{
                borderColor: m.signed ? '#52c41a' : '#d9d9d9',
                background: m.signed ? '#f6ffed' : '#fff',
                height: '100%',
              }}
              data-testid="board-member"
              data-signed={m.signed ? 'true' : 'false'}
            >
              <Flex gap={10} align="flex-start">
                {m.signed ? (
                  <CheckCircleFilled style={{ color: '#52c41a', fontSize: 24 }} />
                ) : (
                  <ClockCircleOutlined style={{ color: '#bfbfbf', fontSize: 24 }} />
                )}
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {m.unit?.name}
                  </Typography.Text>
                  {m.signed ? (
                    <Typography.Text type="secondary">
                      {m.signerName}
                      {m.signerPosition ? `, ${m.signerPosition}` : ''} · {formatDateTime(m.signedAt)}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{t('blocs.board.waiting')}</Typography.Text>
                  )}
                </Flex>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
