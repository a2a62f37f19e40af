import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BlocUpdate,
  BlocView,
  ConfirmRanking,
  CovenantDraft,
  EndMembership,
  MeetingInput,
  NewBloc,
  NewMembers,
  ScorecardInput,
  SetTerm,
} from '../../api/types';
import { useCurrentUser } from '../../auth/currentUser';
import { useSession } from '../../auth/session';
import { isApiError } from '../../api/problem';
import * as blocsApi from './api';
import type { BlocFilters } from './api';

export const blocKeys = {
  all: ['blocs'] as const,
  list: (f: BlocFilters) => ['blocs', 'list', f] as const,
  detail: (id: string) => ['blocs', id] as const,
  members: (id: string, on: string | undefined) => ['blocs', id, 'members', on ?? 'today'] as const,
  history: (id: string) => ['blocs', id, 'members', 'history'] as const,
  terms: (id: string) => ['blocs', id, 'terms'] as const,
  unapplied: (id: string) => ['blocs', id, 'terms', 'unapplied'] as const,
  covenant: (id: string, year: number) => ['blocs', id, 'covenants', year] as const,
  covenants: (id: string) => ['blocs', id, 'covenants'] as const,
  board: (id: string, year: number) => ['blocs', id, 'covenants', year, 'board'] as const,
  meetings: (id: string) => ['blocs', id, 'meetings'] as const,
  scoring: (id: string, year: number) => ['blocs', id, 'scoring', year] as const,
  scorecards: (id: string, year: number) => ['blocs', id, 'scoring', year, 'mine'] as const,
  honours: (id: string) => ['blocs', id, 'honours'] as const,
};

/** How often the signing board asks who has signed (it is projected at the conference). */
export const BOARD_REFRESH_MS = 3_000;

export function useBlocs(filters: BlocFilters) {
  return useQuery({
    queryKey: blocKeys.list(filters),
    queryFn: () => blocsApi.fetchBlocs(filters),
    placeholderData: keepPreviousData,
  });
}

export function useBloc(id: string) {
  return useQuery({ queryKey: blocKeys.detail(id), queryFn: () => blocsApi.fetchBloc(id) });
}

export function useMembers(blocId: string, on: string | undefined) {
  return useQuery({ queryKey: blocKeys.members(blocId, on), queryFn: () => blocsApi.fetchMembers(blocId, on) });
}

export function useMemberHistory(blocId: string, enabled: boolean) {
  return useQuery({ queryKey: blocKeys.history(blocId), queryFn: () => blocsApi.fetchMemberHistory(blocId), enabled });
}

/** Election results from voting sessions that the bloc could not take, with the reason. */
export function useUnappliedElections(blocId: string) {
  return useQuery({ queryKey: blocKeys.unapplied(blocId), queryFn: () => blocsApi.fetchUnappliedElections(blocId) });
}

export function useTerms(blocId: string) {
  return useQuery({ queryKey: blocKeys.terms(blocId), queryFn: () => blocsApi.fetchTerms(blocId) });
}

/** Every covenant of the bloc, newest year first (earlier years may be recorded after the fact). */
export function useCovenants(blocId: string) {
  return useQuery({ queryKey: blocKeys.covenants(blocId), queryFn: () => blocsApi.fetchCovenants(blocId) });
}

