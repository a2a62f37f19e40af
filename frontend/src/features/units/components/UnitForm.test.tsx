import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, type FormInstance } from 'antd';
import { useEffect } from 'react';
import type { UnitNode } from '../../../api/types';
import { UiProviders } from '../../../app/UiProviders';
import { ApiError } from '../../../api/problem';
import { showProblemOnForm } from '../../../lib/formErrors';
import { UnitForm, UNIT_FORM_ID } from './UnitForm';
import { UNIT_FORM_FIELDS, toNewUnit, type UnitFormValues } from '../formModel';

const tree: UnitNode[] = [
  {
    id: '10000000-0000-0000-0000-000000000001',
    name: 'Ủy ban nhân dân tỉnh Kon Tum',
    kind: 'PROVINCE',
    active: true,
    children: [
      {
        id: '10000000-0000-0000-0000-000000000002',
        name: 'Sở Nội vụ tỉnh Kon Tum',
        kind: 'AGENCY',
        active: true,
        children: [],
      },
    ],
  },
];

type Props = {
  onFinish: (v: UnitFormValues) => void;
  initial?: Partial<UnitFormValues>;
  onForm?: (form: FormInstance<UnitFormValues>) => void;
};

function Harness({ onFinish, initial, onForm }: Props) {
  const [form] = Form.useForm<UnitFormValues>();
  useEffect(() => {
    onForm?.(form);
  }, [form, onForm]);
  return (
    <UiProviders>
      <UnitForm
        form={form}
        tree={tree}
        initialValues={{ name: '', shortName: '', parentId: null, ...initial }}
        onFinish={onFinish}
      />
      <button type="submit" form={UNIT_FORM_ID}>
        Lưu
      </button>
    </UiProviders>
  );
}

async function chooseOption(label: string, option: string) {
  const user = userEvent.setup();
  const combo = screen.getByLabelText(label);
  await user.click(combo);
  const item = await screen.findByTitle(option);
  await user.click(item);
}

describe('UnitForm', () => {
  it('renders the fields with Vietnamese labels', () => {
    render(<Harness onFinish={vi.fn()} />);
    expect(screen.getByLabelText('Tên đơn vị')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên viết tắt')).toBeInTheDocument();
    expect(screen.getByLabelText('Loại đơn vị')).toBeInTheDocument();
    expect(screen.getByLabelText('Đơn vị cấp trên')).toBeInTheDocument();
  });

  it('shows Vietnamese validation messages and does not submit an empty form', async () => {
    const onFinish = vi.fn();
    render(<Harness onFinish={onFinish} />);
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Vui lòng nhập tên đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng chọn loại đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Vui lòng chọn đơn vị cấp trên')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('rejects a name made of spaces only and an overlong name', async () => {
    const onFinish = vi.fn();
    render(<Harness onFinish={onFinish} />);
    const name = screen.getByLabelText('Tên đơn vị');
    await userEvent.type(name, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Vui lòng nhập tên đơn vị')).toBeInTheDocument();
    await userEvent.clear(name);
    await userEvent.click(name);
    await userEvent.paste('x'.repeat(256));
    expect(await screen.findByText('Tên đơn vị không được dài quá 255 ký tự')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('needs a parent except for a province, and submits clean values', async () => {
    const onFinish = vi.fn();
    render(<Harness onFinish={onFinish} />);
    await userEvent.type(screen.getByLabelText('Tên đơn vị'), '  Sở Tài chính   tỉnh Kon Tum ');
    await userEvent.type(screen.getByLabelText('Tên viết tắt'), 'STC');
    await chooseOption('Loại đơn vị', 'Cơ quan, sở, ban, ngành');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Vui lòng chọn đơn vị cấp trên')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();

    await chooseOption('Đơn vị cấp trên', 'Ủy ban nhân dân tỉnh Kon Tum');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    const values = onFinish.mock.calls[0][0] as UnitFormValues;
    expect(toNewUnit(values)).toEqual({
      name: 'Sở Tài chính tỉnh Kon Tum',
      shortName: 'STC',
      kind: 'AGENCY',
      parentId: '10000000-0000-0000-0000-000000000001',
    });
  });

  it('lets a province be saved without a parent', async () => {
    const onFinish = vi.fn();
    render(<Harness onFinish={onFinish} initial={{ name: 'Ủy ban nhân dân tỉnh Gia Lai', kind: 'PROVINCE' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onFinish).toHaveBeenCalledTimes(1));
    expect(toNewUnit(onFinish.mock.calls[0][0])).toMatchObject({ kind: 'PROVINCE', parentId: null, shortName: null });
  });

  it('shows server field errors on the matching fields', async () => {
    let form: FormInstance<UnitFormValues> | undefined;
    render(<Harness onFinish={vi.fn()} onForm={(f) => (form = f)} />);
    await waitFor(() => expect(form).toBeDefined());
    if (form)
      showProblemOnForm(
        form,
        new ApiError(400, {
          status: 400,
          title: 'Bad Request',
          errors: [{ field: 'create.body.name', message: 'Tên đơn vị đã tồn tại trong đơn vị cấp trên' }],
        }),
        UNIT_FORM_FIELDS,
      );
    const item = (await screen.findByText('Tên đơn vị đã tồn tại trong đơn vị cấp trên')).closest(
      '.ant-form-item',
    ) as HTMLElement;
    expect(within(item).getByLabelText('Tên đơn vị')).toBeInTheDocument();
  });
});
