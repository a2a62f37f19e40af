import type { ParseKeys } from 'i18next';
import type {
  CampaignKind,
  CampaignStatus,
  DocumentType,
  ExemplarKind,
  ObligationKind,
  PledgeKind,
  ReviewKind,
  ScopeKind,
} from '../../api/types';

export const CAMPAIGN_KINDS = [
  'REGULAR_ANNUAL',
  'FIVE_YEAR',
  'THEMATIC',
  'SPECIAL',
] as const satisfies readonly CampaignKind[];
export const DOCUMENT_TYPES = ['PLAN', 'DIRECTIVE', 'DECISION'] as const satisfies readonly DocumentType[];
export const SCOPE_KINDS = ['SUBTREE', 'UNITS', 'BLOCS'] as const satisfies readonly ScopeKind[];
export const PLEDGE_KINDS = ['MODEL', 'PRACTICAL_WORK'] as const satisfies readonly PledgeKind[];
export const REVIEW_KINDS = ['MID_TERM', 'FINAL'] as const satisfies readonly ReviewKind[];
export const EXEMPLAR_KINDS = ['COLLECTIVE', 'INDIVIDUAL'] as const satisfies readonly ExemplarKind[];

export const kindKey = (k: CampaignKind | undefined): ParseKeys => `campaignKinds.${k ?? 'SPECIAL'}`;
export const statusKey = (s: CampaignStatus | undefined): ParseKeys => `campaignStatus.${s ?? 'DRAFT'}`;
export const docTypeKey = (d: DocumentType | undefined): ParseKeys => `documentTypes.${d ?? 'PLAN'}`;
export const scopeKey = (s: ScopeKind | undefined): ParseKeys => `campaigns.scopeKinds.${s ?? 'UNITS'}`;
export const pledgeKey = (p: PledgeKind | undefined): ParseKeys => `campaigns.pledgeKinds.${p ?? 'MODEL'}`;
export const reviewKindKey = (k: ReviewKind | undefined): ParseKeys => `campaigns.reviewKinds.${k ?? 'FINAL'}`;
export const exemplarKindKey = (k: ExemplarKind | undefined): ParseKeys =>
  `campaigns.exemplarKinds.${k ?? 'COLLECTIVE'}`;
export const obligationKey = (k: ObligationKind | undefined): ParseKeys => `campaigns.obligations.${k ?? 'REGISTER'}`;

export const STATUS_COLORS: Record<CampaignStatus, string> = {
  DRAFT: 'default',
  LAUNCHED: 'processing',
  CLOSED: 'purple',
};

/** Registration status as the organizer's lists show it (NONE: not started). */
export const registrationKey = (s: string | undefined): ParseKeys =>
  s === 'SUBMITTED'
    ? 'campaigns.registration.status.SUBMITTED'
    : s === 'DRAFT'
      ? 'campaigns.registration.status.DRAFT'
      : 'campaigns.registration.status.NONE';

export const REGISTRATION_COLORS: Record<string, string> = { SUBMITTED: 'success', DRAFT: 'warning', NONE: 'default' };
