import type { FormInstance } from 'antd';
import { isApiError } from '../api/problem';

export interface FieldErrorEntry {
  name: (string | number)[];
  errors: string[];
}

/**
 * A problem's field errors as Ant Design form fields: "entries[0].awardType" → ["entries", 0, "awardType"];
 * bean-validation paths ("create.in.year") lose their method and parameter names.
 */
export function serverFieldErrors(error: unknown): FieldErrorEntry[] {
  if (!isApiError(error) || !error.problem?.errors) return [];
  return error.problem.errors
    .filter((e) => !!e.field)
    .map((e) => {
      const path = (e.field ?? '').replace(/^[a-zA-Z]+\.(in|arg\d)\./, '');
      const name = path
        .split(/\.|\[(\d+)\]/)
        .filter((p) => p !== undefined && p !== '')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      return { name, errors: [e.message ?? ''] };
    });
}

/** Shows a problem's field errors on the form's fields; false when the problem names no field. */
export function applyServerErrors<T>(form: FormInstance<T>, error: unknown): boolean {
  const fields = serverFieldErrors(error);
  if (!fields.length) return false;
  form.setFields(fields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
  return true;
}
