import { Empty, Flex, Table, Typography } from 'antd';
import { CardList } from '../../../components/CardList';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PageUnitView, UnitView } from '../../../api/types';
import type { FlatUnit } from '../../../lib/unitTree';
import type { UnitFilters } from '../filters';
import { listPagination } from '../../../lib/paging';
import { UnitKindTag, UnitStatusTag } from './UnitKindTag';
import { UnitActions } from './UnitActions';

interface Props {
  page: PageUnitView | undefined;
  loading: boolean;
  filters: UnitFilters;
  index: Map<string, FlatUnit>;
  compact: boolean;
  canManage: boolean;
  busyId?: string;
  onPage: (page: number, size: number) => void;
  onEdit: (unit: UnitView) => void;
  onSetActive: (unit: UnitView, active: boolean) => void;
  onShowChildren: (id: string) => void;
}

/** The paged unit list: a table on wide screens, cards on a phone. */
export function UnitList({
  page,
  loading,
  filters,
  index,
  compact,
  canManage,
  busyId,
  onPage,
  onEdit,
  onSetActive,
  onShowChildren,
}: Props) {
  const { t } = useTranslation();
  const items = page?.items ?? [];
  const total = page?.total ?? items.length;
  const parentName = (u: UnitView) => (u.parentId ? (index.get(u.parentId)?.name ?? '—') : '—');
  const parentIds = new Set([...index.values()].map((n) => n.parentId));
  const hasChildren = (u: UnitView) => !!u.id && parentIds.has(u.id);
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.listEmpty')} data-testid="units-empty" />
  );
  const pagination = listPagination(filters, total, compact, (n) => t('units.total', { count: n }), onPage);

  const nameCell = (u: UnitView) => (
    <Flex vertical style={{ minWidth: 0 }}>
      <Typography.Text strong delete={u.active === false} data-testid="unit-name">
        {u.name}
      </Typography.Text>
      {u.id && hasChildren(u) && (
        <Typography.Link style={{ fontSize: 12 }} onClick={() => onShowChildren(u.id)}>
          {t('units.viewChildren')}
        </Typography.Link>
      )}
    </Flex>
  );

  if (compact) {
    return (
      <CardList
        items={items}
        loading={loading}
        empty={empty}
        pagination={pagination}
        rowKey={(u) => u.id ?? u.name ?? ''}
        rowTestId="unit-row"
        testId="unit-list"
      >
        {(u) => (
          <>
            {nameCell(u)}
            {u.shortName && <Typography.Text type="secondary">{u.shortName}</Typography.Text>}
            <Flex gap={6} wrap>
              <UnitKindTag kind={u.kind} />
              <UnitStatusTag active={u.active} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('units.columns.parent')}: {parentName(u)}
            </Typography.Text>
            {canManage && <UnitActions unit={u} busy={busyId === u.id} onEdit={onEdit} onSetActive={onSetActive} />}
          </>
        )}
      </CardList>
    );
  }

  const columns: ColumnsType<UnitView> = [
    { key: 'name', title: t('units.columns.name'), render: (_, u) => nameCell(u) },
    {
      key: 'shortName',
      title: t('units.columns.shortName'),
      dataIndex: 'shortName',
      responsive: ['xl'],
      render: (v?: string | null) => v || '—',
    },
    { key: 'kind', title: t('units.columns.kind'), render: (_, u) => <UnitKindTag kind={u.kind} /> },
    { key: 'parent', title: t('units.columns.parent'), render: (_, u) => parentName(u), responsive: ['lg'] },
    { key: 'status', title: t('units.columns.status'), render: (_, u) => <UnitStatusTag active={u.active} /> },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('units.columns.actions'),
      render: (_, u) => <UnitActions unit={u} busy={busyId === u.id} onEdit={onEdit} onSetActive={onSetActive} />,
    });
  }

  return (
    <Table<UnitView>
      size="middle"
      columns={columns}
      dataSource={items}
      rowKey={(u) => u.id ?? u.name ?? ''}
      loading={loading}
      locale={{ emptyText: empty }}
      pagination={pagination}
      onRow={() => ({ 'data-testid': 'unit-row' }) as React.HTMLAttributes<HTMLElement>}
      data-testid="unit-list"
    />
  );
}