/** The covenant of a year, or null when none was drafted yet (404). */
export function useCovenant(blocId: string, year: number) {
  return useQuery({
    queryKey: blocKeys.covenant(blocId, year),
    queryFn: async () => {
      try {
        return await blocsApi.fetchCovenant(blocId, year);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useSigningBoard(blocId: string, year: number) {
  return useQuery({
    queryKey: blocKeys.board(blocId, year),
    queryFn: () => blocsApi.fetchSigningBoard(blocId, year),
    refetchInterval: BOARD_REFRESH_MS,
    refetchIntervalInBackground: true,
  });
}

/** Every change to a bloc refreshes everything shown about it (counts, terms and covenant depend on each other). */
function useInvalidateBloc() {
  const qc = useQueryClient();
  return (blocId?: string) => qc.invalidateQueries({ queryKey: blocId ? blocKeys.detail(blocId) : blocKeys.all });
}

export function useCreateBloc() {
  const invalidate = useInvalidateBloc();
  return useMutation({ mutationFn: (body: NewBloc) => blocsApi.createBloc(body), onSuccess: () => invalidate() });
}

export function useUpdateBloc() {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: BlocUpdate }) => blocsApi.updateBloc(id, body),
    onSuccess: () => invalidate(),
  });
}

export function useAddMembers(blocId: string) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: (body: NewMembers) => blocsApi.addMembers(blocId, body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useEndMembership(blocId: string) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: ({ membershipId, body }: { membershipId: string; body: EndMembership }) =>
      blocsApi.endMembership(blocId, membershipId, body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useSetTerm(blocId: string) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: SetTerm }) => blocsApi.setTerm(blocId, year, body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useSaveCovenant(blocId: string, year: number) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: (body: CovenantDraft) => blocsApi.saveCovenant(blocId, year, body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useCovenantStep(blocId: string, year: number) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: (step: 'open' | 'close') =>
      step === 'open' ? blocsApi.openCovenant(blocId, year) : blocsApi.closeCovenant(blocId, year),
    onSuccess: () => invalidate(blocId),
  });
}

export function useSignCovenant(blocId: string, year: number) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: (textSha256: string) => blocsApi.signCovenant(blocId, year, textSha256),
    onSuccess: () => invalidate(blocId),
  });
}

/**
 * Whether the current user runs the bloc's business of the year (meetings, scoring): the organizer's
 * officers, or the leader of that year's head unit. The service decides; this only shows the buttons.
 */
export function useRunsBloc(bloc: BlocView | undefined) {
  const { roles } = useSession();
  const me = useCurrentUser();
  if (!bloc) return false;
  if (bloc.manageable) return true;
  return roles.includes('unit-leader') && !!me.data?.unitId && me.data.unitId === bloc.currentTerm?.head?.id;
}

export function useMeetings(blocId: string) {
  return useQuery({ queryKey: blocKeys.meetings(blocId), queryFn: () => blocsApi.fetchMeetings(blocId) });
}

export function useSaveMeeting(blocId: string) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: ({ meetingId, body }: { meetingId?: string; body: MeetingInput }) =>
      meetingId ? blocsApi.updateMeeting(blocId, meetingId, body) : blocsApi.createMeeting(blocId, body),
    onSuccess: () => invalidate(blocId),
  });
}

/** The scoring of a year, or null before it was opened (404). */
export function useScoring(blocId: string, year: number) {
  return useQuery({
    queryKey: blocKeys.scoring(blocId, year),
    queryFn: async () => {
      try {
        return await blocsApi.fetchScoring(blocId, year);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useMyScorecards(blocId: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: blocKeys.scorecards(blocId, year),
    queryFn: () => blocsApi.fetchMyScorecards(blocId, year),
    enabled,
  });
}

export function useScoringStep(blocId: string, year: number) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: (step: { kind: 'open' } | { kind: 'close' } | { kind: 'confirm'; body: ConfirmRanking }) =>
      step.kind === 'open'
        ? blocsApi.openScoring(blocId, year)
        : step.kind === 'close'
          ? blocsApi.closeScoring(blocId, year)
          : blocsApi.confirmRanking(blocId, year, step.body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useSubmitScorecard(blocId: string, year: number) {
  const invalidate = useInvalidateBloc();
  return useMutation({
    mutationFn: ({ scoredUnitId, body }: { scoredUnitId: string; body: ScorecardInput }) =>
      blocsApi.submitScorecard(blocId, year, scoredUnitId, body),
    onSuccess: () => invalidate(blocId),
  });
}

export function useHonours(blocId: string) {
  return useQuery({ queryKey: blocKeys.honours(blocId), queryFn: () => blocsApi.fetchHonours(blocId) });
}
