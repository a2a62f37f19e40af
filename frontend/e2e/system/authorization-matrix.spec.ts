import { expect, test, type APIRequestContext } from '@playwright/test';
import { CALLERS, POLICY, type Caller, type Rule } from './access-policy';
import { GATEWAY, KEYCLOAK, api, tokenFor } from './stack';

/*
 * The authorization matrix (issue 14): every operation of the merged OpenAPI document, called as every kind of
 * caller, answers as the declared policy (access-policy.ts) says. A unit's records beyond the public registry are
 * Sở Tư pháp's own here: its officer and leader, the province above it and other systems read them; the officer
 * and the leader of the criminal police, another unit of the province, do not.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const SO_TU_PHAP = '10000000-0000-0000-0000-000000000003';
/** An id that names no record: operations are called with it where the matrix has no record of its own. */
const NOWHERE = '00000000-0000-0000-0000-000000000000';
const STAMP = Date.now().toString(36).toUpperCase();
const YEAR = new Date().getFullYear();
const ACCOUNTS: Record<Exclude<Caller, 'anonymous' | 'integration'>, string> = {
  admin: 'admin.demo',
  officer: 'officer.demo',
  unitOfficer: 'unitofficer.demo',
  unitLeader: 'leader.demo',
  otherUnitOfficer: 'pc02.officer',
  otherUnitLeader: 'pc02.leader',
  council: 'council.demo',
};

interface Operation {
  key: string;
  method: string;
  path: string;
  body: 'json' | 'multipart' | 'none';
  requiredQuery: string[];
  /** Parameters the document types as integers (a record's sequence number, a tree size). */
  integers: string[];
}

