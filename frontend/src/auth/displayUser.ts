import { useSession } from './session';
import { useCurrentUser } from './currentUser';
import { primaryRole } from './roles';

/** Who is signed in: name, role and unit (from GET /api/v1/me, falling back to the token's claims). */
export function useDisplayUser() {
  const session = useSession();
  const me = useCurrentUser();
  const roles = me.data?.roles?.length ? me.data.roles : session.roles;
  const role = primaryRole(roles) ?? session.primaryRole;
  return {
    name: me.data?.name || session.tokenName || me.data?.username || session.tokenUsername || '',
    role,
    unitId: me.data?.unitId ?? undefined,
    unitName: me.data?.unitName ?? undefined,
    loading: me.isLoading,
    logout: session.logout,
  };
}
