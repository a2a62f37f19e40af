import { useState } from 'react';
import { Empty, Flex, Grid, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { BlocView } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LinkCard } from '../../components/LinkCard';
import { useBlocs } from './hooks';
import { blocKindKey } from './labels';
import { BlocFormModal } from './components/BlocFormModal';
import { PageHeader } from '../../components/PageHeader';

const PAGE_SIZE = 20;

export function BlocsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const compact = !Grid.useBreakpoint().md;
  const { permissions } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const list = useBlocs({ q, page, size: PAGE_SIZE });
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];

  const head = (b: BlocView) =>
    b.currentTerm?.head?.name ?? <Typography.Text type="secondary">{t('blocs.noTerm')}</Typography.Text>;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('blocs.listEmpty')} />;

  return (
    <Flex vertical gap={16} data-testid="blocs-page">
      <PageHeader
        title={t('blocs.title')}
        subtitle={t('blocs.subtitle')}
        add={
          permissions.manageUnits
            ? { label: t('blocs.add'), onClick: () => setCreating(true), testId: 'bloc-add' }
            : undefined
        }
      />
      <Input.Search
        allowClear
        defaultValue={q}
        placeholder={t('blocs.searchPlaceholder')}
        aria-label={t('blocs.searchLabel')}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
        style={{ maxWidth: 480 }}
      />
      {list.isError && !list.data ? (
        <ErrorState compact title={t('blocs.listLoadError')} error={list.error} onRetry={() => void list.refetch()} />
      ) : compact ? (
        <Flex vertical gap={8}>
          {items.length === 0 && !list.isFetching
            ? empty
            : items.map((b) => (
                <LinkCard key={b.id} to={`/blocs/${b.id}`} title={b.name} testId="bloc-row">
                  <Flex gap={6} wrap>
                    <Tag>{b.code}</Tag>
                    <Tag color="red">{t(blocKindKey(b.kind))}</Tag>
                    <Tag>{t('blocs.memberCount', { count: b.memberCount ?? 0 })}</Tag>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('blocs.organizer', { name: b.organizingUnit?.name ?? '—' })}
                  </Typography.Text>
                </LinkCard>
              ))}
        </Flex>
      ) : (
        <Table<BlocView>
          rowKey={(b) => b.id ?? b.code ?? ''}
          dataSource={items}
          loading={list.isFetching}
          locale={{ emptyText: empty }}
          onRow={() => ({ 'data-testid': 'bloc-row' }) as object}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showTotal: (n) => t('blocs.total', { count: n }),
            onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p - 1) }, { replace: true }),
          }}
          columns={[
            { title: t('blocs.columns.code'), dataIndex: 'code', width: 110 },
            {
              title: t('blocs.columns.name'),
              render: (_, b) => (
                <Link to={`/blocs/${b.id}`} data-testid="bloc-link">
                  {b.name}
                </Link>
              ),
            },
            {
              title: t('blocs.columns.kind'),
              render: (_, b) => <Tag color="red">{t(blocKindKey(b.kind))}</Tag>,
              width: 150,
            },
            { title: t('blocs.columns.organizer'), render: (_, b) => b.organizingUnit?.name ?? '—' },
            { title: t('blocs.columns.members'), dataIndex: 'memberCount', width: 110, align: 'right' },
            { title: t('blocs.columns.head'), render: (_, b) => head(b) },
          ]}
        />
      )}
      {creating && <BlocFormModal onClose={() => setCreating(false)} onSaved={(b) => navigate(`/blocs/${b.id}`)} />}
    </Flex>
  );
}
