/** Keycloak realm roles of the thidua realm (ARCHITECTURE.md, Security). */
export const ROLES = ['admin', 'officer', 'council-member', 'unit-leader', 'unit-officer', 'integration'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Decodes a JWT's payload (no signature check: the services verify tokens; the SPA only reads claims). */
export function decodeJwtPayload(token: string | null | undefined): Record<string, unknown> | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length < 2) return null;
  try {
    let b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    const binary = atob(b64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const json = new TextDecoder().decode(bytes);
    const payload: unknown = JSON.parse(json);
    return payload && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The known realm roles in an access token (`realm_access.roles`); unknown roles such as offline_access are dropped. */
export function rolesFromAccessToken(token: string | null | undefined): Role[] {
  const payload = decodeJwtPayload(token);
  const realmAccess = payload?.realm_access;
  const roles = realmAccess && typeof realmAccess === 'object' ? (realmAccess as { roles?: unknown }).roles : undefined;
  return Array.isArray(roles) ? ROLES.filter((r) => roles.includes(r)) : [];
}

/** Roles in order of precedence, for the one role label shown in the header. */
const PRECEDENCE: readonly Role[] = [
  'admin',
  'officer',
  'council-member',
  'unit-leader',
  'unit-officer',
  'integration',
];

export function primaryRole(roles: readonly string[]): Role | undefined {
  return PRECEDENCE.find((r) => roles.includes(r));
}

export interface Permissions {
  /** Create, edit, deactivate and activate units. */
  manageUnits: boolean;
  /** Create, invite, re-assign and lock the accounts of the units one organizes (officer), or of all (admin). */
  manageAccounts: boolean;
  /** Register, report and publish models for the user's own unit (unit officer or leader). */
  actForUnit: boolean;
  /** Approve and submit for the unit, sign, cast the unit's vote (unit leader). */
  leadUnit: boolean;
  /** See the councils (Hội đồng TĐKT) and their members: the secretariat and the members themselves. */
  seeCouncils: boolean;
}

export function permissionsFor(roles: readonly string[]): Permissions {
  const has = (r: Role) => roles.includes(r);
  return {
    manageUnits: has('officer') || has('admin'),
    manageAccounts: has('officer') || has('admin'),
    actForUnit: has('unit-officer') || has('unit-leader'),
    leadUnit: has('unit-leader'),
    seeCouncils: has('officer') || has('admin') || has('council-member'),
  };
}
