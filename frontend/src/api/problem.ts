import type { Problem } from './types';

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
  };
}
