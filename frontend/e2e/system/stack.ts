import { expect, request, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Helpers for the system journeys: they call the APIs with real Keycloak tokens and stop parts of the
 * stack started by `./thidua test` (whose launcher restarts a part that stops unexpectedly).
 */
import { GATEWAY, KEYCLOAK, api, tokenFor } from '../api';
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A token of Keycloak's master admin, to add accounts through its admin API. */
export async function adminToken(): Promise<string> {
  const ctx = await request.newContext();
  try {
    const res = await ctx.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
      form: {
        grant_type: 'password',
        client_id: 'admin-cli',
        username: 'admin',
        password: process.env.E2E_KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()).access_token as string;
  } finally {
    await ctx.dispose();
  }
}

/** Adds council members (delegates) of Kon Tum to the realm in one call, each with the given password. */
export async function importDelegates(usernames: string[], password: string) {
  const users = usernames.map((username, k) => ({
    username,
    enabled: true,
    emailVerified: true,
    firstName: 'Đại biểu',
    lastName: `số ${k + 1}`,
    email: `${username}@thidua.example`,
    attributes: { unit_id: [KON_TUM] },
    realmRoles: ['council-member'],
    credentials: [{ type: 'password', value: password, temporary: false }],
  }));
  const imported = await fetch(`${KEYCLOAK}/admin/realms/thidua/partialImport`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ifResourceExists: 'FAIL', users }),
  });
  expect(imported.status, await imported.text()).toBe(200);
}

/** Keycloak keeps its realm in the same PostgreSQL: right after a restart it answers 500 until its pool reconnects. */
export async function passwordToken(username: string, password: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'thidua-cli', username, password }),
    });
    const body = await res.text();
    if (res.status >= 500 && Date.now() < deadline) {
      await sleep(1000);
      continue;
    }
    expect(res.status, body).toBe(200);
    return JSON.parse(body).access_token as string;
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

/**
 * A council of Kon Tum whose members are the given delegates (the first chairs it, the second is its secretary) and
 * an open session of one approval question, opened by the secretary.
 */
export async function openCouncilSession(
  delegates: string[],
  secretaryToken: string,
  titles: { council: string; session: string; question: string },
): Promise<{ id: string; question: string }> {
  const officer = await api(await tokenFor('officer.demo'));
  const council = await officer.post('/api/v1/councils', {
    data: {
      organizingUnitId: KON_TUM,
      name: titles.council,
      termFrom: `${new Date().getFullYear() - 1}-01-01`,
      members: delegates.map((username, k) => ({
        username,
        fullName: `Đại biểu số ${k + 1}`,
        role: k === 0 ? 'CHAIR' : k === 1 ? 'SECRETARY' : 'MEMBER',
      })),
    },
  });
  expect(council.status(), await council.text()).toBe(201);
  const secretary = await api(secretaryToken);
  const opened = await secretary.post('/api/v1/voting-sessions', {
    data: {
      kind: 'COUNCIL',
      councilId: (await council.json()).id,
      title: titles.session,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      questions: [{ kind: 'APPROVAL', title: titles.question }],
    },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const session = await opened.json();
  return { id: session.id as string, question: session.questions[0].id as string };
}

/**
 * The secretary closes the session; its published count holds `voters` ballots, each with its own receipt, every
 * receipt given among them. Returns the count of each answer.
 */
export async function closeAndCheckCount(
  sessionId: string,
  secretaryToken: string,
  voters: number,
  receipts: Iterable<string>,
) {
  const secretary = await api(secretaryToken);
  const current = await (await secretary.get(`/api/v1/voting-sessions/${sessionId}`)).json();
  const closed = await secretary.post(`/api/v1/voting-sessions/${sessionId}/close?version=${current.version}`);
  expect(closed.status(), await closed.text()).toBe(200);
  const result = await (await request.newContext()).get(`${GATEWAY}/api/v1/voting-sessions/${sessionId}/result`);
  expect(result.status(), await result.text()).toBe(200);
  const round = (await result.json()).rounds[0];
  const published = new Set<string>(round.ballots.map((b: { receipt: string }) => b.receipt));
  expect(round.ballots.length, 'ballots counted').toBe(voters);
  expect(published.size, 'distinct receipts').toBe(voters);
  expect(
    [...receipts].filter((r) => !published.has(r)),
    'acknowledged ballots missing from the count',
  ).toEqual([]);
  return Object.fromEntries(
    round.questions[0].result.counts.map((c: { key: string; votes: number }) => [c.key, c.votes]),
  );
}
