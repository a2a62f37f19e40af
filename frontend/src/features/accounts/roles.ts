import type { ParseKeys } from 'i18next';
import type { AccountRole } from '../../api/types';

/** The roles in the order a form offers them: the units' roles first, the secretariat's last. */
export const ACCOUNT_ROLES = [
  'UNIT_LEADER',
  'UNIT_OFFICER',
  'COUNCIL_MEMBER',
  'OFFICER',
  'ADMIN',
] as const satisfies readonly AccountRole[];

export const roleKey = (role: AccountRole): ParseKeys => `accounts.roles.${role}`;
