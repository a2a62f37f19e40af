import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem';

/** Client errors (4xx) are answers, not glitches: retry only network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown) {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
