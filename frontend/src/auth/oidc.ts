import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from '../app/config';

/** The state carried through the Keycloak round trip: where to return after sign-in. */
export interface SigninState {
  returnTo?: string;
}

/** Only same-origin paths are allowed as a return target (no `//host` or absolute URLs). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  return value;
}

export function appOrigin() {
  return window.location.origin;
}

export function createUserManager(config: AppConfig, origin: string = appOrigin()) {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    // Authorization Code + PKCE (oidc-client-ts always uses PKCE for the code flow).
    response_type: 'code',
    scope: 'openid profile email',
    // The SPA root always serves index.html, so the code comes back to the origin itself.
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** After the code exchange: drop `?code=…&state=…` from the address bar and go back where the user started. */
export function onSigninCallback(user: User | void) {
  const state = (user?.state ?? undefined) as SigninState | undefined;
  window.history.replaceState({}, document.title, safeReturnTo(state?.returnTo));
}

export function currentPath() {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
