import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { serverFieldErrors } from './formErrors';

describe('serverFieldErrors', () => {
  it('turns server paths into form field names', () => {
    const error = new ApiError(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [
        { field: 'entries[0].awardType', message: 'là danh hiệu cá nhân' },
        { field: 'create.in.year', message: 'không được để trống' },
        { field: 'overrideReason', message: 'ghi rõ lý do' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual([
      { name: ['entries', 0, 'awardType'], errors: ['là danh hiệu cá nhân'] },
      { name: ['year'], errors: ['không được để trống'] },
      { name: ['overrideReason'], errors: ['ghi rõ lý do'] },
    ]);
  });

  it('has nothing for errors that are not problems', () => {
    expect(serverFieldErrors(new Error('mạng'))).toEqual([]);
  });
});
