import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useUnitTree } from '../api/unitTree';
import { filterParentOption, parentOptions, type ParentOption } from '../lib/unitTree';

interface Props {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  placeholder?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Units that may not be chosen (e.g. already members): shown greyed out. */
  disabledIds?: ReadonlySet<string>;
  id?: string;
  /** Its name for screen readers where no form label names it (a filter above a list). */
  'aria-label'?: string;
  'data-testid'?: string;
}

function disable(options: ParentOption[], ids: ReadonlySet<string>): ParentOption[] {
  return options.map((o) => ({
    ...o,
    ...(ids.has(o.value) ? { disabled: true } : {}),
    ...(o.children ? { children: disable(o.children, ids) } : {}),
  }));
}

/** Search and choose units from the directory tree (active units only); other features use it as a form control. */
export function UnitPicker({ value, onChange, placeholder, multiple, disabled, disabledIds, id, ...rest }: Props) {
  const tree = useUnitTree();
  const options = useMemo(() => disable(parentOptions(tree.data), disabledIds ?? new Set()), [tree.data, disabledIds]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={options}
      loading={tree.isPending}
      placeholder={placeholder}
      multiple={multiple}
      disabled={disabled}
      allowClear
      treeDefaultExpandAll
      showSearch={{
        filterTreeNode: (input, node) => filterParentOption(input, node),
      }}
      popupMatchSelectWidth
      listHeight={360}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
    />
  );
}
