import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/** List filters kept in the address (shareable, back-button friendly); changing one returns to the first page. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const number = (key: string) => (params.get(key) ? Number(params.get(key)) : undefined);
  const pagination = (total: number | undefined) => ({
    current: page + 1,
    pageSize: PAGE_SIZE,
    total: total ?? 0,
    showSizeChanger: false,
    onChange: (p: number) => set('page', p - 1),
  });
  return { params, page, set, number, pagination };
}