async function operations(): Promise<Operation[]> {
  const res = await fetch(`${GATEWAY}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  const doc = (await res.json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: { content: Record<string, unknown> };
          parameters?: { in: string; name: string; required?: boolean; schema?: { type?: string } }[];
        }
      >
    >;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const content = Object.keys(op.requestBody?.content ?? {});
        return {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          path,
          body: content.includes('application/json')
            ? 'json'
            : content.some((c) => c.startsWith('multipart/'))
              ? 'multipart'
              : 'none',
          requiredQuery: (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name),
          integers: (op.parameters ?? []).filter((p) => p.schema?.type === 'integer').map((p) => p.name),
        } as Operation;
      }),
  );
}

async function integrationToken(): Promise<string> {
  const res = await fetch(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'thidua-integration',
      client_secret: 'thidua-integration-secret',
    }),
  });
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body).access_token as string;
}

async function created(res: Awaited<ReturnType<APIRequestContext['post']>>): Promise<string> {
  const body = await res.text();
  expect(res.status(), body).toBeLessThan(300);
  return JSON.parse(body).id as string;
}

test('the policy table declares exactly the operations of the merged OpenAPI document', async () => {
  const published = (await operations()).map((o) => o.key).sort();
  const declared = Object.keys(POLICY).sort();
  expect(
    published.filter((k) => !declared.includes(k)),
    'operations without a declared policy',
  ).toEqual([]);
  expect(
    declared.filter((k) => !published.includes(k)),
    'policies of operations that no longer exist',
  ).toEqual([]);
});

test('every operation answers every caller as the policy table declares', async () => {
  // Sở Tư pháp's records: a civil servant, her honour, her nomination and registration, the unit's assessment
  const unitOfficer = await api(await tokenFor(ACCOUNTS.unitOfficer));
  const secretariat = await api(await tokenFor(ACCOUNTS.officer));
  const fullName = `Nguyễn Thị Hạnh ${STAMP}`;
  const person = await created(
    await unitOfficer.post('/api/v1/people', {
      data: {
        unitId: SO_TU_PHAP,
        fullName,
        gender: 'FEMALE',
        birthYear: 1986,
        position: 'Chuyên viên Phòng Phổ biến, giáo dục pháp luật',
        ratings: { [YEAR - 1]: 'EXCELLENT' },
      },
    }),
  );
  const honour = await created(
    await secretariat.post('/api/v1/honours', {
      data: {
        awardType: 'CERTIFICATE_OF_COMMENDATION',
        recipientKind: 'INDIVIDUAL',
        unitId: SO_TU_PHAP,
        personId: person,
        year: YEAR - 1,
        decisionNumber: `${STAMP.slice(-4)}/QĐ-STP`,
        decidedOn: `${YEAR - 1}-12-20`,
        authority: 'Giám đốc Sở Tư pháp tỉnh Kon Tum',
      },
    }),
  );
  const nomination = await created(
    await unitOfficer.post('/api/v1/nominations', {
      data: {
        kind: 'UNIT',
        proposerUnitId: SO_TU_PHAP,
        nomineeKind: 'INDIVIDUAL',
        personId: person,
        year: YEAR,
        awardType: 'ADVANCED_WORKER',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ phổ biến, giáo dục pháp luật năm ' + YEAR,
      },
    }),
  );
  const registered = await unitOfficer.post('/api/v1/title-registrations', {
    data: { unitId: SO_TU_PHAP, year: YEAR, entries: [{ awardType: 'ADVANCED_WORKER', personId: person }] },
  });
  expect(registered.status(), await registered.text()).toBeLessThan(300);
  const assessed = await secretariat.put(`/api/v1/unit-assessments/${SO_TU_PHAP}/${YEAR - 1}`, {
    data: { rating: 'EXCELLENT', underInspection: false },
  });
  expect(assessed.status(), await assessed.text()).toBe(200);

  /** The records a fixture operation reads, and the record a filtered list must (or must not) show. */
  const fixtures: Record<string, { params?: Record<string, string>; query?: Record<string, string>; listed?: string }> =
    {
      'GET /api/v1/people/{id}': { params: { id: person } },
      'GET /api/v1/honours/{id}': { params: { id: honour } },
      'GET /api/v1/nominations/{id}': { params: { id: nomination } },
      'GET /api/v1/unit-assessments/{unitId}': { params: { unitId: SO_TU_PHAP } },
      'GET /api/v1/units/{id}': { params: { id: SO_TU_PHAP } },
      'GET /api/v1/title-registrations': { query: { unitId: SO_TU_PHAP, year: String(YEAR) } },
      'GET /api/v1/honours': { query: { unitId: SO_TU_PHAP, personId: person }, listed: honour },
      'GET /api/v1/people': { query: { unitId: SO_TU_PHAP, q: fullName }, listed: person },
      'GET /api/v1/nominations': { query: { unitId: SO_TU_PHAP, year: String(YEAR), size: '100' }, listed: nomination },
    };

  const tokens: Partial<Record<Caller, string>> = { integration: await integrationToken() };
  for (const [caller, username] of Object.entries(ACCOUNTS)) tokens[caller as Caller] = await tokenFor(username);

  const failures: string[] = [];
  let calls = 0;
  for (const op of await operations()) {
    const rule: Rule | undefined = POLICY[op.key];
    if (!rule) continue; // reported by the first test
    const fixture = fixtures[op.key];
    expect(rule.check.startsWith('fixture'), `${op.key}: a fixture check needs the matrix's records`).toBe(
      fixture !== undefined,
    );
    const url = new URL(
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (fixture?.params?.[name]) return fixture.params[name];
        if (name === 'year' || name === 'period') return String(YEAR);
        if (name === 'code') return 'ADVANCED_WORKER';
        return op.integers.includes(name) ? '1' : NOWHERE;
      }),
      GATEWAY,
    );
    for (const name of op.requiredQuery) {
      url.searchParams.set(
        name,
        name === 'year' ? String(YEAR) : name === 'unitId' ? SO_TU_PHAP : op.integers.includes(name) ? '1' : NOWHERE,
      );
    }
    for (const [name, value] of Object.entries(fixture?.query ?? {})) url.searchParams.set(name, value);

    for (const caller of CALLERS) {
      const headers: Record<string, string> = {};
      if (tokens[caller]) headers.Authorization = `Bearer ${tokens[caller]}`;
      if (op.body === 'json') headers['Content-Type'] = 'application/json';
      const res = await fetch(url, { method: op.method, headers, body: op.body === 'json' ? '{}' : undefined });
      const text = await res.text();
      calls++;
      const status = res.status;
      const ok = status >= 200 && status < 300;
      const refused = status === 401 || status === 403;
      const allowed = rule.allow.includes(caller);
      const found = ok && fixture?.listed !== undefined && text.includes(fixture.listed);
      const said = `${op.key} as ${caller}: ${status}`;
      if (status >= 500) failures.push(`${said} (a server error)`);
      if (caller === 'anonymous' && !allowed && status !== 401) failures.push(`${said}, expected 401 without a token`);
      if (caller !== 'anonymous' && status === 401) failures.push(`${said}, a valid token was not accepted`);
      switch (rule.check) {
        case 'role':
          if (allowed && refused) failures.push(`${said}, refused though the policy allows it`);
          if (!allowed && !refused)
            failures.push(`${said}, not allowed by the policy: expected a refusal before anything is read`);
          break;
        case 'fixture':
          if (allowed && !ok) failures.push(`${said}, expected to read Sở Tư pháp's record`);
          if (!allowed && !(refused || status === 404))
            failures.push(`${said}, not allowed by the policy: expected 403 or 404`);
          break;
        case 'fixture-list':
          if (allowed && !found) failures.push(`${said}, expected to find Sở Tư pháp's record in the list`);
          if (!allowed && !(refused || (ok && !found)))
            failures.push(`${said}, not allowed by the policy: the list shows the record`);
          break;
        case 'resource':
          if (ok && !allowed) failures.push(`${said}, not allowed by the policy`);
          break;
      }
    }
  }
  expect(calls).toBe(Object.keys(POLICY).length * CALLERS.length);
  expect(failures, `${failures.length} of ${calls} answers break the policy`).toEqual([]);
});
