import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { describeError, isConflict } from '../api/errors';
import { isApiError } from '../api/problem';

/** A form field's name as Ant Design takes it: "entries[0].awardType" → ["entries", 0, "awardType"]. */
export type FieldName = (string | number)[];

export interface FieldErrorEntry {
  name: FieldName;
  errors: string[];
}

export interface FormErrors {
  /** Errors for fields the form has, ready for `form.setFields`. */
  fields: FieldErrorEntry[];
  /** Messages no field shows (shown above the form), without the server's field path. */
  other: string[];
}

/**
 * How a form names the server's fields. By default a path is the form's name as it is. A list of the form's
 * fields matches the path's last segment that names one, ignoring case, "_" and "-" ("create.body.parent_id" →
 * parentId). A function renames a path the form names otherwise (a campaign's launchDocument.number is its
 * docNumber) or answers undefined.
 */
export type FieldNames = readonly string[] | ((path: string) => FieldName | undefined);

// bean-validation paths start with the method and parameter: "create.in.year", "update.arg1.parentId"
const withoutMethod = (path: string) => path.replace(/^[a-zA-Z]+\.(in|body|arg\d+)\./, '');
const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function formName(path: string, names: FieldNames | undefined): FieldName | undefined {
  const stripped = withoutMethod(path);
  if (typeof names === 'function') return names(stripped);
  if (names) {
    const segments = path.split(/[.[\]/]+/).filter(Boolean);
    for (let i = segments.length - 1; i >= 0; i--) {
      const hit = names.find((f) => normalise(f) === normalise(segments[i]));
      if (hit) return [hit];
    }
    return undefined;
  }
  const name = stripped
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return name.length ? name : undefined;
}

/** The one way a problem+json answer reaches a form: its field errors on the form's fields, the rest as messages. */
export function problemFormErrors(error: unknown, names?: FieldNames): FormErrors {
  if (!isApiError(error) || !error.problem) return { fields: [], other: [] };
  const problem = error.problem;
  const byName = new Map<string, FieldErrorEntry>();
  const other: string[] = [];
  for (const e of problem.errors ?? []) {
    const message = e.message?.trim() || problem.title || '';
    const name = e.field ? formName(e.field, names) : undefined;
    if (name) {
      const key = JSON.stringify(name);
      const entry = byName.get(key) ?? { name, errors: [] };
      if (message && !entry.errors.includes(message)) entry.errors.push(message);
      byName.set(key, entry);
    } else if (message && !other.includes(message)) {
      other.push(message);
    }
  }
  if (byName.size === 0 && other.length === 0) {
    const text = problem.detail || problem.title;
    if (text) other.push(text);
  }
  return { fields: [...byName.values()], other };
}

/** Shows a problem's field errors on the form's fields and answers what it found: the caller shows `other`. */
export function showProblemOnForm<T>(form: FormInstance<T>, error: unknown, names?: FieldNames): FormErrors {
  const found = problemFormErrors(error, names);
  form.setFields(found.fields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
  return found;
}

/**
 * What a form shows when saving fails: a 400's field errors on its fields and the rest as messages above it, a
 * stale version (409/412) as `conflict` when the form has one, anything else described for the user.
 */
export function saveFailureMessages<T>(
  form: FormInstance<T>,
  error: unknown,
  t: TFunction,
  { names, conflict }: { names?: FieldNames; conflict?: string } = {},
): string[] {
  if (conflict && isConflict(error)) return [conflict];
  if (isApiError(error) && error.problem && error.status === 400) return showProblemOnForm(form, error, names).other;
  return [describeError(error, t)];
}
