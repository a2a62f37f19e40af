import type { ParseKeys } from 'i18next';
import type { BlocKind, CovenantStatus } from '../../api/types';

export const BLOC_KINDS = ['BLOC', 'CLUSTER'] as const satisfies readonly BlocKind[];

export function blocKindKey(kind: BlocKind | undefined): ParseKeys {
  return kind === 'CLUSTER' ? 'blocKinds.CLUSTER' : 'blocKinds.BLOC';
}

export const COVENANT_STATUS_COLORS: Record<CovenantStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  IN_FORCE: 'success',
  CLOSED: 'purple',
};

/** Dates as Vietnamese officers write them: 15/03/2021. */
export function formatDate(iso: string | null | undefined) {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });
}

/** Points with the Vietnamese decimal comma: 7,5. */
export function formatPoints(value: number | null | undefined) {
  return value == null ? '—' : String(value).replace('.', ',');
}

/** Today in Vietnam as YYYY-MM-DD (the service compares membership dates by day). */
export function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}
