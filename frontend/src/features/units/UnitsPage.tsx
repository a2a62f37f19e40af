import { useMemo, useState } from 'react';
import { App, Card, Col, Flex, Grid, Row, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { UnitView } from '../../api/types';
import { describeError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { filtersFromSearchParams, filtersToSearchParams, type UnitFilters } from './filters';
import { indexTree } from '../../lib/unitTree';
import { useUnitTree } from '../../api/unitTree';
import { useSetUnitActive, useUnits } from './hooks';
import { UnitTree } from './components/UnitTree';
import { UnitToolbar } from './components/UnitToolbar';
import { UnitList } from './components/UnitList';
import { UnitFormModal, type UnitEditorState } from './components/UnitFormModal';
import { PageHeader } from '../../components/PageHeader';

export function UnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  // Tree and list side by side only on wide screens; below that they share tabs so the table keeps its width.
  const wide = !!screens.xxl;
  const compact = !screens.md;
  const { permissions } = useSession();
  const canManage = permissions.manageUnits;

  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const setFilters = (next: UnitFilters) => setSearchParams(filtersToSearchParams(next), { replace: true });
  const patchFilters = (patch: Partial<UnitFilters>) => setFilters({ ...filters, page: 0, ...patch });

  const tree = useUnitTree();
  const index = useMemo(() => indexTree(tree.data), [tree.data]);
  const list = useUnits(filters);
  const setActive = useSetUnitActive();
  const [editor, setEditor] = useState<UnitEditorState | null>(null);
  const [tab, setTab] = useState<'list' | 'tree'>('list');

  const onSetActive = (unit: UnitView, active: boolean) => {
    if (!unit.id) return;
    setActive.mutate(
      { id: unit.id, active },
      {
        onSuccess: (saved) =>
          message.success(
            t(active ? 'units.messages.activated' : 'units.messages.deactivated', { name: saved?.name ?? unit.name }),
          ),
        onError: (error) => message.error(t('units.messages.failed', { detail: describeError(error, t) })),
      },
    );
  };

  const selectParent = (id: string | undefined) => {
    patchFilters({ parentId: id });
    if (!wide) setTab('list');
  };

  const treeCard = (
    <UnitTree
      tree={tree.data}
      loading={tree.isPending}
      error={tree.isError ? tree.error : undefined}
      onRetry={() => void tree.refetch()}
      selectedId={filters.parentId}
      onSelect={selectParent}
      showTitle={wide}
    />
  );

  const listBody = (
    <>
      <UnitToolbar
        filters={filters}
        parentName={filters.parentId ? index.get(filters.parentId)?.name : undefined}
        onChange={patchFilters}
        onClear={() => setFilters({ q: '', page: 0, size: filters.size })}
      />
      {list.isError && !list.data ? (
        <ErrorState
          compact
          title={t('units.listLoadError')}
          error={list.error}
          onRetry={() => void list.refetch()}
          testId="units-error"
        />
      ) : (
        <UnitList
          page={list.data}
          loading={list.isFetching}
          filters={filters}
          index={index}
          compact={compact}
          canManage={canManage}
          busyId={setActive.isPending ? setActive.variables?.id : undefined}
          onPage={(page, size) => setFilters({ ...filters, page, size })}
          onEdit={(unit) => setEditor({ mode: 'edit', unit })}
          onSetActive={onSetActive}
          onShowChildren={(id) => selectParent(id)}
        />
      )}
    </>
  );

  return (
    <Flex vertical gap={16} data-testid="units-page">
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        add={
          canManage
            ? {
                label: t('units.add'),
                onClick: () => setEditor({ mode: 'create', parentId: filters.parentId }),
                testId: 'unit-add',
              }
            : undefined
        }
      />

      {wide ? (
        <Row gutter={16} align="top">
          <Col span={8}>{treeCard}</Col>
          <Col span={16}>
            <Card title={t('units.listTitle')}>{listBody}</Card>
          </Col>
        </Row>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k === 'tree' ? 'tree' : 'list')}
          items={[
            { key: 'list', label: t('units.listTitle'), children: compact ? listBody : <Card>{listBody}</Card> },
            { key: 'tree', label: t('units.treeTitle'), children: treeCard },
          ]}
        />
      )}

      {editor && (
        <UnitFormModal editor={editor} tree={tree.data} treeLoading={tree.isPending} onClose={() => setEditor(null)} />
      )}
    </Flex>
  );
}
