import { api, unwrap, uploadFile } from '../../api/client';
import type {
  AppraisalInput,
  AssessmentInput,
  AssessmentView,
  AwardDecisionInput,
  AwardTypeView,
  PublicAwardType,
  CouncilVoteInput,
  DecisionSummary,
  DecisionView,
  DossierDocumentView,
  DossierKind,
  HonourRecordInput,
  HonourRevokeInput,
  HonourStatistics,
  HonourView,
  NominationInput,
  NominationStatus,
  NominationView,
  NoticeInput,
  NoticeView,
  PublicNotice,
  ObjectionReceipt,
  ObjectionView,
  PageHonourView,
  PageNominationSummary,
  PagePersonSummary,
  PagePublicHonour,
  PersonInput,
  PersonView,
  ResolutionInput,
  RuleSetInput,
  RuleSetSummary,
  RuleSetView,
  StaffImportResult,
  TitleRegistrationInput,
  TitleRegistrationView,
} from '../../api/types';

export interface NominationFilters {
  year?: number;
  status?: NominationStatus;
  origin?: string;
  q: string;
  page: number;
  size: number;
}

export interface HonourFilters {
  unitId?: string;
  awardType?: string;
  year?: number;
  decision?: string;
  q: string;
  page: number;
  size: number;
}

export const fetchAwardTypes = (unitId?: string) =>
  unwrap<AwardTypeView[]>(api.GET('/api/v1/award-types', { params: { query: { unitId } } }));

/** Award names for the public registry's filter: no sign-in needed. */
export const fetchPublicAwardTypes = () => unwrap<PublicAwardType[]>(api.GET('/api/v1/award-types/public'));

export const fetchRuleSets = () => unwrap<RuleSetSummary[]>(api.GET('/api/v1/rule-sets'));

/** The people of a unit, or (below) of the unit and every unit under it. */
export const fetchPeople = (unitId: string | undefined, q: string, below = false) =>
  unwrap<PagePersonSummary>(
    api.GET('/api/v1/people', { params: { query: { unitId, below, q: q.trim() || undefined, size: 200 } } }),
  );

export const createPerson = (body: PersonInput) => unwrap<PersonView>(api.POST('/api/v1/people', { body }));

export const fetchRegistrations = (unitId: string, year: number) =>
  unwrap<TitleRegistrationView[]>(api.GET('/api/v1/title-registrations', { params: { query: { unitId, year } } }));

export const register = (body: TitleRegistrationInput) =>
  unwrap<TitleRegistrationView[]>(api.POST('/api/v1/title-registrations', { body }));

export const cancelRegistration = (id: string) =>
  unwrap<void>(api.DELETE('/api/v1/title-registrations/{id}', { params: { path: { id } } }));

export const importStaff = (unitId: string, year: number, file: File, registeredOn?: string) =>
  uploadFile<StaffImportResult>('/api/v1/title-registrations/import', file, {
    unitId,
    year: String(year),
    ...(registeredOn ? { registeredOn } : {}),
  });

export const fetchNominations = (f: NominationFilters) =>
  unwrap<PageNominationSummary>(
    api.GET('/api/v1/nominations', {
      params: {
        query: {
          year: f.year,
          status: f.status,
          origin: f.origin,
          q: f.q.trim() || undefined,
          page: f.page,
          size: f.size,
        },
      },
    }),
  );

export const fetchNomination = (id: string) =>
  unwrap<NominationView>(api.GET('/api/v1/nominations/{id}', { params: { path: { id } } }));

export const createNomination = (body: NominationInput) =>
  unwrap<NominationView>(api.POST('/api/v1/nominations', { body }));

export const attachDocument = (id: string, kind: DossierKind, file: File) =>
  uploadFile<DossierDocumentView>(`/api/v1/nominations/${id}/documents`, file, { kind });

export const detachDocument = (id: string, documentId: string) =>
  unwrap<void>(api.DELETE('/api/v1/nominations/{id}/documents/{documentId}', { params: { path: { id, documentId } } }));

export const recheck = (id: string) =>
  unwrap<NominationView>(api.POST('/api/v1/nominations/{id}/eligibility', { params: { path: { id } } }));

export const submitNomination = (id: string, version: number) =>
  unwrap<NominationView>(api.POST('/api/v1/nominations/{id}/submit', { params: { path: { id }, query: { version } } }));

export const withdrawNomination = (id: string, reason: string, version: number) =>
  unwrap<NominationView>(
    api.POST('/api/v1/nominations/{id}/withdraw', { params: { path: { id } }, body: { reason, version } }),
  );

export const startAppraisal = (id: string, version: number) =>
  unwrap<NominationView>(
    api.POST('/api/v1/nominations/{id}/appraisal', { params: { path: { id }, query: { version } } }),
  );

