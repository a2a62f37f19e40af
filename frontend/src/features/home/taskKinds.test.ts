import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { TASK_KINDS, classifyTaskLink, dueStatus, groupTasks, taskKindLabelKey } from './taskKinds';

describe('task kind labels', () => {
  const vi = i18n.getFixedT('vi');
  const en = i18n.getFixedT('en');

  it('names every kind in Vietnamese', () => {
    expect(TASK_KINDS.map((k) => vi(taskKindLabelKey(k)))).toEqual([
      'Ký giao ước',
      'Bỏ phiếu',
      'Đăng ký thi đua',
      'Báo cáo',
      'Thẩm định',
      'Cần xử lý',
    ]);
  });

  it('names every kind in English too', () => {
    for (const k of TASK_KINDS) {
      const label = en(taskKindLabelKey(k));
      expect(label).not.toBe(vi(taskKindLabelKey(k)));
      expect(label).not.toMatch(/^taskKinds\./);
    }
  });

  it('falls back for a kind a newer service may add', () => {
    expect(vi(taskKindLabelKey('NOMINATE'))).toBe('Việc khác');
    expect(vi(taskKindLabelKey(undefined))).toBe('Việc khác');
    expect(vi(taskKindLabelKey('toString'))).toBe('Việc khác');
  });
});

describe('dueStatus', () => {
  const now = new Date('2025-03-10T08:00:00Z');
  it.each([
    [undefined, 'none'],
    ['garbage', 'none'],
    ['2025-03-09T08:00:00Z', 'overdue'],
    ['2025-03-12T08:00:00Z', 'soon'],
    ['2025-03-20T08:00:00Z', 'later'],
  ])('%s → %s', (dueAt, expected) => {
    expect(dueStatus(dueAt, now)).toBe(expected);
  });
});

describe('classifyTaskLink', () => {
  it('routes app paths internally and keeps external links external', () => {
    expect(classifyTaskLink('/blocs/1/covenants/2025')).toEqual({ kind: 'internal', to: '/blocs/1/covenants/2025' });
    expect(classifyTaskLink(`${window.location.origin}/units?q=a`)).toEqual({ kind: 'internal', to: '/units?q=a' });
    expect(classifyTaskLink('https://dvc.example.gov.vn/ho-so/1')).toEqual({
      kind: 'external',
      href: 'https://dvc.example.gov.vn/ho-so/1',
    });
    expect(classifyTaskLink('//evil.example')).toEqual({ kind: 'none' });
    expect(classifyTaskLink('javascript:alert(1)')).toEqual({ kind: 'none' });
    expect(classifyTaskLink(undefined)).toEqual({ kind: 'none' });
  });
});

describe('groupTasks', () => {
  it('cuts a page into runs of signing/voting and the rest, keeping the server order', () => {
    const tasks = [
      { id: 'v', kind: 'VOTE' },
      { id: 's', kind: 'SIGN' },
      { id: 'r', kind: 'REPORT' },
      { id: 'x', kind: 'SOMETHING_NEW' },
    ];
    expect(groupTasks(tasks).map((g) => [g.group, g.tasks.map((t) => t.id)])).toEqual([
      ['act', ['v', 's']],
      ['due', ['r', 'x']],
    ]);
    expect(groupTasks([])).toEqual([]);
  });
});
