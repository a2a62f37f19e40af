import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, permissionsFor, primaryRole, rolesFromAccessToken } from './roles';

function b64url(obj: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const jwt = (payload: unknown) => `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(payload)}.signature`;

describe('decodeJwtPayload', () => {
  it('decodes a base64url payload with Vietnamese text', () => {
    const payload = decodeJwtPayload(jwt({ name: 'Nguyễn Văn Đức', unit_id: 'u1' }));
    expect(payload).toEqual({ name: 'Nguyễn Văn Đức', unit_id: 'u1' });
  });

  it('returns null for anything that is not a JWT', () => {
    expect(decodeJwtPayload(undefined)).toBeNull();
    expect(decodeJwtPayload('')).toBeNull();
    expect(decodeJwtPayload('not-a-token')).toBeNull();
    expect(decodeJwtPayload('a.%%%.c')).toBeNull();
    expect(decodeJwtPayload(`x.${b64url([1, 2])}.y`)).toBeNull();
  });
});

describe('rolesFromAccessToken', () => {
  it('keeps the known realm roles and drops Keycloak defaults', () => {
    const token = jwt({
      realm_access: { roles: ['offline_access', 'officer', 'default-roles-thidua', 'unit-officer'] },
    });
    expect(rolesFromAccessToken(token)).toEqual(['officer', 'unit-officer']);
  });

  it('ignores client roles and missing claims', () => {
    expect(rolesFromAccessToken(jwt({ resource_access: { 'thidua-spa': { roles: ['admin'] } } }))).toEqual([]);
    expect(rolesFromAccessToken(jwt({ realm_access: { roles: 'admin' } }))).toEqual([]);
    expect(rolesFromAccessToken(undefined)).toEqual([]);
  });
});

describe('permissionsFor', () => {
  it.each([
    [['officer'], true],
    [['admin'], true],
    [['unit-officer', 'officer'], true],
    [['unit-officer'], false],
    [['unit-leader'], false],
    [['council-member'], false],
    [['integration'], false],
    [[], false],
    [['Officer'], false],
  ])('roles %j may manage units: %s', (roles, expected) => {
    expect(permissionsFor(roles).manageUnits).toBe(expected);
  });

  it.each([
    [['unit-officer'], true, false],
    [['unit-leader'], true, true],
    [['officer'], false, false],
    [['council-member'], false, false],
  ])('roles %j act for their unit: %s, lead it: %s', (roles, act, lead) => {
    expect(permissionsFor(roles).actForUnit).toBe(act);
    expect(permissionsFor(roles).leadUnit).toBe(lead);
  });

  it.each([
    [['officer'], true],
    [['admin'], true],
    [['council-member'], true],
    [['unit-officer'], false],
    [['unit-leader'], false],
    [['integration'], false],
  ])('roles %j see the councils (the API answers them, not 403): %s', (roles, expected) => {
    expect(permissionsFor(roles).seeCouncils).toBe(expected);
  });
});

describe('primaryRole', () => {
  it('picks the most powerful known role', () => {
    expect(primaryRole(['unit-officer', 'admin'])).toBe('admin');
    expect(primaryRole(['unit-leader', 'council-member'])).toBe('council-member');
    expect(primaryRole(['offline_access'])).toBeUndefined();
  });
});
