import type { ParseKeys } from 'i18next';
import type {
  DisciplineForm,
  DossierKind,
  InitiativeLevel,
  NominationView,
  NominationStatus,
  RecipientKind,
  TaskRating,
} from '../../api/types';

export const NOMINATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'IN_APPRAISAL',
  'AWAITING_VOTE',
  'RECOMMENDED',
  'NOT_RECOMMENDED',
  'IN_DISCLOSURE',
  'DECIDED',
  'REJECTED',
  'WITHDRAWN',
  'REVOKED',
] as const satisfies readonly NominationStatus[];

export const DOSSIER_KINDS = [
  'SUBMISSION_MEMO',
  'ACHIEVEMENT_REPORT',
  'REVIEW_MINUTES',
  'INITIATIVE_RECOGNITION',
  'OTHER',
] as const satisfies readonly DossierKind[];
export const RECIPIENT_KINDS = ['COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD'] as const satisfies readonly RecipientKind[];
export const TASK_RATINGS = [
  'EXCELLENT',
  'GOOD',
  'COMPLETED',
  'NOT_COMPLETED',
] as const satisfies readonly TaskRating[];

export const INITIATIVE_LEVELS = ['GRASSROOTS', 'PROVINCE', 'NATIONAL'] as const satisfies readonly InitiativeLevel[];

export const DISCIPLINE_FORMS = [
  'REPRIMAND',
  'WARNING',
  'DEMOTION',
  'DISMISSAL',
] as const satisfies readonly DisciplineForm[];

export const statusKey = (s: NominationStatus | undefined): ParseKeys => `awards.status.${s ?? 'DRAFT'}`;
export const dossierKey = (k: DossierKind | undefined): ParseKeys => `awards.dossier.${k ?? 'OTHER'}`;
export const recipientKey = (k: RecipientKind | undefined): ParseKeys => `awards.recipient.${k ?? 'COLLECTIVE'}`;
export const ratingKey = (r: TaskRating | undefined): ParseKeys => `awards.rating.${r ?? 'COMPLETED'}`;
export const levelKey = (l: InitiativeLevel | undefined): ParseKeys => `awards.level.${l ?? 'GRASSROOTS'}`;
export const disciplineKey = (d: DisciplineForm | undefined): ParseKeys => `awards.discipline.${d ?? 'REPRIMAND'}`;
export const originKey = (o: string | undefined): ParseKeys =>
  o === 'BLOC'
    ? 'awards.origin.BLOC'
    : o === 'CAMPAIGN'
      ? 'awards.origin.CAMPAIGN'
      : o === 'AD_HOC'
        ? 'awards.origin.AD_HOC'
        : 'awards.origin.UNIT';

export const STATUS_COLORS: Record<NominationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  IN_APPRAISAL: 'processing',
  AWAITING_VOTE: 'purple',
  RECOMMENDED: 'cyan',
  NOT_RECOMMENDED: 'error',
  IN_DISCLOSURE: 'gold',
  DECIDED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
  REVOKED: 'volcano',
};

/** The documents the award's rule requires that the dossier does not hold yet. */
export const missingDocuments = (n: Pick<NominationView, 'requiredDocuments' | 'documents'>): DossierKind[] =>
  (n.requiredDocuments ?? []).filter((k) => !(n.documents ?? []).some((d) => d.kind === k));
