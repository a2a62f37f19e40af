import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './generated/schema';
import { ApiError, asProblem } from './problem';

type TokenProvider = () => Promise<string | null | undefined> | string | null | undefined;

let tokenProvider: TokenProvider = () => undefined;

/** Tells the API client how to obtain the current access token (set once the OIDC user manager exists). */
export function setAccessTokenProvider(provider: TokenProvider) {
  tokenProvider = provider;
}

export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
};

function defaultBaseUrl() {
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null'
    ? window.location.origin
    : 'http://localhost';
}

export function createApiClient(
  baseUrl: string = defaultBaseUrl(),
  // Resolved per call (not captured once), so a replaced global fetch (tests, instrumentation) is honoured.
  fetchImpl: (input: Request) => Promise<Response> = (input) => globalThis.fetch(input),
) {
  const client = createClient<paths>({ baseUrl, fetch: fetchImpl });
  client.use(authMiddleware);
  return client;
}

/** The typed client for the gateway's /api/v1 (same origin as the SPA). */
export const api = createApiClient();

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError carrying the problem+json
 * body (or status 0 when the server could not be reached).
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch (e) {
    throw new ApiError(0, null, e instanceof Error ? e.message : String(e));
  }
  const { data, error, response } = result;
  if (!response.ok) {
    throw new ApiError(response.status, asProblem(error));
  }
  return data as T;
}

/** A request outside the typed client (files), with the user's token; network failures become ApiError(0). */
async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await tokenProvider();
  let response: Response;
  try {
    response = await globalThis.fetch(path, { ...init, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch (e) {
    throw new ApiError(0, null, e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) {
    throw new ApiError(response.status, asProblem(await response.json().catch(() => null)));
  }
  return response;
}

/** Downloads a generated file (PDF, Word, Excel) with the signed-in user's token and hands it to the browser. */
export async function downloadFile(path: string, filename: string) {
  const response = await authorizedFetch(path);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Fetches a protected file (e.g. a photo) as a blob, for an object URL the page shows. */
export async function fetchBlob(path: string): Promise<Blob> {
  return (await authorizedFetch(path)).blob();
}

/** Uploads one file as multipart form data (field `file`, and any other fields) with the user's token; answers the created resource. */
export async function uploadFile<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  Object.entries(fields).forEach(([name, value]) => form.append(name, value));
  form.append('file', file, file.name);
  const response = await authorizedFetch(path, { method: 'POST', body: form });
  return (await response.json()) as T;
}