export const appraise = (id: string, body: AppraisalInput) =>
  unwrap<NominationView>(api.PUT('/api/v1/nominations/{id}/appraisal', { params: { path: { id } }, body }));

export const recordVote = (id: string, body: CouncilVoteInput) =>
  unwrap<NominationView>(api.PUT('/api/v1/nominations/{id}/council-vote', { params: { path: { id } }, body }));

export const fetchNotices = () => unwrap<NoticeView[]>(api.GET('/api/v1/notices'));

export const fetchPublishedNotices = () => unwrap<PublicNotice[]>(api.GET('/api/v1/notices/public'));

export const publishNotice = (body: NoticeInput) => unwrap<NoticeView>(api.POST('/api/v1/notices', { body }));

export const fileObjection = (nominationId: string, reason: string) =>
  unwrap<ObjectionReceipt>(
    api.POST('/api/v1/notices/nominations/{nominationId}/objections', {
      params: { path: { nominationId } },
      body: { reason },
    }),
  );

export const fetchObjections = (noticeId: string) =>
  unwrap<ObjectionView[]>(api.GET('/api/v1/notices/{id}/objections', { params: { path: { id: noticeId } } }));

export const resolveObjection = (objectionId: string, body: ResolutionInput) =>
  unwrap<ObjectionView>(
    api.PUT('/api/v1/notices/objections/{objectionId}', { params: { path: { objectionId } }, body }),
  );

export const fetchDecisions = () => unwrap<DecisionSummary[]>(api.GET('/api/v1/decisions'));

export const fetchDecision = (id: string) =>
  unwrap<DecisionView>(api.GET('/api/v1/decisions/{id}', { params: { path: { id } } }));

export const createDecision = (body: AwardDecisionInput) =>
  unwrap<DecisionView>(api.POST('/api/v1/decisions', { body }));

export const issueDecision = (id: string, version: number) =>
  unwrap<DecisionView>(api.POST('/api/v1/decisions/{id}/issue', { params: { path: { id }, query: { version } } }));

export const discardDecision = (id: string) =>
  unwrap<void>(api.DELETE('/api/v1/decisions/{id}', { params: { path: { id } } }));

export const fetchHonours = (f: HonourFilters) =>
  unwrap<PageHonourView>(
    api.GET('/api/v1/honours', {
      params: {
        query: {
          unitId: f.unitId,
          awardType: f.awardType,
          year: f.year,
          decision: f.decision || undefined,
          q: f.q.trim() || undefined,
          page: f.page,
          size: f.size,
        },
      },
    }),
  );

export const fetchPublicHonours = (f: HonourFilters) =>
  unwrap<PagePublicHonour>(
    api.GET('/api/v1/honours/public', {
      params: {
        query: {
          awardType: f.awardType,
          year: f.year,
          decision: f.decision || undefined,
          q: f.q.trim() || undefined,
          page: f.page,
          size: f.size,
        },
      },
    }),
  );

export const fetchHonourStatistics = (year?: number, unitId?: string) =>
  unwrap<HonourStatistics>(api.GET('/api/v1/honours/statistics', { params: { query: { year, unitId } } }));

export const recordHonour = (body: HonourRecordInput) => unwrap<HonourView>(api.POST('/api/v1/honours', { body }));

export const fetchPerson = (id: string) =>
  unwrap<PersonView>(api.GET('/api/v1/people/{id}', { params: { path: { id } } }));

export const updatePerson = (id: string, body: PersonInput) =>
  unwrap<PersonView>(api.PUT('/api/v1/people/{id}', { params: { path: { id } }, body }));

export const fetchPersonHonours = (personId: string) =>
  unwrap<PageHonourView>(api.GET('/api/v1/honours', { params: { query: { personId, size: 100 } } }));

export const revokeHonour = (id: string, body: HonourRevokeInput) =>
  unwrap<HonourView>(api.POST('/api/v1/honours/{id}/revoke', { params: { path: { id } }, body }));

export const fetchRuleSet = (id: string) =>
  unwrap<RuleSetView>(api.GET('/api/v1/rule-sets/{id}', { params: { path: { id } } }));

export const createRuleSet = (body: RuleSetInput) => unwrap<RuleSetView>(api.POST('/api/v1/rule-sets', { body }));

export const reviseRuleSet = (id: string, body: RuleSetInput) =>
  unwrap<RuleSetView>(api.PUT('/api/v1/rule-sets/{id}', { params: { path: { id } }, body }));

export const fetchAssessments = (unitId: string) =>
  unwrap<AssessmentView[]>(api.GET('/api/v1/unit-assessments/{unitId}', { params: { path: { unitId } } }));

export const assessUnit = (unitId: string, year: number, body: AssessmentInput) =>
  unwrap<AssessmentView>(
    api.PUT('/api/v1/unit-assessments/{unitId}/{year}', { params: { path: { unitId, year } }, body }),
  );
