import type { Problem, ProblemFieldError } from './types';

/** An error answer from the API (RFC 9457 problem+json when the server sent one), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get requestId(): string | undefined {
    return this.problem?.requestId ?? undefined;
  }

  get isNetworkError() {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads a parsed error body as a problem document; anything else yields null. */
export function asProblem(body: unknown): Problem | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  const looksLikeProblem = 'title' in b || 'detail' in b || 'status' in b || 'type' in b || 'errors' in b;
  if (!looksLikeProblem) return null;
  const errors = Array.isArray(b.errors)
    ? b.errors
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => ({
          field: typeof e.field === 'string' ? e.field : undefined,
          message: typeof e.message === 'string' ? e.message : undefined,
        }))
    : undefined;
  return {
    type: typeof b.type === 'string' ? b.type : undefined,
    title: typeof b.title === 'string' ? b.title : undefined,
    status: typeof b.status === 'number' ? b.status : undefined,
    detail: typeof b.detail === 'string' ? b.detail : undefined,
    instance: typeof b.instance === 'string' ? b.instance : undefined,
    requestId: typeof b.requestId === 'string' ? b.requestId : undefined,
    errors,
  } as Problem;
}

export interface FieldErrorsResult<F extends string> {
  /** Errors for fields the form has, ready for antd `form.setFields`. */
  fieldErrors: { name: F; errors: string[] }[];
  /** Messages that match no form field (shown above the form). */
  otherErrors: string[];
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Finds the form field a server-side field path points at. Bean-validation paths look like
 * `create.body.name`, `update.arg1.parentId`, `parent_id` or `items[0].name`: the last path segment
 * that names a known field wins (case, `_` and `-` are ignored).
 */
export function matchField<F extends string>(path: string | undefined | null, fields: readonly F[]): F | undefined {
  if (!path) return undefined;
  const segments = path
    .split(/[.[\]/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = normalise(segments[i]);
    const hit = fields.find((f) => normalise(f) === seg);
    if (hit) return hit;
  }
  return undefined;
}

/** Maps a problem's field errors onto form fields; everything else (and a bare detail) goes to otherErrors. */
export function problemToFieldErrors<F extends string>(
  problem: Problem | null | undefined,
  fields: readonly F[],
): FieldErrorsResult<F> {
  const byField = new Map<F, string[]>();
  const otherErrors: string[] = [];
  const list: ProblemFieldError[] = problem?.errors ?? [];
  for (const e of list) {
    const message = e.message?.trim() || problem?.title || '';
    const field = matchField(e.field, fields);
    if (field) {
      const messages = byField.get(field) ?? [];
      if (message && !messages.includes(message)) messages.push(message);
      byField.set(field, messages);
    } else if (message) {
      otherErrors.push(e.field ? `${e.field}: ${message}` : message);
    }
  }
  if (byField.size === 0 && otherErrors.length === 0 && problem) {
    const text = problem.detail || problem.title;
    if (text) otherErrors.push(text);
  }
  return {
    fieldErrors: [...byField.entries()].map(([name, errors]) => ({ name, errors })),
    otherErrors,
  };
}
