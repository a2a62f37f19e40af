import { expect, request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './support';

/** The API as a demo account calls it, with a real Keycloak token: for setup a journey is not about. */
export const GATEWAY = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
export const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';

/** An access token of a demo account, through the dev realm's CLI client (direct grant). */
export async function tokenFor(username: string): Promise<string> {
  const ctx = await request.newContext();
  try {
    const res = await ctx.post(`${KEYCLOAK}/realms/thidua/protocol/openid-connect/token`, {
      form: { grant_type: 'password', client_id: 'thidua-cli', username, password: DEMO_PASSWORD },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()).access_token as string;
  } finally {
    await ctx.dispose();
  }
}

export async function api(token: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: GATEWAY, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
}
