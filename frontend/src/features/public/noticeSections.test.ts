import { describe, expect, it } from 'vitest';
import { noticeSections } from './PublicNoticesPage';

describe('noticeSections', () => {
  it('never files an ended window under "đang công khai"', () => {
    const notices = [
      { id: 'ended', open: false, ended: true },
      { id: 'later', open: false, ended: false },
      { id: 'now', open: true, ended: false },
    ];
    expect(noticeSections(notices).map((s) => [s.key, s.notices.map((n) => n.id)])).toEqual([
      ['open', ['now']],
      ['ended', ['ended']],
      ['upcoming', ['later']],
    ]);
    expect(noticeSections([{ id: 'x', open: false, ended: true }]).map((s) => s.key)).toEqual(['ended']);
  });
});
