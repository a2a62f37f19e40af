import { useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import { appOrigin } from './oidc';
import { permissionsFor, primaryRole, rolesFromAccessToken, type Permissions, type Role } from './roles';

export interface Session {
  roles: Role[];
  primaryRole: Role | undefined;
  permissions: Permissions;
  /** Display name from the ID token (fallback while /api/v1/me loads). */
  tokenName: string | undefined;
  tokenUsername: string | undefined;
  logout: () => Promise<void>;
}

/** The signed-in user's roles and permissions, from the access token's realm_access.roles. */
export function useSession(): Session {
  const auth = useAuth();
  const accessToken = auth.user?.access_token;
  const profile = auth.user?.profile;
  const { signoutRedirect } = auth;
  return useMemo(() => {
    const roles = rolesFromAccessToken(accessToken);
    return {
      roles,
      primaryRole: primaryRole(roles),
      permissions: permissionsFor(roles),
      tokenName: typeof profile?.name === 'string' ? profile.name : undefined,
      tokenUsername: typeof profile?.preferred_username === 'string' ? profile.preferred_username : undefined,
      logout: () => signoutRedirect({ post_logout_redirect_uri: `${appOrigin()}/` }),
    };
  }, [accessToken, profile, signoutRedirect]);
}
