/** Dates, numbers and sizes as Vietnamese officers write them. */

/** 15/03/2021 */
export function formatDate(iso: string | null | undefined) {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });
}

/** With the Vietnamese decimal comma: 7,5. */
export function formatNumber(value: number | null | undefined) {
  return value == null ? '—' : String(value).replace('.', ',');
}

/** Amounts in đồng with the Vietnamese thousands dot: 18.720.000. */
export function formatMoney(value: number | null | undefined) {
  return value == null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(value);
}

/** 87,5% */
export function formatPercent(value: number | null | undefined) {
  return value == null ? '—' : `${formatNumber(value)}%`;
}

/** 1,4 MB or 312 KB */
export function fileSize(bytes: number | null | undefined) {
  if (!bytes) return '';
  return bytes > 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Today in Vietnam as YYYY-MM-DD (the services compare dates by day). */
export function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}
