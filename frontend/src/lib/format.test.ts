import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format';

describe('format', () => {
  it('writes dates and decimals as Vietnamese officers do', () => {
    expect(formatDate('2026-01-15')).toBe('15/01/2026');
    expect(formatNumber(7.5)).toBe('7,5');
  });

  it('writes amounts in đồng with the thousands dot', () => {
    expect(formatMoney(18720000)).toBe('18.720.000');
    expect(formatMoney(702000)).toBe('702.000');
    expect(formatMoney(null)).toBe('—');
  });
});
