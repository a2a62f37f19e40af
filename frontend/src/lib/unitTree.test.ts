import { describe, expect, it } from 'vitest';
import type { UnitNode } from '../api/types';
import { filterParentOption, indexTree, parentOptions, subtreeIds, topKeys, withoutInactive } from './unitTree';
import { foldVietnamese } from './text';

const tree: UnitNode[] = [
  {
    id: 'p1',
    name: 'Ủy ban nhân dân tỉnh Kon Tum',
    kind: 'PROVINCE',
    active: true,
    children: [
      { id: 'a1', name: 'Sở Nội vụ tỉnh Kon Tum', shortName: 'SNV', kind: 'AGENCY', active: true, children: [] },
      {
        id: 'a2',
        name: 'Công an tỉnh Kon Tum',
        kind: 'AGENCY',
        active: true,
        children: [{ id: 'd1', name: 'Phòng Công tác Đảng (PX03)', kind: 'DIVISION', active: true, children: [] }],
      },
      { id: 'x1', name: 'Sở cũ', kind: 'AGENCY', active: false, children: [] },
    ],
  },
  { id: 'p2', name: 'Ủy ban nhân dân tỉnh Đắk Lắk', kind: 'PROVINCE', active: true, children: [] },
];

const values = (opts: ReturnType<typeof parentOptions>): string[] =>
  opts.flatMap((o) => [o.value, ...values(o.children ?? [])]);

describe('unit tree helpers', () => {
  it('indexes every node with its parent and depth', () => {
    const index = indexTree(tree);
    expect(index.size).toBe(6);
    expect(index.get('d1')).toMatchObject({ parentId: 'a2', depth: 2, name: 'Phòng Công tác Đảng (PX03)' });
    expect(index.get('p2')?.parentId).toBeNull();
    expect(index.get('x1')?.active).toBe(false);
  });

  it('hides inactive units', () => {
    expect(values(parentOptions(withoutInactive(tree)))).not.toContain('x1');
  });

  it('never offers a unit or its descendants as its own parent', () => {
    expect([...subtreeIds(tree, 'a2')].sort()).toEqual(['a2', 'd1']);
    const opts = values(parentOptions(tree, 'a2'));
    expect(opts).not.toContain('a2');
    expect(opts).not.toContain('d1');
    expect(opts).toContain('p1');
    expect(opts).toContain('a1');
  });

  it('leaves out inactive units, keeps one that is the current parent, and disables inactive ancestors of active units', () => {
    const flat = (opts: ReturnType<typeof parentOptions>): { value: string; disabled?: boolean }[] =>
      opts.flatMap((o) => [o, ...flat(o.children ?? [])]);
    expect(values(parentOptions(tree))).not.toContain('x1');
    expect(flat(parentOptions(tree, undefined, 'x1')).find((o) => o.value === 'x1')?.disabled).toBeUndefined();
    const withInactiveBranch: UnitNode[] = [
      { id: 'old', name: 'Cũ', active: false, children: [{ id: 'kid', name: 'Con', active: true, children: [] }] },
    ];
    const opts = flat(parentOptions(withInactiveBranch));
    expect(opts.find((o) => o.value === 'old')?.disabled).toBe(true);
    expect(opts.find((o) => o.value === 'kid')?.disabled).toBeUndefined();
  });

  it('searches parents without needing diacritics', () => {
    expect(foldVietnamese('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe('uy ban nhan dan tinh dak lak');
    expect(filterParentOption('dak lak', { search: 'Ủy ban nhân dân tỉnh Đắk Lắk' })).toBe(true);
    expect(filterParentOption('SNV', { search: 'Sở Nội vụ tỉnh Kon Tum SNV' })).toBe(true);
    expect(filterParentOption('kon tum', { search: 'Ủy ban nhân dân tỉnh Đắk Lắk' })).toBe(false);
  });

  it('opens the first levels that have children', () => {
    expect(topKeys(tree, 1)).toEqual(['p1']);
    expect(topKeys(tree, 2)).toEqual(['p1', 'a2']);
  });
});
