import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { GATEWAY, KEYCLOAK } from '../api';
import { login } from '../support';

/*
 * The edges an attacker meets first (issue 14): the browser protections on every answer, a Content-Security-Policy
 * the app and Swagger UI really work under, a limit on requests per user, and a realm that locks an account
 * after repeated wrong passwords, refuses weak passwords and hands out short-lived tokens.
 */
// each test stands alone (its own throwaway account), so one failing does not skip the others
test.describe.configure({ timeout: 180_000 });

const REALM = `${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`;
const ADMIN_PASSWORD = process.env.E2E_KEYCLOAK_ADMIN_PASSWORD ?? 'admin';
const GATEWAY_MANAGEMENT = process.env.E2E_GATEWAY_MANAGEMENT_URL ?? 'http://127.0.0.1:9080';
/** meets the realm's password policy: 10+ characters with upper and lower case, a digit and a sign */
const STRONG_PASSWORD = 'Khoi-3-DakLak!';

let keycloak: APIRequestContext;
let admin: APIRequestContext;

test.beforeAll(async () => {
  keycloak = await request.newContext();
  const res = await keycloak.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: ADMIN_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  admin = await request.newContext({
    baseURL: `${KEYCLOAK}/admin/realms/thidua/`,
    extraHTTPHeaders: { Authorization: `Bearer ${(await res.json()).access_token}` },
  });
});

test.afterAll(async () => {
  await admin?.dispose();
  await keycloak?.dispose();
});

/** A throwaway account of the realm (this journey locks and floods it), without any role. */
async function newAccount(prefix: string): Promise<{ id: string; username: string }> {
  const username = `${prefix}-${Date.now()}`;
  const created = await admin.post('users', {
    data: {
      username,
      enabled: true,
      firstName: 'Kiểm',
      lastName: 'Thử',
      email: `${username}@thidua.example`,
      emailVerified: true,
      credentials: [{ type: 'password', value: STRONG_PASSWORD, temporary: false }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = created.headers()['location'].split('/').at(-1) ?? '';
  return { id, username };
}

function signIn(username: string, password: string) {
  return keycloak.post(REALM, { form: { grant_type: 'password', client_id: 'thidua-cli', username, password } });
}

const PROTECTIONS: Record<string, RegExp> = {
  'content-security-policy': /frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^DENY$/,
  'referrer-policy': /^no-referrer$/,
  'permissions-policy': /camera=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
};

test('every answer of the app and the API carries the browser protections, HEAD included', async () => {
  const ctx = await request.newContext({ baseURL: GATEWAY });
  try {
    for (const [method, path, status] of [
      ['HEAD', '/', 200],
      ['GET', '/', 200],
      ['GET', '/public/honours', 200],
      ['HEAD', '/api/v1/honours/public', 200],
      ['GET', '/api/v1/honours/public', 200],
      ['GET', '/api/v1/units', 401],
      ['GET', '/q/metrics', 404],
    ] as const) {
      const res = await ctx.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(status);
      const headers = res.headers();
      for (const [name, value] of Object.entries(PROTECTIONS)) {
        expect(headers[name], `${name} on ${method} ${path}`).toMatch(value);
      }
    }
    const spa = (await ctx.get('/')).headers()['content-security-policy'];
    expect(spa).toContain("script-src 'self';");
    expect(spa).toContain(`connect-src 'self' ${new URL(KEYCLOAK).origin}`);
    expect((await ctx.get('/api/v1/honours/public')).headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  } finally {
    await ctx.dispose();
  }
});

/** Every policy violation the page reports, from the DOM event and from the console. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective}) by Content Security Policy`),
    );
  });
  return violations;
}

test('the app signs in and works under its Content-Security-Policy without a single violation', async ({ page }) => {
  const violations = recordViolations(page);
  await page.goto('/public/honours');
  await expect(page.locator('#root')).not.toContainText('Đang tải…');
  await login(page, 'officer.demo');
  for (const entry of ['blocs', 'campaigns', 'awards', 'voting', 'units'] as const) {
    await page.getByTestId(`nav-${entry}`).click();
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('Swagger UI on the management interface renders the API under its policy', async ({ page }) => {
  const violations = recordViolations(page);
  const res = await page.goto(`${GATEWAY_MANAGEMENT}/api/v1/swagger-ui/`);
  expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('.opblock').first()).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
});

test('a burst over the per-user limit is answered 429 with Retry-After, as problem+json', async () => {
  const account = await newAccount('burst');
  const token = (await (await signIn(account.username, STRONG_PASSWORD)).json()).access_token as string;
  try {
    // Node's own fetch: Playwright's request context relays each call through its driver, too slowly for a burst
    const answers = await Promise.all(
      Array.from({ length: 600 }, async () => {
        const res = await fetch(`${GATEWAY}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
        return {
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          type: res.headers.get('content-type'),
          body: await res.text(),
        };
      }),
    );
    const refused = answers.filter((res) => res.status === 429);
    expect(refused.length, 'requests refused of 600 sent at once').toBeGreaterThan(0);
    expect(answers.filter((res) => res.status >= 500)).toEqual([]);
    const first = refused[0];
    expect(Number(first.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(first.type).toContain('application/problem+json');
    expect(JSON.parse(first.body).title).toBe('Quá nhiều yêu cầu');
  } finally {
    await admin.delete(`users/${account.id}`);
  }
});

test('repeated wrong passwords lock the account for a while, even against the right one', async () => {
  const account = await newAccount('lockout');
  try {
    expect((await signIn(account.username, STRONG_PASSWORD)).status()).toBe(200);
    // a person's pace: two failures within a second would lock the account at once (the realm's quick-login check)
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect([400, 401]).toContain((await signIn(account.username, `Sai-mat-khau-${i}`)).status());
    }
    const locked = await signIn(account.username, STRONG_PASSWORD);
    expect(locked.status(), await locked.text()).not.toBe(200);
    const status = await (await admin.get(`attack-detection/brute-force/users/${account.id}`)).json();
    expect(status.disabled).toBe(true);
    expect(status.numFailures).toBeGreaterThanOrEqual(5);
  } finally {
    await admin.delete(`users/${account.id}`);
  }
});

test('the realm refuses a weak password and hands out short access tokens with a refresh token', async () => {
  const account = await newAccount('policy');
  try {
    const weak = await admin.put(`users/${account.id}/reset-password`, {
      data: { type: 'password', value: 'demo123', temporary: false },
    });
    expect(weak.status(), await weak.text()).toBe(400);
    const tokens = await (await signIn(account.username, STRONG_PASSWORD)).json();
    const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(300);
    const refreshed = await keycloak.post(REALM, {
      form: { grant_type: 'refresh_token', client_id: 'thidua-cli', refresh_token: tokens.refresh_token },
    });
    expect(refreshed.status(), await refreshed.text()).toBe(200);
  } finally {
    await admin.delete(`users/${account.id}`);
  }
});
