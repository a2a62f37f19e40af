import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, filtersToSearchParams } from './filters';

describe('unit list filters in the address', () => {
  it('round-trips and drops defaults and junk', () => {
    const f = filtersFromSearchParams(
      new URLSearchParams(
        'q=S%E1%BB%9F&kind=AGENCY&active=false&page=2&size=50&parentId=10000000-0000-0000-0000-000000000001',
      ),
    );
    expect(f).toEqual({
      q: 'Sở',
      kind: 'AGENCY',
      active: false,
      page: 2,
      size: 50,
      parentId: '10000000-0000-0000-0000-000000000001',
    });
    expect(filtersToSearchParams(f).toString()).toBe(
      'q=S%E1%BB%9F&kind=AGENCY&active=false&parentId=10000000-0000-0000-0000-000000000001&page=2&size=50',
    );
    expect(filtersFromSearchParams(new URLSearchParams('kind=CASTLE&active=maybe&page=-3&size=7&parentId=x'))).toEqual({
      q: '',
      kind: undefined,
      active: undefined,
      parentId: undefined,
      page: 0,
      size: 20,
    });
    expect(filtersToSearchParams({ q: '  ', page: 0, size: 20 }).toString()).toBe('');
  });
});
