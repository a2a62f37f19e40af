import { api, unwrap } from '../../api/client';
import type { NewUnit, PageUnitView, UnitUpdate, UnitView } from '../../api/types';
import type { UnitFilters } from './filters';

export function fetchUnits(f: UnitFilters) {
  return unwrap<PageUnitView>(
    api.GET('/api/v1/units', {
      params: {
        query: {
          q: f.q.trim() || undefined,
          kind: f.kind,
          active: f.active,
          parentId: f.parentId,
          page: f.page,
          size: f.size,
          sort: 'name',
        },
      },
    }),
  );
}

export function fetchUnit(id: string) {
  return unwrap<UnitView>(api.GET('/api/v1/units/{id}', { params: { path: { id } } }));
}

export function createUnit(body: NewUnit) {
  return unwrap<UnitView>(api.POST('/api/v1/units', { body }));
}

export function updateUnit(id: string, body: UnitUpdate) {
  return unwrap<UnitView>(api.PUT('/api/v1/units/{id}', { params: { path: { id } }, body }));
}

export function setUnitActive(id: string, active: boolean) {
  return active
    ? unwrap<UnitView>(api.POST('/api/v1/units/{id}/activate', { params: { path: { id } } }))
    : unwrap<UnitView>(api.POST('/api/v1/units/{id}/deactivate', { params: { path: { id } } }));
}
