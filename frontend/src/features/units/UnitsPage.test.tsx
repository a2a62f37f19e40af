import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PageUnitView, UnitNode, UnitView } from '../../api/types';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../test/utils';
import { UnitsPage } from './UnitsPage';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const PROVINCE = '10000000-0000-0000-0000-000000000001';
const SNV = '10000000-0000-0000-0000-000000000002';

const tree: UnitNode[] = [
  {
    id: PROVINCE,
    name: 'Ủy ban nhân dân tỉnh Kon Tum',
    kind: 'PROVINCE',
    active: true,
    children: [
      { id: SNV, name: 'Sở Nội vụ tỉnh Kon Tum', shortName: 'SNV', kind: 'AGENCY', active: true, children: [] },
    ],
  },
];
const snv: UnitView = {
  id: SNV,
  name: 'Sở Nội vụ tỉnh Kon Tum',
  shortName: 'SNV',
  kind: 'AGENCY',
  parentId: PROVINCE,
  active: true,
  version: 3,
};
const page: PageUnitView = {
  items: [{ id: PROVINCE, name: 'Ủy ban nhân dân tỉnh Kon Tum', kind: 'PROVINCE', active: true, version: 1 }, snv],
  page: 0,
  size: 20,
  total: 2,
};

let lastBody: unknown;

function api() {
  return mockApi(async (req) => {
    const url = new URL(req.url);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/v1/units/tree') return json(tree);
    if (route === 'GET /api/v1/units') return json(page);
    if (route === 'GET /api/v1/me')
      return json({
        subject: 's',
        username: 'x',
        name: 'X',
        roles: [],
        unitId: SNV,
        unitName: 'Sở Nội vụ tỉnh Kon Tum',
      });
    if (route === 'POST /api/v1/units') {
      lastBody = await req.json();
      return json(
        {
          type: 'about:blank',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          requestId: 'r-1',
          errors: [{ field: 'create.body.name', message: 'Tên đơn vị đã tồn tại' }],
        },
        400,
        'application/problem+json',
      );
    }
    if (route === `PUT /api/v1/units/${SNV}`) {
      lastBody = await req.json();
      return json({ title: 'Conflict', status: 409, detail: 'stale version' }, 409, 'application/problem+json');
    }
    if (route === `GET /api/v1/units/${SNV}`) return json({ ...snv, name: 'Sở Nội vụ (tên mới)', version: 4 });
    return undefined;
  });
}

beforeEach(() => {
  lastBody = undefined;
});

describe('UnitsPage for a unit officer', () => {
  it('lists the units with Vietnamese kind labels and no edit controls', async () => {
    auth.current = fakeAuth(['unit-officer']);
    api();
    renderWithProviders(<UnitsPage />, { route: '/units' });
    const rows = await screen.findAllByTestId('unit-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getByText('Sở Nội vụ tỉnh Kon Tum')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Cơ quan, sở, ban, ngành')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm đơn vị/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('unit-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('unit-deactivate')).not.toBeInTheDocument();
  });
});

describe('UnitsPage for an officer', () => {
  it('shows the add button and per-unit actions', async () => {
    auth.current = fakeAuth(['officer']);
    api();
    renderWithProviders(<UnitsPage />, { route: '/units' });
    expect(await screen.findByRole('button', { name: /Thêm đơn vị/ })).toBeInTheDocument();
    expect(await screen.findAllByTestId('unit-edit')).toHaveLength(2);
    expect(screen.getAllByTestId('unit-deactivate')).toHaveLength(2);
  });

  it('puts server field errors from problem+json on the form field', async () => {
    auth.current = fakeAuth(['officer']);
    api();
    renderWithProviders(<UnitsPage />, { route: `/units?parentId=${PROVINCE}` });
    await userEvent.click(await screen.findByRole('button', { name: /Thêm đơn vị/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Tên đơn vị'), 'Sở Nội vụ tỉnh Kon Tum');
    await userEvent.click(within(dialog).getByLabelText('Loại đơn vị'));
    await userEvent.click(await screen.findByTitle('Cơ quan, sở, ban, ngành'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const message = await within(dialog).findByText('Tên đơn vị đã tồn tại');
    expect(message.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Tên đơn vị'));
    // The parent chosen in the tree was pre-filled.
    expect(lastBody).toEqual({ name: 'Sở Nội vụ tỉnh Kon Tum', shortName: null, kind: 'AGENCY', parentId: PROVINCE });
  });

  it('explains a stale version (409) and reloads the latest data', async () => {
    auth.current = fakeAuth(['admin']);
    api();
    renderWithProviders(<UnitsPage />, { route: '/units' });
    const edits = await screen.findAllByTestId('unit-edit');
    await userEvent.click(edits[1]);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Tên đơn vị')).toHaveValue('Sở Nội vụ tỉnh Kon Tum');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Dữ liệu đã bị người khác thay đổi')).toBeInTheDocument();
    expect(lastBody).toMatchObject({ version: 3, parentId: PROVINCE });
    expect(within(dialog).getByRole('button', { name: 'Lưu' })).toBeDisabled();

    await userEvent.click(within(dialog).getByRole('button', { name: /Tải lại dữ liệu mới nhất/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('Tên đơn vị')).toHaveValue('Sở Nội vụ (tên mới)'));
    expect(within(dialog).queryByText('Dữ liệu đã bị người khác thay đổi')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(lastBody).toMatchObject({ version: 4, name: 'Sở Nội vụ (tên mới)' }));
  });
});
