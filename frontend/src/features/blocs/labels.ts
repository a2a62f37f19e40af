import type { ParseKeys } from 'i18next';
import type { BlocKind, CovenantStatus } from '../../api/types';

export const BLOC_KINDS = ['BLOC', 'CLUSTER'] as const satisfies readonly BlocKind[];

export function blocKindKey(kind: BlocKind | undefined): ParseKeys {
  return kind === 'CLUSTER' ? 'blocKinds.CLUSTER' : 'blocKinds.BLOC';
}

export const COVENANT_STATUS_COLORS: Record<CovenantStatus, string> = {
  DRAFT: 'default',
  OPEN: 'processing',
  IN_FORCE: 'success',
  CLOSED: 'purple',
};
