import { describe, expect, it } from 'vitest';
import { createUserManager, onSigninCallback, safeReturnTo } from './oidc';

describe('safeReturnTo', () => {
  it('allows same-origin paths only', () => {
    expect(safeReturnTo('/units?q=a')).toBe('/units?q=a');
    expect(safeReturnTo('//evil.example/x')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});

describe('createUserManager', () => {
  it('uses the code flow with the origin as redirect and post-logout URI and silent renew', () => {
    const um = createUserManager(
      { oidcAuthority: 'http://localhost:8180/realms/thidua', oidcClientId: 'thidua-spa' },
      'http://localhost:8080',
    );
    expect(um.settings.authority).toBe('http://localhost:8180/realms/thidua');
    expect(um.settings.client_id).toBe('thidua-spa');
    expect(um.settings.response_type).toBe('code');
    expect(um.settings.redirect_uri).toBe('http://localhost:8080/');
    expect(um.settings.post_logout_redirect_uri).toBe('http://localhost:8080/');
    expect(um.settings.automaticSilentRenew).toBe(true);
  });
});

describe('onSigninCallback', () => {
  it('removes code and state from the address and returns to the saved path', () => {
    window.history.replaceState({}, '', '/?code=abc&state=xyz&session_state=s');
    onSigninCallback({ state: { returnTo: '/units?q=S%E1%BB%9F' } } as never);
    expect(window.location.pathname).toBe('/units');
    expect(window.location.search).toBe('?q=S%E1%BB%9F');
    window.history.replaceState({}, '', '/?code=abc&state=xyz');
    onSigninCallback(undefined);
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });
});
