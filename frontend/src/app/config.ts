/** Runtime configuration served by the gateway at /config.json (docs/contracts.md). */
export interface AppConfig {
  oidcAuthority: string;
  oidcClientId: string;
}

export type ConfigErrorKind = 'network' | 'http' | 'invalid';

export class ConfigError extends Error {
  readonly kind: ConfigErrorKind;
  readonly status?: number;

  constructor(kind: ConfigErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'ConfigError';
    this.kind = kind;
    this.status = status;
  }
}

export function parseConfig(json: unknown): AppConfig {
  if (!json || typeof json !== 'object') throw new ConfigError('invalid', 'config.json is not an object');
  const { oidcAuthority, oidcClientId } = json as Record<string, unknown>;
  if (typeof oidcAuthority !== 'string' || !/^https?:\/\/\S+$/.test(oidcAuthority)) {
    throw new ConfigError('invalid', 'oidcAuthority is missing or not an http(s) URL');
  }
  if (typeof oidcClientId !== 'string' || oidcClientId.trim() === '') {
    throw new ConfigError('invalid', 'oidcClientId is missing');
  }
  return { oidcAuthority: oidcAuthority.replace(/\/+$/, ''), oidcClientId };
}

export async function loadConfig(fetchImpl: typeof fetch = fetch, url = '/config.json'): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch (e) {
    throw new ConfigError('network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw new ConfigError('http', `HTTP ${response.status}`, response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    // e.g. the dev server answering index.html because nothing serves /config.json
    throw new ConfigError('invalid', 'config.json is not JSON');
  }
  return parseConfig(json);
}
