import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountRoleOption, AccountView, PageAccountView } from '../../api/types';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../test/utils';
import { AccountsPage } from './AccountsPage';
import { navItemsFor } from '../../app/nav';
import { permissionsFor } from '../../auth/roles';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const STP = '20000000-0000-0000-0000-000000000006';
const leader: AccountView = {
  id: 'a1',
  username: 'thanhtra.leader',
  fullName: 'Phạm Văn Sáu',
  email: 'thanhtra.leader@thidua.example',
  unit: { id: STP, name: 'Sở Tư pháp tỉnh Đắk Lắk', active: true },
  position: 'Giám đốc Sở',
  roles: ['UNIT_LEADER'],
  enabled: true,
  invitedAt: '2026-12-07T08:00:00+07:00',
  version: 2,
  createdAt: '2026-12-01T08:00:00+07:00',
  updatedAt: '2026-12-01T08:00:00+07:00',
  manageable: true,
};
const secretary: AccountView = {
  ...leader,
  id: 'a2',
  username: 'hdtd02',
  fullName: 'Hồ Thị Thu Hà',
  roles: ['COUNCIL_MEMBER', 'OFFICER'],
  manageable: false,
};
const page: PageAccountView = { items: [leader, secretary], page: 0, size: 20, total: 2 };
const roles: AccountRoleOption[] = [
  { role: 'ADMIN', label: 'Quản trị hệ thống', grantable: false },
  { role: 'OFFICER', label: 'Cán bộ thường trực thi đua – khen thưởng', grantable: false },
  { role: 'COUNCIL_MEMBER', label: 'Thành viên Hội đồng Thi đua – Khen thưởng', grantable: true },
  { role: 'UNIT_LEADER', label: 'Lãnh đạo đơn vị', grantable: true },
  { role: 'UNIT_OFFICER', label: 'Cán bộ thi đua – khen thưởng đơn vị', grantable: true },
];

let lastBody: unknown;
let lastRoute: string | undefined;

function api() {
  return mockApi(async (req) => {
    const route = `${req.method} ${new URL(req.url).pathname}`;
    if (route === 'GET /api/v1/accounts') return json(page);
    if (route === 'GET /api/v1/accounts/roles') return json(roles);
    if (route === 'GET /api/v1/units/tree') return json([]);
    if (route === 'PUT /api/v1/accounts/a1') {
      lastBody = await req.json();
      return json(
        {
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'update.request.email', message: 'đã có tài khoản khác dùng thư điện tử này' }],
        },
        400,
        'application/problem+json',
      );
    }
    if (route.startsWith('POST /api/v1/accounts/a1/')) {
      lastRoute = route;
      return json({ ...leader, enabled: false, version: 3 });
    }
    return undefined;
  });
}

beforeEach(() => {
  lastBody = undefined;
  lastRoute = undefined;
});

describe('Tài khoản', () => {
  it('is in the menu of officers and admins only', () => {
    const paths = (r: string[]) => navItemsFor(permissionsFor(r)).map((i) => i.path);
    expect(paths(['officer'])).toContain('/accounts');
    expect(paths(['admin'])).toContain('/accounts');
    expect(paths(['unit-leader'])).not.toContain('/accounts');
    expect(paths(['council-member'])).not.toContain('/accounts');
  });

  it('lists an account with its unit, position, role and invitation', async () => {
    auth.current = fakeAuth(['officer']);
    api();
    renderWithProviders(<AccountsPage />, { route: '/accounts' });
    const [row, other] = await screen.findAllByTestId('account-row');
    expect(within(row).getByText('Phạm Văn Sáu')).toBeInTheDocument();
    expect(within(row).getByText('Sở Tư pháp tỉnh Đắk Lắk')).toBeInTheDocument();
    expect(within(row).getByText('Giám đốc Sở')).toBeInTheDocument();
    expect(within(row).getByText('Lãnh đạo đơn vị')).toBeInTheDocument();
    expect(within(row).getByText(/Đã gửi thư mời lúc .*7\/12\/2026/)).toBeInTheDocument();
    expect(within(row).getByTestId('account-deactivate')).toBeInTheDocument();
    // an account the officer may not change offers no button that would be refused
    expect(within(other).getByText('Hồ Thị Thu Hà')).toBeInTheDocument();
    expect(within(other).queryByTestId('account-edit')).not.toBeInTheDocument();
  });

  it('offers an officer only the roles they may give', async () => {
    auth.current = fakeAuth(['officer']);
    api();
    renderWithProviders(<AccountsPage />, { route: '/accounts' });
    await userEvent.click(await screen.findByTestId('account-add'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Tạo tài khoản')[0]).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText('Quản trị hệ thống')).toBeDisabled());
    expect(within(dialog).getByLabelText('Lãnh đạo đơn vị')).toBeChecked();
    expect(within(dialog).getByLabelText('Thành viên Hội đồng Thi đua – Khen thưởng')).toBeEnabled();
  });

  it("puts the server's field error on the field when an account is re-assigned", async () => {
    auth.current = fakeAuth(['officer']);
    api();
    renderWithProviders(<AccountsPage />, { route: '/accounts' });
    await userEvent.click(await screen.findByTestId('account-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Sửa tài khoản thanhtra.leader')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const message = await within(dialog).findByText('đã có tài khoản khác dùng thư điện tử này');
    expect(message.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Thư điện tử'));
    expect(lastBody).toMatchObject({ version: 2, unitId: STP, roles: ['UNIT_LEADER'], fullName: 'Phạm Văn Sáu' });
  });

  it('locks an account after asking', async () => {
    auth.current = fakeAuth(['admin']);
    api();
    renderWithProviders(<AccountsPage />, { route: '/accounts' });
    await userEvent.click(await screen.findByTestId('account-deactivate'));
    await userEvent.click(await screen.findByRole('button', { name: 'Đồng ý' }));
    await waitFor(() => expect(lastRoute).toBe('POST /api/v1/accounts/a1/deactivate'));
  });
});
