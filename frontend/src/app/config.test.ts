import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config';

describe('parseConfig', () => {
  it('accepts the gateway document and trims a trailing slash', () => {
    expect(parseConfig({ oidcAuthority: 'http://localhost:8180/realms/thidua/', oidcClientId: 'thidua-spa' })).toEqual({
      oidcAuthority: 'http://localhost:8180/realms/thidua',
      oidcClientId: 'thidua-spa',
    });
  });

  it.each([
    null,
    'x',
    {},
    { oidcAuthority: 'localhost:8180', oidcClientId: 'a' },
    { oidcAuthority: 'http://kc', oidcClientId: ' ' },
  ])('rejects %j', (doc) => {
    expect(() => parseConfig(doc)).toThrow(ConfigError);
  });
});

describe('loadConfig', () => {
  const ok =
    (body: string, status = 200) =>
    async () =>
      new Response(body, { status });

  it('distinguishes network, HTTP and content failures', async () => {
    await expect(loadConfig(async () => Promise.reject(new TypeError('fetch failed')))).rejects.toMatchObject({
      kind: 'network',
    });
    await expect(loadConfig(ok('', 502))).rejects.toMatchObject({ kind: 'http', status: 502 });
    await expect(loadConfig(ok('<!doctype html><html></html>'))).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      loadConfig(ok('{"oidcAuthority":"http://kc/realms/thidua","oidcClientId":"thidua-spa"}')),
    ).resolves.toEqual({
      oidcAuthority: 'http://kc/realms/thidua',
      oidcClientId: 'thidua-spa',
    });
  });
});
