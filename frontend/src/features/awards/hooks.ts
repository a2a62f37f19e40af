import { keepPreviousData, useMutation, useQuery, useQueryClient, skipToken } from '@tanstack/react-query';
import * as awardsApi from './api';
import type { HonourFilters, NominationFilters } from './api';

export const awardKeys = {
  all: ['awards'] as const,
  types: (unitId?: string) => ['awards', 'types', unitId ?? ''] as const,
  ruleSets: ['awards', 'rule-sets'] as const,
  people: (unitId?: string, q = '', below = false) => ['awards', 'people', unitId ?? '', q, below] as const,
  registrations: (unitId: string, year: number) => ['awards', 'registrations', unitId, year] as const,
  nominations: (f: NominationFilters) => ['awards', 'nominations', f] as const,
  nomination: (id: string) => ['awards', 'nomination', id] as const,
  notices: ['awards', 'notices'] as const,
  published: ['awards', 'notices', 'public'] as const,
  objections: (noticeId: string) => ['awards', 'objections', noticeId] as const,
  decisions: ['awards', 'decisions'] as const,
  decision: (id: string) => ['awards', 'decision', id] as const,
  honours: (f: HonourFilters, open: boolean) => ['awards', 'honours', open ? 'public' : 'registry', f] as const,
  statistics: (year?: number) => ['awards', 'statistics', year ?? 0] as const,
};

export const useAwardTypes = (unitId?: string) =>
  useQuery({
    queryKey: awardKeys.types(unitId),
    queryFn: () => awardsApi.fetchAwardTypes(unitId),
    staleTime: 10 * 60_000,
  });

/** The award names a registry filters by: the public list when the reader may not be signed in. */
export const useAwardNames = (open: boolean) =>
  useQuery<{ code: string; name?: string }[]>({
    queryKey: [...awardKeys.types(), open ? 'public' : 'signed-in'],
    queryFn: open ? awardsApi.fetchPublicAwardTypes : () => awardsApi.fetchAwardTypes(),
    staleTime: 10 * 60_000,
  });

export const useRuleSets = () => useQuery({ queryKey: awardKeys.ruleSets, queryFn: awardsApi.fetchRuleSets });

export const usePeople = (unitId: string | undefined, q = '', below = false) =>
  useQuery({
    queryKey: awardKeys.people(unitId, q, below),
    queryFn: () => awardsApi.fetchPeople(unitId, q, below),
    enabled: !!unitId,
  });

export const useRegistrations = (unitId: string | undefined, year: number) =>
  useQuery({
    queryKey: awardKeys.registrations(unitId ?? '', year),
    queryFn: unitId ? () => awardsApi.fetchRegistrations(unitId, year) : skipToken,
  });

export const useNominations = (f: NominationFilters) =>
  useQuery({
    queryKey: awardKeys.nominations(f),
    queryFn: () => awardsApi.fetchNominations(f),
    placeholderData: keepPreviousData,
  });

export const useNomination = (id: string) =>
  useQuery({ queryKey: awardKeys.nomination(id), queryFn: () => awardsApi.fetchNomination(id) });

export const useNotices = (enabled: boolean) =>
  useQuery({ queryKey: awardKeys.notices, queryFn: awardsApi.fetchNotices, enabled });

export const usePublishedNotices = () =>
  useQuery({ queryKey: awardKeys.published, queryFn: awardsApi.fetchPublishedNotices });

export const useObjections = (noticeId: string) =>
  useQuery({ queryKey: awardKeys.objections(noticeId), queryFn: () => awardsApi.fetchObjections(noticeId) });

export const useDecisions = () => useQuery({ queryKey: awardKeys.decisions, queryFn: awardsApi.fetchDecisions });

export const useDecision = (id: string | undefined) =>
  useQuery({ queryKey: awardKeys.decision(id ?? ''), queryFn: id ? () => awardsApi.fetchDecision(id) : skipToken });

export const useHonours = (f: HonourFilters, open: boolean) =>
  useQuery({
    queryKey: awardKeys.honours(f, open),
    queryFn: () => (open ? awardsApi.fetchPublicHonours(f) : awardsApi.fetchHonours(f)),
    placeholderData: keepPreviousData,
  });

export const useHonourStatistics = (year?: number) =>
  useQuery({ queryKey: awardKeys.statistics(year), queryFn: () => awardsApi.fetchHonourStatistics(year) });

/** Any change in award-service: runs the call and refreshes everything the awards pages show. */
export function useAwardAction<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: awardKeys.all }) });
}

export const usePerson = (id: string | undefined) =>
  useQuery({ queryKey: ['awards', 'person', id ?? ''], queryFn: id ? () => awardsApi.fetchPerson(id) : skipToken });

export const usePersonHonours = (id: string | undefined) =>
  useQuery({
    queryKey: ['awards', 'person-honours', id ?? ''],
    queryFn: id ? () => awardsApi.fetchPersonHonours(id) : skipToken,
  });

export const useAssessments = (unitId: string | undefined) =>
  useQuery({
    queryKey: ['awards', 'assessments', unitId ?? ''],
    queryFn: unitId ? () => awardsApi.fetchAssessments(unitId) : skipToken,
  });
