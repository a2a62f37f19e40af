import type { UnitKind } from '../../api/types';
import { isUnitKind } from './kinds';
import { pageFromSearchParams, pageToSearchParams } from '../../lib/paging';

export interface UnitFilters {
  q: string;
  kind?: UnitKind;
  active?: boolean;
  parentId?: string;
  /** zero-based, as the API counts pages */
  page: number;
  size: number;
}

/** Filters of the unit list live in the address (?q=&kind=&active=&parentId=&page=&size=), so they survive reloads and can be shared. */
export function filtersFromSearchParams(params: URLSearchParams): UnitFilters {
  const active = params.get('active');
  const kind = params.get('kind');
  const parentId = params.get('parentId');
  return {
    q: params.get('q') ?? '',
    kind: isUnitKind(kind) ? kind : undefined,
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    parentId: parentId && /^[0-9a-fA-F-]{36}$/.test(parentId) ? parentId : undefined,
    ...pageFromSearchParams(params),
  };
}

export function filtersToSearchParams(f: UnitFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.kind) p.set('kind', f.kind);
  if (f.active !== undefined) p.set('active', String(f.active));
  if (f.parentId) p.set('parentId', f.parentId);
  pageToSearchParams(p, f);
  return p;
}

export function hasActiveFilters(f: UnitFilters) {
  return !!f.q.trim() || !!f.kind || f.active !== undefined || !!f.parentId;
}
