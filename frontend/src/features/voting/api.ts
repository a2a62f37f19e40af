import { api, unwrap } from '../../api/client';
import type {
  BallotAnswer,
  CouncilInput,
  CouncilSummary,
  CouncilView,
  VotingProgress,
  VotingReceipt,
  VotingResult,
  VotingSessionInput,
  VotingSessionSummary,
  VotingSessionView,
} from '../../api/types';

export const fetchCouncils = () => unwrap<CouncilSummary[]>(api.GET('/api/v1/councils'));

export const fetchCouncil = (id: string) =>
  unwrap<CouncilView>(api.GET('/api/v1/councils/{id}', { params: { path: { id } } }));

export const createCouncil = (body: CouncilInput) => unwrap<CouncilView>(api.POST('/api/v1/councils', { body }));

export const updateCouncil = (id: string, body: CouncilInput) =>
  unwrap<CouncilView>(api.PUT('/api/v1/councils/{id}', { params: { path: { id } }, body }));

export const fetchSessions = () => unwrap<VotingSessionSummary[]>(api.GET('/api/v1/voting-sessions'));

export const fetchSession = (id: string) =>
  unwrap<VotingSessionView>(api.GET('/api/v1/voting-sessions/{id}', { params: { path: { id } } }));

export const openSession = (body: VotingSessionInput) =>
  unwrap<VotingSessionView>(api.POST('/api/v1/voting-sessions', { body }));

export const fetchProgress = (id: string) =>
  unwrap<VotingProgress>(api.GET('/api/v1/voting-sessions/{id}/progress', { params: { path: { id } } }));

export const fetchResult = (id: string) =>
  unwrap<VotingResult>(api.GET('/api/v1/voting-sessions/{id}/result', { params: { path: { id } } }));

export const castBallot = (id: string, answers: BallotAnswer[]) =>
  unwrap<VotingReceipt>(
    api.POST('/api/v1/voting-sessions/{id}/ballots', { params: { path: { id } }, body: { answers } }),
  );

export const castWrittenBallot = (id: string, electorId: string, answers: BallotAnswer[]) =>
  unwrap<VotingReceipt>(
    api.POST('/api/v1/voting-sessions/{id}/written-ballots', {
      params: { path: { id } },
      body: { electorId, answers },
    }),
  );

export const closeRound = (id: string, version: number) =>
  unwrap<VotingSessionView>(
    api.POST('/api/v1/voting-sessions/{id}/close', { params: { path: { id }, query: { version } } }),
  );

export const openNextRound = (id: string, closesAt: string, version: number) =>
  unwrap<VotingSessionView>(
    api.POST('/api/v1/voting-sessions/{id}/rounds', { params: { path: { id } }, body: { closesAt, version } }),
  );

export const decideTie = (id: string, questionId: string, chosen: string[], note: string, version: number) =>
  unwrap<VotingSessionView>(
    api.POST('/api/v1/voting-sessions/{id}/questions/{questionId}/referral', {
      params: { path: { id, questionId } },
      body: { chosen, note, version },
    }),
  );

export const minutesPath = (id: string, format: 'pdf' | 'docx') => `/api/v1/voting-sessions/${id}/minutes.${format}`;

export const dossierPath = (id: string, nominationId: string, documentId: string) =>
  `/api/v1/voting-sessions/${id}/nominations/${nominationId}/documents/${documentId}`;
