import { describe, expect, it } from 'vitest';
import { normalizeReceipt } from './labels';

describe('normalizeReceipt', () => {
  it('reads a receipt typed in lower case, with spaces or without dashes', () => {
    expect(normalizeReceipt('k7qf 2mxd 9r4t')).toBe('K7QF-2MXD-9R4T');
    expect(normalizeReceipt('K7QF2MXD9R4T')).toBe('K7QF-2MXD-9R4T');
    expect(normalizeReceipt(' k7qf-2mxd-9r4t ')).toBe('K7QF-2MXD-9R4T');
  });
});
