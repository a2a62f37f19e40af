import { useState } from 'react';
import { Button, Flex, Grid, Skeleton, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { useBloc } from './hooks';
import { blocKindKey } from './labels';
import { formatDate } from '../../lib/format';
import { BlocFormModal } from './components/BlocFormModal';
import { MembersTab } from './components/MembersTab';
import { TermsTab } from './components/TermsTab';
import { CovenantTab } from './components/CovenantTab';
import { MeetingsTab } from './components/MeetingsTab';
import { ScoringTab } from './components/ScoringTab';
import { HonoursTab } from './components/HonoursTab';

const TABS = ['members', 'terms', 'covenant', 'meetings', 'scoring', 'honours'] as const;
type TabKey = (typeof TABS)[number];

export function BlocDetailPage() {
  const { t } = useTranslation();
  const { blocId = '' } = useParams();
  const compact = !Grid.useBreakpoint().md;
  const bloc = useBloc(blocId);
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabKey)
    : 'members';
  const [editing, setEditing] = useState(false);

  if (bloc.isPending) return <Skeleton active />;
  if (bloc.isError)
    return <ErrorState title={t('blocs.loadError')} error={bloc.error} onRetry={() => void bloc.refetch()} />;
  const b = bloc.data;
  const doc = b.foundingDocument;

  return (
    <Flex vertical gap={16} data-testid="bloc-detail">
      <Link to="/blocs">
        <ArrowLeftOutlined /> {t('blocs.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="bloc-name">
            {b.name}
          </Typography.Title>
          <Flex gap={6} wrap>
            <Tag>{b.code}</Tag>
            <Tag color="red">{t(blocKindKey(b.kind))}</Tag>
            <Tag>{t('blocs.memberCount', { count: b.memberCount ?? 0 })}</Tag>
            {b.crossScoring && <Tag color="blue">{t('blocs.crossScoring')}</Tag>}
          </Flex>
          <Typography.Text type="secondary">
            {t('blocs.organizer', { name: b.organizingUnit?.name ?? '—' })}
          </Typography.Text>
          {doc?.number && (
            <Typography.Text type="secondary">
              {t('blocs.foundingDoc', { number: doc.number })}
              {doc.date ? ` (${formatDate(doc.date)})` : ''}
              {doc.issuer ? ` – ${doc.issuer}` : ''}
            </Typography.Text>
          )}
          {b.currentTerm ? (
            <Typography.Text data-testid="bloc-current-term">
              {t('blocs.headOfYear', { name: b.currentTerm.head?.name })} ·{' '}
              {t('blocs.deputyOfYear', { name: b.currentTerm.deputy?.name })}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('blocs.noTerm')}</Typography.Text>
          )}
          {b.description && <Typography.Paragraph style={{ margin: 0 }}>{b.description}</Typography.Paragraph>}
        </Flex>
        {b.manageable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('blocs.form.editTitle')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'members', label: t('blocs.tabs.members'), children: <MembersTab bloc={b} compact={compact} /> },
          { key: 'terms', label: t('blocs.tabs.terms'), children: <TermsTab bloc={b} compact={compact} /> },
          { key: 'covenant', label: t('blocs.tabs.covenant'), children: <CovenantTab bloc={b} /> },
          { key: 'meetings', label: t('blocs.tabs.meetings'), children: <MeetingsTab bloc={b} /> },
          { key: 'scoring', label: t('blocs.tabs.scoring'), children: <ScoringTab bloc={b} compact={compact} /> },
          { key: 'honours', label: t('blocs.tabs.honours'), children: <HonoursTab bloc={b} compact={compact} /> },
        ]}
      />
      {editing && <BlocFormModal bloc={b} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
