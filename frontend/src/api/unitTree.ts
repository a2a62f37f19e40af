import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { UnitNode } from './types';

/** The unit directory as a tree: the units feature manages it, every form that names a unit reads it. */
export const unitTreeKey = (includeInactive: boolean) => ['units', 'tree', { includeInactive }] as const;

export function fetchUnitTree(includeInactive: boolean) {
  return unwrap<UnitNode[]>(api.GET('/api/v1/units/tree', { params: { query: { includeInactive } } }));
}

/** The whole tree, inactive units included: the units page shows them on demand, pickers offer the active ones. */
export function useUnitTree() {
  return useQuery({ queryKey: unitTreeKey(true), queryFn: () => fetchUnitTree(true), staleTime: 60_000 });
}
