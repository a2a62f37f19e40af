import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchMyTasks } from './api';

export const tasksKey = ['tasks', 'mine'] as const;

export const TASKS_PAGE_SIZE = 20;

/** One page of the user's tasks in the gateway's order (signing and voting first, then by deadline). */
export function useMyTasks(page: number) {
  return useQuery({
    queryKey: [...tasksKey, page],
    queryFn: () => fetchMyTasks(page, TASKS_PAGE_SIZE),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}
