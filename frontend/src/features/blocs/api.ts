import { api, unwrap } from '../../api/client';
import type {
  BlocHonour,
  BlocUpdate,
  BlocView,
  ConfirmRanking,
  Covenant,
  CovenantDraft,
  EndMembership,
  Meeting,
  MeetingInput,
  Member,
  NewBloc,
  NewMembers,
  PageBlocView,
  ScorecardInput,
  ScorecardView,
  Scoring,
  SetTerm,
  SigningBoard,
  Term,
  UnappliedElection,
} from '../../api/types';

export interface BlocFilters {
  q: string;
  page: number;
  size: number;
}

export function fetchBlocs(f: BlocFilters) {
  return unwrap<PageBlocView>(
    api.GET('/api/v1/blocs', {
      params: { query: { q: f.q.trim() || undefined, page: f.page, size: f.size, sort: 'name' } },
    }),
  );
}

export function fetchBloc(id: string) {
  return unwrap<BlocView>(api.GET('/api/v1/blocs/{id}', { params: { path: { id } } }));
}

export function createBloc(body: NewBloc) {
  return unwrap<BlocView>(api.POST('/api/v1/blocs', { body }));
}

export function updateBloc(id: string, body: BlocUpdate) {
  return unwrap<BlocView>(api.PUT('/api/v1/blocs/{id}', { params: { path: { id } }, body }));
}

export function fetchMembers(blocId: string, on: string | undefined) {
  return unwrap<Member[]>(api.GET('/api/v1/blocs/{blocId}/members', { params: { path: { blocId }, query: { on } } }));
}

export function fetchMemberHistory(blocId: string) {
  return unwrap<Member[]>(api.GET('/api/v1/blocs/{blocId}/members/history', { params: { path: { blocId } } }));
}

export function addMembers(blocId: string, body: NewMembers) {
  return unwrap<Member[]>(api.POST('/api/v1/blocs/{blocId}/members', { params: { path: { blocId } }, body }));
}

export function endMembership(blocId: string, membershipId: string, body: EndMembership) {
  return unwrap<Member>(
    api.POST('/api/v1/blocs/{blocId}/members/{membershipId}/end', { params: { path: { blocId, membershipId } }, body }),
  );
}

export function fetchUnappliedElections(blocId: string) {
  return unwrap<UnappliedElection[]>(
    api.GET('/api/v1/blocs/{blocId}/terms/unapplied', { params: { path: { blocId } } }),
  );
}

export function fetchTerms(blocId: string) {
  return unwrap<Term[]>(api.GET('/api/v1/blocs/{blocId}/terms', { params: { path: { blocId } } }));
}

export function setTerm(blocId: string, year: number, body: SetTerm) {
  return unwrap<Term>(api.PUT('/api/v1/blocs/{blocId}/terms/{year}', { params: { path: { blocId, year } }, body }));
}

export function fetchCovenants(blocId: string) {
  return unwrap<Covenant[]>(api.GET('/api/v1/blocs/{blocId}/covenants', { params: { path: { blocId } } }));
}

export function fetchCovenant(blocId: string, year: number) {
  return unwrap<Covenant>(api.GET('/api/v1/blocs/{blocId}/covenants/{year}', { params: { path: { blocId, year } } }));
}

export function saveCovenant(blocId: string, year: number, body: CovenantDraft) {
  return unwrap<Covenant>(
    api.PUT('/api/v1/blocs/{blocId}/covenants/{year}', { params: { path: { blocId, year } }, body }),
  );
}

export function openCovenant(blocId: string, year: number) {
  return unwrap<Covenant>(
    api.POST('/api/v1/blocs/{blocId}/covenants/{year}/open', { params: { path: { blocId, year } } }),
  );
}

export function closeCovenant(blocId: string, year: number) {
  return unwrap<Covenant>(
    api.POST('/api/v1/blocs/{blocId}/covenants/{year}/close', { params: { path: { blocId, year } } }),
  );
}

export function signCovenant(blocId: string, year: number, textSha256: string) {
  return unwrap<Covenant>(
    api.POST('/api/v1/blocs/{blocId}/covenants/{year}/signatures', {
      params: { path: { blocId, year } },
      body: { textSha256 },
    }),
  );
}

export function fetchSigningBoard(blocId: string, year: number) {
  return unwrap<SigningBoard>(
    api.GET('/api/v1/blocs/{blocId}/covenants/{year}/board', { params: { path: { blocId, year } } }),
  );
}

export function fetchMeetings(blocId: string) {
  return unwrap<Meeting[]>(api.GET('/api/v1/blocs/{blocId}/meetings', { params: { path: { blocId } } }));
}

export function createMeeting(blocId: string, body: MeetingInput) {
  return unwrap<Meeting>(api.POST('/api/v1/blocs/{blocId}/meetings', { params: { path: { blocId } }, body }));
}

export function updateMeeting(blocId: string, meetingId: string, body: MeetingInput) {
  return unwrap<Meeting>(
    api.PUT('/api/v1/blocs/{blocId}/meetings/{meetingId}', { params: { path: { blocId, meetingId } }, body }),
  );
}

export function fetchScoring(blocId: string, year: number) {
  return unwrap<Scoring>(api.GET('/api/v1/blocs/{blocId}/scoring/{year}', { params: { path: { blocId, year } } }));
}

export function openScoring(blocId: string, year: number) {
  return unwrap<Scoring>(api.POST('/api/v1/blocs/{blocId}/scoring/{year}', { params: { path: { blocId, year } } }));
}

export function fetchMyScorecards(blocId: string, year: number) {
  return unwrap<ScorecardView[]>(
    api.GET('/api/v1/blocs/{blocId}/scoring/{year}/scorecards', { params: { path: { blocId, year } } }),
  );
}

export function submitScorecard(blocId: string, year: number, scoredUnitId: string, body: ScorecardInput) {
  return unwrap<ScorecardView>(
    api.PUT('/api/v1/blocs/{blocId}/scoring/{year}/scorecards/{scoredUnitId}', {
      params: { path: { blocId, year, scoredUnitId } },
      body,
    }),
  );
}

export function closeScoring(blocId: string, year: number) {
  return unwrap<Scoring>(
    api.POST('/api/v1/blocs/{blocId}/scoring/{year}/close', { params: { path: { blocId, year } } }),
  );
}

export function confirmRanking(blocId: string, year: number, body: ConfirmRanking) {
  return unwrap<Scoring>(
    api.POST('/api/v1/blocs/{blocId}/scoring/{year}/confirm', { params: { path: { blocId, year } }, body }),
  );
}

export function fetchHonours(blocId: string) {
  return unwrap<BlocHonour[]>(api.GET('/api/v1/blocs/{blocId}/honours', { params: { path: { blocId } } }));
}
