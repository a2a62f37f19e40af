import type { AccountRole } from '../../api/types';
import { ACCOUNT_ROLES } from './roles';
import { pageFromSearchParams, pageToSearchParams } from '../../lib/paging';

export interface AccountFilters {
  q: string;
  unitId?: string;
  role?: AccountRole;
  enabled?: boolean;
  /** zero-based, as the API counts pages */
  page: number;
  size: number;
}

const isRole = (v: string | null): v is AccountRole => !!v && (ACCOUNT_ROLES as readonly string[]).includes(v);

/** Filters live in the address (?q=&unitId=&role=&enabled=&page=&size=), so they survive reloads and can be shared. */
export function filtersFromSearchParams(params: URLSearchParams): AccountFilters {
  const enabled = params.get('enabled');
  const unitId = params.get('unitId');
  const role = params.get('role');
  return {
    q: params.get('q') ?? '',
    unitId: unitId && /^[0-9a-fA-F-]{36}$/.test(unitId) ? unitId : undefined,
    role: isRole(role) ? role : undefined,
    enabled: enabled === 'true' ? true : enabled === 'false' ? false : undefined,
    ...pageFromSearchParams(params),
  };
}

export function filtersToSearchParams(f: AccountFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.unitId) p.set('unitId', f.unitId);
  if (f.role) p.set('role', f.role);
  if (f.enabled !== undefined) p.set('enabled', String(f.enabled));
  pageToSearchParams(p, f);
  return p;
}
