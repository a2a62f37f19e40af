import { useState } from 'react';
import { Button, Flex, Input, Select, Tag } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../../api/types';
import { UNIT_KINDS, unitKindLabelKey } from '../kinds';
import { hasActiveFilters, type UnitFilters } from '../filters';

interface Props {
  filters: UnitFilters;
  parentName?: string;
  onChange: (patch: Partial<UnitFilters>) => void;
  onClear: () => void;
}

/** Search box (q), kind and status filters, and the "under unit X" chip from the tree. */
export function UnitToolbar({ filters, parentName, onChange, onClear }: Props) {
  const { t } = useTranslation();
  // the box follows the filter when it changes from outside (the tree's chip, "clear")
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setQ(filters.q);
  }
  const status = filters.active === undefined ? 'all' : filters.active ? 'active' : 'inactive';

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap>
        <Input.Search
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            if (e.target.value === '' && filters.q) onChange({ q: '' });
          }}
          onSearch={(value) => onChange({ q: value })}
          placeholder={t('units.searchPlaceholder')}
          aria-label={t('units.searchLabel')}
          allowClear
          enterButton
          style={{ flex: '1 1 260px', minWidth: 0 }}
          data-testid="unit-search"
        />
        <Select<UnitKind>
          value={filters.kind}
          onChange={(kind) => onChange({ kind: kind ?? undefined })}
          allowClear
          placeholder={t('units.kindFilter')}
          aria-label={t('units.kindFilter')}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(unitKindLabelKey(k)) }))}
          style={{ flex: '1 1 200px', minWidth: 0 }}
          data-testid="unit-kind-filter"
        />
        <Select
          value={status}
          onChange={(v) => onChange({ active: v === 'all' ? undefined : v === 'active' })}
          aria-label={t('units.statusFilter')}
          options={[
            { value: 'all', label: `${t('units.statusFilter')}: ${t('common.all')}` },
            { value: 'active', label: t('units.statusActive') },
            { value: 'inactive', label: t('units.statusInactive') },
          ]}
          style={{ flex: '1 1 180px', minWidth: 0 }}
          data-testid="unit-status-filter"
        />
      </Flex>
      {hasActiveFilters(filters) && (
        <Flex gap={8} align="center" wrap>
          {filters.parentId && (
            <Tag
              closable
              onClose={() => onChange({ parentId: undefined })}
              color="processing"
              data-testid="unit-parent-filter"
            >
              {t('units.parentFilter', { name: parentName ?? '…' })}
            </Tag>
          )}
          <Button size="small" type="link" icon={<ClearOutlined />} onClick={onClear} data-testid="unit-clear-filters">
            {t('units.clearFilters')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
