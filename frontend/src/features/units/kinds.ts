import type { ParseKeys } from 'i18next';
import type { UnitKind } from '../../api/types';

/** Unit kinds in display order (docs/contracts.md). */
export const UNIT_KINDS = [
  'PROVINCE',
  'AGENCY',
  'DIVISION',
  'LOCALITY',
  'ORGANIZATION',
  'ENTERPRISE',
] as const satisfies readonly UnitKind[];

const LABEL_KEYS: Record<UnitKind, ParseKeys> = {
  PROVINCE: 'unitKinds.PROVINCE',
  AGENCY: 'unitKinds.AGENCY',
  DIVISION: 'unitKinds.DIVISION',
  LOCALITY: 'unitKinds.LOCALITY',
  ORGANIZATION: 'unitKinds.ORGANIZATION',
  ENTERPRISE: 'unitKinds.ENTERPRISE',
};

const COLORS: Record<UnitKind, string> = {
  PROVINCE: 'red',
  AGENCY: 'blue',
  DIVISION: 'geekblue',
  LOCALITY: 'green',
  ORGANIZATION: 'purple',
  ENTERPRISE: 'orange',
};

export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value);
}

export function unitKindLabelKey(kind: string | null | undefined): ParseKeys {
  return isUnitKind(kind) ? LABEL_KEYS[kind] : 'unitKinds.other';
}

export function unitKindColor(kind: string | null | undefined): string {
  return isUnitKind(kind) ? COLORS[kind] : 'default';
}
