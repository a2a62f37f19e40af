import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import type { Problem } from '../api/types';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { problemFormErrors, saveFailureMessages } from './formErrors';

const problem = (p: Problem) => new ApiError(p.status ?? 400, p);
const UNIT_FIELDS = ['name', 'shortName', 'kind', 'parentId'] as const;

describe('problemFormErrors', () => {
  it('turns server paths into form field names', () => {
    const error = problem({
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [
        { field: 'entries[0].awardType', message: 'là danh hiệu cá nhân' },
        { field: 'create.in.year', message: 'không được để trống' },
        { field: 'overrideReason', message: 'ghi rõ lý do' },
      ],
    });
    expect(problemFormErrors(error).fields).toEqual([
      { name: ['entries', 0, 'awardType'], errors: ['là danh hiệu cá nhân'] },
      { name: ['year'], errors: ['không được để trống'] },
      { name: ['overrideReason'], errors: ['ghi rõ lý do'] },
    ]);
  });

  it.each([
    ['name', 'name'],
    ['create.body.name', 'name'],
    ['update.arg1.parentId', 'parentId'],
    ['parent_id', 'parentId'],
    ['short-name', 'shortName'],
    ['items[0].kind', 'kind'],
  ])('a form with named fields finds %s as %s', (path, expected) => {
    const error = problem({ title: 'T', status: 400, errors: [{ field: path, message: 'sai' }] });
    expect(problemFormErrors(error, UNIT_FIELDS).fields).toEqual([{ name: [expected], errors: ['sai'] }]);
  });

  it('puts field messages on their fields once and keeps the rest apart, without the server path', () => {
    const result = problemFormErrors(
      problem({
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        errors: [
          { field: 'create.body.name', message: 'không được để trống' },
          { field: 'create.body.name', message: 'đã tồn tại' },
          { field: 'create.body.name', message: 'đã tồn tại' },
          { field: 'parentId', message: 'Đơn vị cấp trên không tồn tại' },
          { field: 'create.body', message: 'Đơn vị không thể trực thuộc chính nó' },
          { field: 'documents', message: 'Hồ sơ còn thiếu báo cáo thành tích' },
          { message: 'Lỗi chung' },
        ],
      }),
      UNIT_FIELDS,
    );
    expect(result.fields).toEqual([
      { name: ['name'], errors: ['không được để trống', 'đã tồn tại'] },
      { name: ['parentId'], errors: ['Đơn vị cấp trên không tồn tại'] },
    ]);
    expect(result.other).toEqual([
      'Đơn vị không thể trực thuộc chính nó',
      'Hồ sơ còn thiếu báo cáo thành tích',
      'Lỗi chung',
    ]);
  });

  it('renames paths the form names otherwise', () => {
    const rename = (path: string) => (path === 'launchDocument.number' ? ['docNumber'] : undefined);
    const result = problemFormErrors(
      problem({
        title: 'T',
        status: 400,
        errors: [
          { field: 'create.in.launchDocument.number', message: 'thiếu số' },
          { field: 'version', message: 'đã đổi' },
        ],
      }),
      rename,
    );
    expect(result).toEqual({ fields: [{ name: ['docNumber'], errors: ['thiếu số'] }], other: ['đã đổi'] });
  });

  it('falls back to the detail, and the title when a field error has no message', () => {
    expect(problemFormErrors(problem({ title: 'Conflict', detail: 'Tên đơn vị đã tồn tại', status: 409 }))).toEqual({
      fields: [],
      other: ['Tên đơn vị đã tồn tại'],
    });
    expect(
      problemFormErrors(problem({ title: 'Không hợp lệ', status: 400, errors: [{ field: 'kind' }] }), UNIT_FIELDS)
        .fields,
    ).toEqual([{ name: ['kind'], errors: ['Không hợp lệ'] }]);
  });

  it('has nothing for errors that are not problems', () => {
    expect(problemFormErrors(new Error('mạng'))).toEqual({ fields: [], other: [] });
  });
});

describe('saveFailureMessages', () => {
  const t = ((key: string) => `t:${key}`) as unknown as TFunction;
  const form = () => {
    const set: unknown[] = [];
    return { set, instance: { setFields: (f: unknown[]) => set.push(...f) } as unknown as FormInstance };
  };

  it('puts a 400 on the fields and answers the messages no field shows', () => {
    const { set, instance } = form();
    const error = problem({
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      errors: [
        { field: 'create.body.name', message: 'không được để trống' },
        { field: 'create.body', message: 'Khối đã có mã này' },
      ],
    });
    expect(saveFailureMessages(instance, error, t, { names: ['name'] })).toEqual(['Khối đã có mã này']);
    expect(set).toEqual([{ name: ['name'], errors: ['không được để trống'] }]);
  });

  it('answers the form’s own words for a stale version, and describes the rest', () => {
    const stale = problem({ title: 'Dữ liệu đã thay đổi', status: 409 });
    expect(saveFailureMessages(form().instance, stale, t, { conflict: 'Đã có người sửa' })).toEqual([
      'Đã có người sửa',
    ]);
    expect(saveFailureMessages(form().instance, stale, t)).toEqual(['Dữ liệu đã thay đổi']);
    expect(saveFailureMessages(form().instance, new Error('mạng'), t)).toEqual(['t:errors.unknown']);
  });
});
