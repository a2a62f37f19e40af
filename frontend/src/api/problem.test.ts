import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, asProblem } from './problem';
import { createApiClient, setAccessTokenProvider, unwrap } from './client';

describe('asProblem', () => {
  it('accepts problem documents and rejects other bodies', () => {
    expect(
      asProblem({ title: 'T', status: 400, requestId: 'r1', errors: [{ field: 'name', message: 'm' }, 'junk'] }),
    ).toMatchObject({
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
    const client = createApiClient(
      'http://gw.test',
      async () =>
        new Response(
          JSON.stringify({ title: 'Conflict', status: 409, detail: 'Phiên bản đã cũ', requestId: 'req-9' }),
          {
            status: 409,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    );
    const error = await unwrap(
      client.PUT('/api/v1/units/{id}', {
        params: { path: { id: 'x' } },
        body: { name: 'A', kind: 'AGENCY', version: 1 },
      }),
    ).catch((e: unknown) => e);
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
    const client = createApiClient(
      'http://gw.test',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await unwrap(client.GET('/api/v1/me')).catch((e: unknown) => e);
    expect((error as ApiError).isNetworkError).toBe(true);
  });
});
