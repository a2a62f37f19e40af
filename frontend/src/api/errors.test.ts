import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { describeError } from './errors';
import { ApiError } from './problem';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('describeError', () => {
  it('tells a refused field by its message, without the server’s path', () => {
    const error = new ApiError(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'documents: hồ sơ còn thiếu: Tờ trình',
      errors: [{ field: 'documents', message: 'hồ sơ còn thiếu: Tờ trình' }],
    });
    expect(describeError(error, t)).toBe('hồ sơ còn thiếu: Tờ trình');
  });

  it('falls back to the detail, the title, then a status message', () => {
    expect(describeError(new ApiError(422, { title: 'Vi phạm', status: 422, detail: 'Đã quá hạn' }), t)).toBe(
      'Đã quá hạn',
    );
    expect(describeError(new ApiError(409, { title: 'Xung đột', status: 409 }), t)).toBe('Xung đột');
    expect(describeError(new Error('x'), t)).toBe('t:errors.unknown');
  });
});
