import type { TFunction } from 'i18next';
import { isApiError } from './problem';

/** A short, user-facing Vietnamese/English explanation of any error thrown by an API call. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.isNetworkError) return t('errors.network');
    // a rule refusing one field ("documents: hồ sơ còn thiếu …"): the reader is told what, not the field's path
    const fieldMessages = [...new Set((error.problem?.errors ?? []).map((e) => e.message?.trim()).filter(Boolean))];
    const fromServer = fieldMessages.join('; ') || error.problem?.detail || error.problem?.title;
    if (error.status === 401) return t('errors.unauthorized');
    if (error.status === 403) return fromServer || t('errors.forbidden');
    if (fromServer) return fromServer;
    if (error.status === 400 || error.status === 422) return t('errors.badRequest');
    if (error.status === 404) return t('errors.notFound');
    if (error.status === 409 || error.status === 412) return t('errors.conflict');
    if (error.status >= 500) return t('errors.server');
  }
  return t('errors.unknown');
}

export function isConflict(error: unknown) {
  return isApiError(error) && (error.status === 409 || error.status === 412);
}
