import { useMutation, useQuery, useQueryClient, skipToken } from '@tanstack/react-query';
import * as votingApi from './api';

export const votingKeys = {
  all: ['voting'] as const,
  councils: ['voting', 'councils'] as const,
  council: (id: string) => ['voting', 'council', id] as const,
  sessions: ['voting', 'sessions'] as const,
  session: (id: string) => ['voting', 'session', id] as const,
  progress: (id: string) => ['voting', 'progress', id] as const,
  result: (id: string) => ['voting', 'result', id] as const,
};

/** How often live views refresh while a session takes ballots. */
export const LIVE_REFRESH_MS = 3000;

export const useCouncils = () => useQuery({ queryKey: votingKeys.councils, queryFn: votingApi.fetchCouncils });

export const useCouncil = (id: string | undefined) =>
  useQuery({ queryKey: votingKeys.council(id ?? ''), queryFn: id ? () => votingApi.fetchCouncil(id) : skipToken });

export const useSessions = () => useQuery({ queryKey: votingKeys.sessions, queryFn: votingApi.fetchSessions });

/** The session; refreshed while it is open so the organizer sees the roll fill up. */
export const useSession = (id: string) =>
  useQuery({
    queryKey: votingKeys.session(id),
    queryFn: () => votingApi.fetchSession(id),
    refetchInterval: (q) => (q.state.data?.status === 'OPEN' ? LIVE_REFRESH_MS : false),
  });

export const useProgress = (id: string) =>
  useQuery({
    queryKey: votingKeys.progress(id),
    queryFn: () => votingApi.fetchProgress(id),
    refetchInterval: LIVE_REFRESH_MS,
  });

export const useResult = (id: string, enabled = true) =>
  useQuery({ queryKey: votingKeys.result(id), queryFn: () => votingApi.fetchResult(id), enabled, retry: false });

/** A change to a session or council; everything voting-related is read again afterwards. */
export function useVotingAction<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: votingKeys.all });
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['awards'] });
    },
  });
}
