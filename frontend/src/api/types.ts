/**
 * The one place that names the generated OpenAPI schemas the SPA uses.
 * `schema.d.ts` is generated (`npm run api:types`) from the merged OpenAPI document; never edit it by hand.
 * If the real document names a schema differently, adapt the alias here and nowhere else.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type UnitView = Schemas['UnitView'];
export type NewUnit = Schemas['NewUnit'];
export type UnitUpdate = Schemas['UnitUpdate'];
export type UnitNode = Schemas['UnitNode'];
export type PageUnitView = Schemas['PageUnitView'];
export type Task = Schemas['Task'];
export type PageTask = Schemas['PageTask'];
export type CurrentUserView = Schemas['CurrentUserView'];
export type Problem = Schemas['Problem'];

export type UnitRef = Schemas['UnitRef'];
export type BlocView = Schemas['BlocView'];
export type NewBloc = Schemas['NewBloc'];
export type BlocUpdate = Schemas['BlocUpdate'];
export type PageBlocView = Schemas['PageBlocView'];
export type Member = Schemas['Member'];
export type NewMembers = Schemas['NewMembers'];
export type EndMembership = Schemas['EndMembership'];
export type Term = Schemas['Term'];
export type SetTerm = Schemas['SetTerm'];
export type Covenant = Schemas['Covenant'];
export type CovenantDraft = Schemas['CovenantDraft'];
export type SigningBoard = Schemas['SigningBoard'];
export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type Scoring = Schemas['Scoring'];
export type ScorecardInput = Schemas['Scorecard'];
export type ScorecardView = Schemas['ScorecardView'];
export type ConfirmRanking = Schemas['ConfirmRanking'];
export type RankingRow = Schemas['RankingRow'];
export type BlocHonour = Schemas['BlocHonour'];

export type UnitKind = NonNullable<UnitView['kind']>;
export type BlocKind = NonNullable<BlocView['kind']>;
export type CovenantStatus = NonNullable<Covenant['status']>;
export type TermMethod = NonNullable<Term['method']>;
export type TermRole = NonNullable<Member['termRole']>;
export type MeetingKind = NonNullable<Meeting['kind']>;
export type DecisionKind = NonNullable<NonNullable<Meeting['decisions']>[number]['kind']>;
export type ScoringStatus = NonNullable<Scoring['status']>;
export type Proposal = NonNullable<RankingRow['proposal']>;
export type TaskKind = NonNullable<Task['kind']>;
export type ProblemFieldError = NonNullable<Problem['errors']>[number];

export type CampaignView = Schemas['Campaign'];
export type CampaignInput = Schemas['CampaignInput'];
export type PageCampaignView = Schemas['PageCampaignView'];
export type CampaignRevision = Schemas['CampaignRevision'];
export type Registration = Schemas['Registration'];
export type RegistrationInput = Schemas['RegistrationInput'];
export type RegistrationProgress = Schemas['RegistrationProgress'];
export type ProgressReport = Schemas['ProgressReport'];
export type ReportInput = Schemas['ReportInput'];
export type Review = Schemas['Review'];
export type ReviewInput = Schemas['ReviewInput'];
export type ExemplarInput = Schemas['ExemplarInput'];
export type ExemplarSelection = Schemas['ExemplarSelection'];
export type Standing = Schemas['Standing'];
export type CampaignDashboard = Schemas['CampaignDashboard'];
export type UnitCampaign = Schemas['UnitCampaign'];
export type Obligation = Schemas['Obligation'];
export type CampaignHonour = Schemas['CampaignHonour'];
export type ExemplaryModel = Schemas['ExemplaryModel'];
export type ModelInput = Schemas['ModelInput'];
export type AdoptionInput = Schemas['AdoptionInput'];
export type PageModelView = Schemas['PageModelView'];

export type CampaignKind = NonNullable<CampaignView['kind']>;
export type CampaignStatus = NonNullable<CampaignView['status']>;
export type DocumentType = NonNullable<NonNullable<CampaignView['launchDocument']>['type']>;
export type ScopeKind = NonNullable<NonNullable<CampaignView['scope']>['kind']>;
export type PledgeKind = NonNullable<NonNullable<Registration['pledges']>[number]['kind']>;
export type ReviewKind = NonNullable<Review['kind']>;
export type ExemplarKind = NonNullable<ExemplarInput['kind']>;
export type ObligationKind = NonNullable<Obligation['kind']>;

export type AwardTypeView = Schemas['AwardTypeView'];
export type AwardRule = Schemas['AwardRule'];
export type RuleSetSummary = Schemas['RuleSetSummary'];
export type RecipientKind = Schemas['RecipientKind'];
export type DossierKind = Schemas['DossierKind'];
export type TaskRating = Schemas['TaskRating'];
export type PersonInput = Schemas['PersonInput'];
export type PersonView = Schemas['PersonView'];
export type PersonSummary = Schemas['PersonSummary'];
export type PagePersonSummary = Schemas['PagePersonSummary'];
export type TitleRegistrationView = Schemas['TitleRegistrationView'];
export type TitleRegistrationInput = Schemas['TitleRegistrationInput'];
export type StaffImportResult = Schemas['StaffImportResult'];
export type NominationStatus = Schemas['NominationStatus'];
export type NominationOriginKind = Schemas['NominationOriginKind'];
export type NominationInput = Schemas['NominationInput'];
export type NominationSummary = Schemas['NominationSummary'];
export type NominationView = Schemas['NominationView'];
export type PageNominationSummary = Schemas['PageNominationSummary'];
export type EligibilityOutcome = Schemas['EligibilityOutcome'];
export type DossierDocumentView = Schemas['DossierDocumentView'];
export type AppraisalInput = Schemas['AppraisalInput'];
export type CouncilVoteInput = Schemas['CouncilVoteInput'];
export type NoticeView = Schemas['NoticeView'];
export type NoticeEntry = Schemas['NoticeEntry'];
export type NoticeInput = Schemas['NoticeInput'];
export type ObjectionView = Schemas['ObjectionView'];
export type ObjectionReceipt = Schemas['ObjectionReceipt'];
export type ResolutionInput = Schemas['ResolutionInput'];
export type AwardDecisionInput = Schemas['AwardDecisionInput'];
export type DecisionView = Schemas['DecisionView'];
export type DecisionSummary = Schemas['DecisionSummary'];
export type HonourView = Schemas['HonourView'];
export type PublicHonour = Schemas['PublicHonour'];
export type PageHonourView = Schemas['PageHonourView'];
export type PagePublicHonour = Schemas['PagePublicHonour'];
export type HonourStatistics = Schemas['HonourStatistics'];
export type InitiativeLevel = Schemas['InitiativeLevel'];
export type HonourRecordInput = Schemas['HonourRecordInput'];
export type HonourRevokeInput = Schemas['HonourRevokeInput'];
export type DisciplineForm = Schemas['DisciplineForm'];
export type RuleSetView = Schemas['RuleSetView'];
export type RuleSetInput = Schemas['RuleSetInput'];
