import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewUnit, UnitUpdate } from '../../api/types';
import { createUnit, fetchUnits, fetchUnitTree, setUnitActive, updateUnit } from './api';
import type { UnitFilters } from './filters';

export const unitKeys = {
  all: ['units'] as const,
  list: (f: UnitFilters) => ['units', 'list', f] as const,
  tree: (includeInactive: boolean) => ['units', 'tree', { includeInactive }] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
};

export function useUnits(filters: UnitFilters) {
  return useQuery({ queryKey: unitKeys.list(filters), queryFn: () => fetchUnits(filters), placeholderData: keepPreviousData });
}

/** The whole tree, inactive units included: the page filters them for display and uses all for parent names. */
export function useUnitTree() {
  return useQuery({ queryKey: unitKeys.tree(true), queryFn: () => fetchUnitTree(true), staleTime: 60_000 });
}

function useInvalidateUnits() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: unitKeys.all });
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({ mutationFn: (body: NewUnit) => createUnit(body), onSuccess: invalidate });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UnitUpdate }) => updateUnit(id, body),
    onSuccess: invalidate,
  });
}

export function useSetUnitActive() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => setUnitActive(id, active),
    onSuccess: invalidate,
  });
}
