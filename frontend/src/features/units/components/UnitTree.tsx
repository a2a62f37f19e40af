import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Skeleton, Switch, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { UnitKindTag, UnitStatusTag } from './UnitKindTag';
import { topKeys, withoutInactive } from '../../../lib/unitTree';

interface Props {
  tree: readonly UnitNode[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
  /** Hidden when a tab already names the tree. */
  showTitle?: boolean;
}

function toTreeData(nodes: readonly UnitNode[]): DataNode[] {
  return nodes
    .filter((n) => !!n.id)
    .map((n) => ({
      key: n.id,
      title: (
        <Flex gap={6} align="center" wrap style={{ padding: '2px 0' }} data-testid="unit-tree-node">
          <Typography.Text type={n.active === false ? 'secondary' : undefined} delete={n.active === false}>
            {n.name}
          </Typography.Text>
          {n.shortName && <Typography.Text type="secondary">({n.shortName})</Typography.Text>}
          <UnitKindTag kind={n.kind} />
          {n.active === false && <UnitStatusTag active={false} />}
        </Flex>
      ),
      children: n.children?.length ? toTreeData(n.children) : undefined,
    }));
}

/** GET /api/v1/units/tree; choosing a node filters the list to that unit's direct subordinates. */
export function UnitTree({ tree, loading, error, onRetry, selectedId, onSelect, showTitle = true }: Props) {
  const { t } = useTranslation();
  const [showInactive, setShowInactive] = useState(false);
  const visible = useMemo(() => (showInactive ? (tree ?? []) : withoutInactive(tree)), [tree, showInactive]);
  const treeData = useMemo(() => toTreeData(visible), [visible]);
  const [expanded, setExpanded] = useState<React.Key[] | undefined>(undefined);
  const expandedKeys = expanded ?? topKeys(visible, 2);

  return (
    <Card
      title={showTitle ? t('units.treeTitle') : undefined}
      extra={
        <Flex gap={8} align="center">
          <Switch
            size="small"
            checked={showInactive}
            onChange={setShowInactive}
            aria-label={t('units.showInactive')}
            data-testid="unit-tree-inactive"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('units.showInactive')}
          </Typography.Text>
        </Flex>
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      data-testid="unit-tree"
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : error ? (
        <ErrorState compact title={t('units.treeLoadError')} error={error} onRetry={onRetry} />
      ) : treeData.length === 0 ? (
        <Empty description={t('units.treeEmpty')} />
      ) : (
        <Tree
          className="unit-tree"
          blockNode
          showLine
          treeData={treeData}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys)}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : undefined)}
        />
      )}
    </Card>
  );
}
