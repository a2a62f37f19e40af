import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, asProblem, matchField, problemToFieldErrors } from './problem';
import { createApiClient, setAccessTokenProvider, unwrap } from './client';

const FIELDS = ['name', 'shortName', 'kind', 'parentId'] as const;

describe('matchField', () => {
  it.each([
    ['name', 'name'],
    ['create.body.name', 'name'],
    ['update.arg1.parentId', 'parentId'],
    ['parent_id', 'parentId'],
    ['short-name', 'shortName'],
    ['items[0].kind', 'kind'],
    ['body', undefined],
    ['', undefined],
  ])('%s → %s', (path, expected) => {
    expect(matchField(path, FIELDS)).toBe(expected);
  });
});

describe('problemToFieldErrors', () => {
  it('puts field messages on their fields and keeps the rest apart', () => {
    const result = problemToFieldErrors(
      {
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        errors: [
          { field: 'create.body.name', message: 'không được để trống' },
          { field: 'create.body.name', message: 'đã tồn tại' },
          { field: 'create.body.name', message: 'đã tồn tại' },
          { field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' },
          { field: 'create.body', message: 'Đơn vị không thể trực thuộc chính nó' },
          { message: 'Lỗi chung' },
        ],
      },
      FIELDS,
    );
    expect(result.fieldErrors).toEqual([
      { name: 'name', errors: ['không được để trống', 'đã tồn tại'] },
      { name: 'parentId', errors: ['Đơn vị cấp trên không tồn tại'] },
    ]);
    expect(result.otherErrors).toEqual(['create.body: Đơn vị không thể trực thuộc chính nó', 'Lỗi chung']);
  });

  it('falls back to the detail when there is no field list', () => {
    expect(problemToFieldErrors({ title: 'Conflict', detail: 'Tên đơn vị đã tồn tại', status: 409 }, FIELDS)).toEqual({
      fieldErrors: [],
      otherErrors: ['Tên đơn vị đã tồn tại'],
    });
    expect(problemToFieldErrors(null, FIELDS)).toEqual({ fieldErrors: [], otherErrors: [] });
  });

  it('uses the title when a field error has no message', () => {
    expect(problemToFieldErrors({ title: 'Không hợp lệ', errors: [{ field: 'kind' }] }, FIELDS).fieldErrors).toEqual([
      { name: 'kind', errors: ['Không hợp lệ'] },
    ]);
  });
});

describe('asProblem', () => {
  it('accepts problem documents and rejects other bodies', () => {
    expect(asProblem({ title: 'T', status: 400, requestId: 'r1', errors: [{ field: 'name', message: 'm' }, 'junk'] })).toMatchObject({
      title: 'T',
      status: 400,
      requestId: 'r1',
      errors: [{ field: 'name', message: 'm' }],
    });
    expect(asProblem('<html>')).toBeNull();
    expect(asProblem([])).toBeNull();
    expect(asProblem({ foo: 1 })).toBeNull();
  });
});

describe('unwrap with the API client', () => {
  afterEach(() => setAccessTokenProvider(() => undefined));

  it('sends the bearer token and returns the data', async () => {
    const seen: Request[] = [];
    const client = createApiClient('http://gw.test', async (req) => {
      seen.push(req);
      return new Response(JSON.stringify({ subject: 's', username: 'officer.demo', roles: ['officer'] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    setAccessTokenProvider(async () => 'tok-123');
    const me = await unwrap(client.GET('/api/v1/me'));
    expect(me.username).toBe('officer.demo');
    expect(seen[0].url).toBe('http://gw.test/api/v1/me');
    expect(seen[0].headers.get('Authorization')).toBe('Bearer tok-123');
  });

  it('throws an ApiError carrying the problem+json body', async () => {
    const client = createApiClient('http://gw.test', async () =>
      new Response(JSON.stringify({ title: 'Conflict', status: 409, detail: 'Phiên bản đã cũ', requestId: 'req-9' }), {
        status: 409,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    const error = await unwrap(client.PUT('/api/v1/units/{id}', { params: { path: { id: 'x' } }, body: { name: 'A', kind: 'AGENCY', version: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem?.detail).toBe('Phiên bản đã cũ');
    expect((error as ApiError).requestId).toBe('req-9');
  });

  it('turns an error with an empty body into an ApiError without a problem', async () => {
    const client = createApiClient('http://gw.test', async () => new Response(null, { status: 403 }));
    const error = await unwrap(client.GET('/api/v1/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
    expect((error as ApiError).problem).toBeNull();
  });

  it('reports a network failure as status 0', async () => {
    const client = createApiClient('http://gw.test', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await unwrap(client.GET('/api/v1/me')).catch((e: unknown) => e);
    expect((error as ApiError).isNetworkError).toBe(true);
  });
});
