import type { UnitNode } from '../api/types';
import { matchesSearch } from './text';

export interface FlatUnit {
  id: string;
  name: string;
  shortName?: string | null;
  kind?: string;
  active: boolean;
  parentId: string | null;
  depth: number;
}

/** Every node of the tree by id, with its parent: lets the list show parent names. */
export function indexTree(nodes: readonly UnitNode[] | undefined): Map<string, FlatUnit> {
  const index = new Map<string, FlatUnit>();
  const walk = (list: readonly UnitNode[], parentId: string | null, depth: number) => {
    for (const n of list) {
      if (!n.id) continue;
      index.set(n.id, {
        id: n.id,
        name: n.name ?? '',
        shortName: n.shortName,
        kind: n.kind,
        active: n.active !== false,
        parentId,
        depth,
      });
      walk(n.children ?? [], n.id, depth + 1);
    }
  };
  walk(nodes ?? [], null, 0);
  return index;
}

/** The tree without inactive units (an inactive unit hides its subtree too). */
export function withoutInactive(nodes: readonly UnitNode[] | undefined): UnitNode[] {
  return (nodes ?? []).filter((n) => n.active !== false).map((n) => ({ ...n, children: withoutInactive(n.children) }));
}

/** Ids of `id` and all its descendants. */
export function subtreeIds(nodes: readonly UnitNode[] | undefined, id: string | undefined): Set<string> {
  const ids = new Set<string>();
  if (!id) return ids;
  const collect = (n: UnitNode) => {
    if (n.id) ids.add(n.id);
    (n.children ?? []).forEach(collect);
  };
  const find = (list: readonly UnitNode[]): boolean => {
    for (const n of list) {
      if (n.id === id) {
        collect(n);
        return true;
      }
      if (find(n.children ?? [])) return true;
    }
    return false;
  };
  find(nodes ?? []);
  return ids;
}

export interface ParentOption {
  value: string;
  title: string;
  /** Folded name and short name, for diacritic-insensitive search. */
  search: string;
  disabled?: boolean;
  children?: ParentOption[];
}

/**
 * Options for the "parent unit" picker. A unit cannot be moved under itself or its own descendants,
 * so when editing, that subtree is left out. Inactive units cannot be chosen (the current parent stays
 * visible, so an existing value still shows its name).
 */
export function parentOptions(
  nodes: readonly UnitNode[] | undefined,
  editingId?: string,
  currentParentId?: string | null,
): ParentOption[] {
  const excluded = subtreeIds(nodes, editingId);
  const build = (list: readonly UnitNode[]): ParentOption[] =>
    list
      .filter(
        (n) =>
          n.id &&
          !excluded.has(n.id) &&
          (n.active !== false || n.id === currentParentId || hasActiveDescendant(n, excluded)),
      )
      .map((n) => {
        const children = build(n.children ?? []);
        return {
          value: n.id,
          title: n.name ?? '',
          search: `${n.name ?? ''} ${n.shortName ?? ''}`,
          ...(n.active === false && n.id !== currentParentId ? { disabled: true } : {}),
          ...(children.length ? { children } : {}),
        };
      });
  return build(nodes ?? []);
}

function hasActiveDescendant(n: UnitNode, excluded: Set<string>): boolean {
  return (n.children ?? []).some(
    (c) => !!c.id && !excluded.has(c.id) && (c.active !== false || hasActiveDescendant(c, excluded)),
  );
}

export function filterParentOption(input: string, option: { search?: unknown; title?: unknown }): boolean {
  const text = typeof option.search === 'string' ? option.search : typeof option.title === 'string' ? option.title : '';
  return matchesSearch(text, input);
}

/** Keys of the first `levels` levels, to open the tree a little on first view. */
export function topKeys(nodes: readonly UnitNode[] | undefined, levels = 1): string[] {
  const keys: string[] = [];
  const walk = (list: readonly UnitNode[], depth: number) => {
    if (depth >= levels) return;
    for (const n of list) {
      if (n.id && n.children?.length) {
        keys.push(n.id);
        walk(n.children, depth + 1);
      }
    }
  };
  walk(nodes ?? [], 0);
  return keys;
}
