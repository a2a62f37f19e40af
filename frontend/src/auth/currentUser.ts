import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CurrentUserView } from '../api/types';

export const currentUserKey = ['me'] as const;

export function fetchCurrentUser() {
  return unwrap<CurrentUserView>(api.GET('/api/v1/me'));
}

/** GET /api/v1/me: name, roles and unit of the signed-in user. */
export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: fetchCurrentUser, staleTime: 5 * 60_000 });
}
