import { describe, expect, it } from 'vitest';
import vi from './vi';
import en from './en';
import { storedLanguage, LANGUAGE_STORAGE_KEY } from './index';
import { ROLES } from '../auth/roles';
import { UNIT_KINDS } from '../features/units/kinds';
import { TASK_KINDS } from '../features/home/taskKinds';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else leaves(v, key).forEach((val, kk) => out.set(kk, val));
  }
  return out;
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);
const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  it('vi and en have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('no text is empty and both languages use the same placeholders', () => {
    for (const [key, text] of viLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(enLeaves.get(key)?.trim(), key).not.toBe('');
      expect(vars(enLeaves.get(key) ?? ''), key).toEqual(vars(text));
    }
  });

  it('Vietnamese texts carry their diacritics', () => {
    expect(vi.nav.home).toBe('Trang chủ');
    expect(vi.nav.units).toBe('Đơn vị');
    expect(vi.auth.login).toBe('Đăng nhập');
    expect(vi.home.empty).toBe('Không có việc cần xử lý');
    expect(vi.units.add).toBe('Thêm đơn vị');
    // Most sentences in Vietnamese need at least one letter outside ASCII.
    const plain = [...viLeaves.entries()].filter(([, s]) => s.split(' ').length > 2 && !/[\u0080-\uffff]/.test(s));
    expect(plain).toEqual([]);
  });

  it('every role, unit kind and task kind has a label', () => {
    for (const r of ROLES) expect(viLeaves.has(`roles.${r}`), r).toBe(true);
    for (const k of UNIT_KINDS) expect(viLeaves.has(`unitKinds.${k}`), k).toBe(true);
    for (const k of TASK_KINDS) expect(viLeaves.has(`taskKinds.${k}`), k).toBe(true);
    expect(vi.roles.officer).toBe('Cán bộ thường trực thi đua');
    expect(vi.roles['unit-officer']).toBe('Cán bộ thi đua đơn vị');
    expect(vi.unitKinds.AGENCY).toBe('Cơ quan, sở, ban, ngành');
  });

  it('defaults to Vietnamese and remembers a valid choice only', () => {
    expect(storedLanguage({ getItem: () => null })).toBe('vi');
    expect(storedLanguage({ getItem: (k) => (k === LANGUAGE_STORAGE_KEY ? 'en' : null) })).toBe('en');
    expect(storedLanguage({ getItem: () => 'fr' })).toBe('vi');
    expect(
      storedLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('vi');
  });
});
