import type { CouncilRole, VotingSessionStatus } from '../../api/types';

export const SESSION_STATUS_COLORS: Record<VotingSessionStatus, string> = {
  OPEN: 'processing',
  RUNOFF_PENDING: 'warning',
  CLOSED: 'success',
};

export const COUNCIL_ROLES: CouncilRole[] = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'MEMBER', 'SECRETARY'];

export const APPROVAL_KEYS = ['AGREE', 'DISAGREE', 'ABSTAIN'] as const;

/** A receipt is read aloud and typed back: upper case, dashes optional. */
export function normalizeReceipt(input: string): string {
  const raw = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? '';
}
