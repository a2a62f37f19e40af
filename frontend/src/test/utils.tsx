import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { UiProviders } from '../app/UiProviders';

function b64url(obj: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned access token shaped like Keycloak's (the SPA only reads its claims). */
export function fakeAccessToken(roles: string[], extra: Record<string, unknown> = {}) {
  return `${b64url({ alg: 'none' })}.${b64url({ realm_access: { roles: ['offline_access', ...roles] }, ...extra })}.x`;
}

/** A stand-in for react-oidc-context's useAuth() value. */
export function fakeAuth(roles: string[], name = 'Nguyễn Văn Cán Bộ') {
  return {
    isAuthenticated: true,
    isLoading: false,
    activeNavigator: undefined,
    error: undefined,
    user: { access_token: fakeAccessToken(roles), profile: { name, preferred_username: 'demo' } },
    signinRedirect: vi.fn(),
    signoutRedirect: vi.fn(),
    removeUser: vi.fn(),
    events: { addAccessTokenExpired: () => () => {} },
  };
}

export function json(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

type Handler = (req: Request) => Response | undefined | Promise<Response | undefined>;

/** Replaces global fetch with a tiny router over the API; unknown calls answer 404 problem+json. */
export function mockApi(handler: Handler) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    calls.push(req.clone());
    const res = await handler(req);
    return res ?? json({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    queryClient,
    ...render(
      <UiProviders>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </UiProviders>,
    ),
  };
}
