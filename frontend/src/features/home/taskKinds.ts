import type { ParseKeys } from 'i18next';
import type { Task, TaskKind } from '../../api/types';

/** Every task kind the gateway merges from the services (docs/contracts.md). */
export const TASK_KINDS = [
  'SIGN',
  'VOTE',
  'REGISTER',
  'REPORT',
  'APPRAISE',
  'RESOLVE',
] as const satisfies readonly TaskKind[];

const LABEL_KEYS: Record<TaskKind, ParseKeys> = {
  SIGN: 'taskKinds.SIGN',
  VOTE: 'taskKinds.VOTE',
  REGISTER: 'taskKinds.REGISTER',
  REPORT: 'taskKinds.REPORT',
  APPRAISE: 'taskKinds.APPRAISE',
  RESOLVE: 'taskKinds.RESOLVE',
};

const COLORS: Record<TaskKind, string> = {
  SIGN: 'volcano',
  VOTE: 'purple',
  REGISTER: 'blue',
  REPORT: 'cyan',
  APPRAISE: 'gold',
  RESOLVE: 'red',
};

/** The i18n key of a task kind's label; an unknown kind (a newer service) falls back to "Việc khác". */
export function taskKindLabelKey(kind: string | undefined | null): ParseKeys {
  return kind && Object.hasOwn(LABEL_KEYS, kind) ? LABEL_KEYS[kind as TaskKind] : 'taskKinds.other';
}

export function taskKindColor(kind: string | undefined | null): string {
  return kind && Object.hasOwn(COLORS, kind) ? COLORS[kind as TaskKind] : 'default';
}

export type DueStatus = 'none' | 'overdue' | 'soon' | 'later';

const SOON_MS = 3 * 24 * 60 * 60 * 1000;

/** Overdue when the due time has passed; "soon" within three days. */
export function dueStatus(dueAt: string | null | undefined, now: Date = new Date()): DueStatus {
  if (!dueAt) return 'none';
  const due = new Date(dueAt).getTime();
  if (Number.isNaN(due)) return 'none';
  const diff = due - now.getTime();
  if (diff < 0) return 'overdue';
  if (diff <= SOON_MS) return 'soon';
  return 'later';
}

export type TaskLink = { kind: 'internal'; to: string } | { kind: 'external'; href: string } | { kind: 'none' };

/** A task's link: an app path becomes a router link; an http(s) URL a plain link; anything else no link. */
export function classifyTaskLink(link: Task['link'] | null | undefined): TaskLink {
  if (!link) return { kind: 'none' };
  if (link.startsWith('/') && !link.startsWith('//')) return { kind: 'internal', to: link };
  if (/^https?:\/\//i.test(link)) {
    try {
      const url = new URL(link);
      if (typeof window !== 'undefined' && url.origin === window.location.origin) {
        return { kind: 'internal', to: `${url.pathname}${url.search}${url.hash}` };
      }
    } catch {
      return { kind: 'none' };
    }
    return { kind: 'external', href: link };
  }
  return { kind: 'none' };
}

/** The home page's two groups, in the gateway's order: what is signed or voted in a minute, then the rest by deadline. */
export type TaskGroup = 'act' | 'due';

export function taskGroup(kind: string | undefined | null): TaskGroup {
  return kind === 'SIGN' || kind === 'VOTE' ? 'act' : 'due';
}

/** A page of tasks cut into runs of one group, keeping their order. */
export function groupTasks<T extends { kind?: string | null }>(
  tasks: readonly T[],
): { group: TaskGroup; tasks: T[] }[] {
  const runs: { group: TaskGroup; tasks: T[] }[] = [];
  for (const task of tasks) {
    const group = taskGroup(task.kind);
    const last = runs.at(-1);
    if (last && last.group === group) last.tasks.push(task);
    else runs.push({ group, tasks: [task] });
  }
  return runs;
}
