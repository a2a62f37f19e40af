import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewUnit, UnitUpdate } from '../../api/types';
import { unitTreeKey } from '../../api/unitTree';
import { createUnit, fetchUnits, setUnitActive, updateUnit } from './api';
import type { UnitFilters } from './filters';

export const unitKeys = {
  all: ['units'] as const,
  list: (f: UnitFilters) => ['units', 'list', f] as const,
  tree: unitTreeKey,
  detail: (id: string) => ['units', 'detail', id] as const,
};

export function useUnits(filters: UnitFilters) {
  return useQuery({
    queryKey: unitKeys.list(filters),
    queryFn: () => fetchUnits(filters),
    placeholderData: keepPreviousData,
  });
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
