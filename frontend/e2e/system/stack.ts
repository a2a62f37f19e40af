import { expect, request, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Helpers for the system journeys: they call the APIs with real Keycloak tokens and stop parts of the
 * stack started by `./thidua test` (whose launcher restarts a part that stops unexpectedly).
 */
export { GATEWAY, KEYCLOAK, api, tokenFor } from '../api';
export const SERVICE_URLS = {
  campaign: process.env.E2E_CAMPAIGN_URL ?? 'http://localhost:8081',
  award: process.env.E2E_AWARD_URL ?? 'http://localhost:8083',
} as const;
/** award-service's management interface (health, metrics), on the loopback interface only */
export const AWARD_MANAGEMENT_URL = process.env.E2E_AWARD_MANAGEMENT_URL ?? 'http://127.0.0.1:9083';

/** Kon Tum's People's Committee in the demo data. */
export const KON_TUM = '10000000-0000-0000-0000-000000000001';

export interface Unit {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  active: boolean;
  version: number;
}

/** Every unit a listing endpoint returns, page by page, as id → comparable fields. */
export async function allUnits(ctx: APIRequestContext, baseUrl: string): Promise<Map<string, Unit>> {
  const units = new Map<string, Unit>();
  let listed = 0;
  for (let page = 0; ; page++) {
    const res = await ctx.get(`${baseUrl}/api/v1/units?page=${page}&size=200&sort=name`);
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { items: Unit[]; total: number };
    for (const u of body.items) {
      units.set(u.id, {
        id: u.id,
        name: u.name,
        shortName: u.shortName ?? null,
        kind: u.kind,
        parentId: u.parentId ?? null,
        active: u.active,
        version: u.version,
      });
    }
    listed += body.items.length;
    if (body.items.length === 0 || listed >= body.total) {
      // a replica that held a unit twice would list more rows than distinct ids
      expect(listed, `rows listed by ${baseUrl}`).toBe(units.size);
      return units;
    }
  }
}

/** The process id the launcher recorded last for a part of the stack (it appends one line per start). */
export function pidOf(part: string): number {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) {
    throw new Error('E2E_DATA_DIR must name the data directory of the stack under test (./thidua test sets it)');
  }
  const lines = readFileSync(join(dataDir, 'run', 'pids'), 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 3 && f[0] === part);
  if (lines.length === 0) throw new Error(`no pid recorded for ${part}`);
  return Number(lines[lines.length - 1][1]);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the launcher has started `part` again (a new pid) and `healthUrl` answers 200. */
export async function awaitRestarted(part: string, oldPid: number, healthUrl: string) {
  const ctx = await request.newContext();
  try {
    await expect
      .poll(
        async () => {
          if (pidOf(part) === oldPid) return 'not restarted';
          const res = await ctx.get(healthUrl).catch(() => null);
          return res?.status() === 200 ? 'ready' : `health ${res?.status() ?? 'down'}`;
        },
        { message: `${part} restarted and healthy`, timeout: 180_000, intervals: [1_000] },
      )
      .toBe('ready');
  } finally {
    await ctx.dispose();
  }
}
