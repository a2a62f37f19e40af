import type { NewUnit, UnitKind, UnitUpdate, UnitView } from '../../api/types';
import { present } from '../../lib/present';

export const NAME_MAX = 255;
export const SHORT_NAME_MAX = 100;

/** Form fields; server field errors are matched against these names. */
export const UNIT_FORM_FIELDS = ['name', 'shortName', 'kind', 'parentId'] as const;
export type UnitFormField = (typeof UNIT_FORM_FIELDS)[number];

export interface UnitFormValues {
  name: string;
  shortName?: string | null;
  kind?: UnitKind;
  parentId?: string | null;
}

export function formValuesFromUnit(unit: UnitView): UnitFormValues {
  return {
    name: unit.name ?? '',
    shortName: unit.shortName ?? '',
    kind: unit.kind,
    parentId: unit.parentId ?? null,
  };
}

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').trim().replace(/\s+/g, ' ');
  return t === '' ? null : t;
};

export function toNewUnit(values: UnitFormValues): NewUnit {
  return {
    name: clean(values.name) ?? '',
    shortName: clean(values.shortName),
    kind: present(values.kind, 'kind'),
    parentId: values.parentId ?? null,
  } as NewUnit;
}

export function toUnitUpdate(values: UnitFormValues, version: number): UnitUpdate {
  return { ...toNewUnit(values), version };
}

/** Only a province (or centrally-run city) may sit at the top of the tree. */
export function parentRequired(kind: UnitKind | undefined) {
  return kind !== 'PROVINCE';
}
