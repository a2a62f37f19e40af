/** The one paging of the lists that keep their page in the address (?page=&size=): zero-based, as the API counts. */
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100];

/** page and size read from the address; anything else is the first page of the default size */
export function pageFromSearchParams(params: URLSearchParams) {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const size = Number.parseInt(params.get('size') ?? '', 10);
  return {
    page: Number.isFinite(page) && page > 0 ? page : 0,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function pageToSearchParams(p: URLSearchParams, f: { page: number; size: number }) {
  if (f.page > 0) p.set('page', String(f.page));
  if (f.size !== DEFAULT_PAGE_SIZE) p.set('size', String(f.size));
}

/** antd's pagination of such a list: a size changer on wide screens, the total said in words. */
export function listPagination(
  f: { page: number; size: number },
  total: number,
  compact: boolean,
  showTotal: (n: number) => string,
  onPage: (page: number, size: number) => void,
) {
  return {
    current: f.page + 1,
    pageSize: f.size,
    total,
    showSizeChanger: !compact,
    pageSizeOptions: PAGE_SIZES,
    showTotal,
    onChange: (p: number, size: number) => onPage(p - 1, size),
  };
}
