import { useQuery } from '@tanstack/react-query';
import { fetchMyTasks } from './api';

export const tasksKey = ['tasks', 'mine'] as const;

export function useMyTasks() {
  return useQuery({ queryKey: tasksKey, queryFn: () => fetchMyTasks(), refetchOnWindowFocus: true });
}
