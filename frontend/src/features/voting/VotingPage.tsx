import { useState } from 'react';
import { Button, Card, Empty, Flex, List, Progress, Skeleton, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CouncilView } from '../../api/types';
import { useCurrentUser } from '../../auth/currentUser';
import { useSession } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { formatDate, formatDateTime } from '../../lib/format';
import { fetchCouncil } from './api';
import { useCouncils, useSessions } from './hooks';
import { SESSION_STATUS_COLORS } from './labels';
import { CouncilFormModal } from './components/CouncilFormModal';

/** Bỏ phiếu: the sessions the user runs, votes in or reaches, and the councils. */
export function VotingPage() {
  const { t } = useTranslation();
  const { permissions } = useSession();
  const tab = useLocation().pathname.endsWith('/councils') && permissions.seeCouncils ? 'councils' : 'sessions';
  const navigate = useNavigate();
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('voting.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('voting.subtitle')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(k === 'councils' ? '/voting/councils' : '/voting')}
        items={[
          { key: 'sessions', label: t('voting.tabs.sessions'), children: <SessionList /> },
          ...(permissions.seeCouncils
            ? [{ key: 'councils', label: t('voting.tabs.councils'), children: <CouncilList /> }]
            : []),
        ]}
      />
    </Flex>
  );
}

function SessionList() {
  const { t } = useTranslation();
  const sessions = useSessions();
  if (sessions.isPending) return <Skeleton active />;
  if (sessions.isError)
    return <ErrorState title={t('voting.loadError')} error={sessions.error} onRetry={() => void sessions.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Link to="/voting/new" style={{ alignSelf: 'flex-start' }}>
        <Button type="primary" icon={<PlusOutlined />} data-testid="session-new">
          {t('voting.open')}
        </Button>
      </Link>
      <List
        dataSource={sessions.data}
        locale={{ emptyText: <Empty description={t('voting.noSessions')} /> }}
        renderItem={(s) => (
          <List.Item key={s.id} data-testid="session-item">
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" gap={12} wrap>
                <Flex vertical style={{ minWidth: 0, flex: '1 1 260px' }}>
                  <Link to={`/voting/${s.id}`}>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {s.title}
                    </Typography.Text>
                  </Link>
                  <Typography.Text type="secondary">
                    {s.bodyName} · {formatDate(s.heldOn)} · {t('voting.until', { at: formatDateTime(s.closesAt) })}
                  </Typography.Text>
                  <Flex gap={6} wrap style={{ marginTop: 4 }}>
                    <Tag color={SESSION_STATUS_COLORS[s.status]}>{t(`voting.status.${s.status}`)}</Tag>
                    {s.round > 1 && <Tag>{t('voting.round', { round: s.round })}</Tag>}
                    {s.me?.voted && <Tag color="green">{t('voting.voted')}</Tag>}
                  </Flex>
                </Flex>
                <Flex vertical align="flex-end" gap={6} style={{ minWidth: 160 }}>
                  <Typography.Text>{t('voting.votedOf', { voted: s.voted, total: s.electorate })}</Typography.Text>
                  <Progress
                    percent={s.electorate ? Math.round(((s.voted ?? 0) * 100) / s.electorate) : 0}
                    size="small"
                    style={{ width: 160 }}
                    aria-label={t('voting.votedOf', { voted: s.voted, total: s.electorate })}
                  />
                  {s.me?.canVote && (
                    <Link to={`/voting/${s.id}/ballot`}>
                      <Button type="primary" data-testid="session-item-vote">
                        {t('voting.vote')}
                      </Button>
                    </Link>
                  )}
                </Flex>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function CouncilList() {
  const { t } = useTranslation();
  const councils = useCouncils();
  const me = useCurrentUser();
  const [editing, setEditing] = useState<CouncilView | 'new'>();
  const officer = me.data?.roles?.some((r) => r === 'officer' || r === 'admin');
  if (councils.isPending) return <Skeleton active />;
  if (councils.isError)
    return (
      <ErrorState
        title={t('voting.councilsLoadError')}
        error={councils.error}
        onRetry={() => void councils.refetch()}
      />
    );
  return (
    <Flex vertical gap={12}>
      {officer && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ alignSelf: 'flex-start' }}
          data-testid="council-new"
        >
          {t('voting.council.create')}
        </Button>
      )}
      <List
        dataSource={councils.data}
        locale={{ emptyText: <Empty description={t('voting.council.none')} /> }}
        renderItem={(c) => (
          <List.Item
            key={c.id}
            data-testid="council-item"
            actions={
              officer
                ? [
                    <Button key="edit" onClick={() => void fetchCouncil(c.id).then(setEditing)}>
                      {t('voting.council.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={<TeamOutlined style={{ fontSize: 24 }} />}
              title={c.name}
              description={t('voting.council.summary', {
                unit: c.organizingUnitName,
                count: c.memberCount,
                from: formatDate(c.termFrom),
                to: c.termTo ? formatDate(c.termTo) : '…',
              })}
            />
          </List.Item>
        )}
      />
      {editing && (
        <CouncilFormModal
          organizingUnitId={me.data?.unitId ?? ''}
          council={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}
