import { api, unwrap } from '../../api/client';
import type { PageTask } from '../../api/types';

/** GET /api/v1/tasks: the signed-in user's pending tasks, merged by the gateway from every service. */
export function fetchMyTasks(page: number, size: number) {
  return unwrap<PageTask>(api.GET('/api/v1/tasks', { params: { query: { page, size } } }));
}
