import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../../test/utils';
import { RegistrationsTab } from './RegistrationsTab';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const UNIT = '20000000-0000-0000-0000-000000000002';

describe('RegistrationsTab', () => {
  it('tells a unit with nothing registered yet what to do, not just "Trống"', async () => {
    auth.current = fakeAuth(['unit-officer']);
    mockApi((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/me')
        return json({
          username: 'thanhtra.officer',
          roles: ['unit-officer'],
          unitId: UNIT,
          unitName: 'Thanh tra tỉnh',
        });
      if (path === '/api/v1/units/tree') return json([{ id: UNIT, name: 'Thanh tra tỉnh Đắk Lắk', children: [] }]);
      if (path === '/api/v1/people') return json({ items: [], page: 0, size: 200, total: 0 });
      if (path === '/api/v1/award-types') return json([]);
      if (path === '/api/v1/title-registrations') return json([]);
      return undefined;
    });
    renderWithProviders(<RegistrationsTab />);
    const year = new Date().getFullYear();
    expect(await screen.findByTestId('registrations-empty')).toHaveTextContent(
      `Chưa đăng ký danh hiệu nào cho năm ${year}. Chọn danh hiệu cho đơn vị và từng cán bộ ở trên`,
    );
  });
});
