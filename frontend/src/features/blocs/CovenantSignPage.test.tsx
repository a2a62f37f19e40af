import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { Covenant } from '../../api/types';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../test/utils';
import { CovenantSignPage } from './CovenantSignPage';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const BLOC = '30000000-0000-0000-0000-000000000003';
const open: Covenant = {
  id: 'c1',
  blocId: BLOC,
  year: 2026,
  title: 'Giao ước thi đua năm 2026 của Khối thi đua số 3',
  theme: 'Vì An ninh Tổ quốc',
  status: 'OPEN',
  revision: 1,
  clauses: [
    {
      number: 1,
      content: 'Thực hiện thắng lợi nhiệm vụ chính trị được giao',
      criteria: 'Hoàn thành 100% chỉ tiêu',
      maxPoints: 10,
    },
    { number: 2, content: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
  ],
  textSha256: 'a'.repeat(64),
  memberCount: 12,
  signedCount: 3,
  signable: true,
  manageable: false,
  version: 2,
};

function page() {
  return renderWithProviders(
    <Routes>
      <Route path="/blocs/:blocId/covenants/:year/sign" element={<CovenantSignPage />} />
    </Routes>,
    { route: `/blocs/${BLOC}/covenants/2026/sign` },
  );
}

function api(signAnswer: () => Response) {
  let covenant = open;
  const bodies: unknown[] = [];
  mockApi(async (req) => {
    const path = `${req.method} ${new URL(req.url).pathname}`;
    if (path === `GET /api/v1/blocs/${BLOC}`) return json({ id: BLOC, name: 'Khối thi đua số 3', manageable: false });
    if (path === `GET /api/v1/blocs/${BLOC}/covenants/2026`) return json(covenant);
    if (path === 'GET /api/v1/me')
      return json({ name: 'Phạm Văn Sáu', unitName: 'Thanh tra tỉnh Đắk Lắk', roles: ['unit-leader'] });
    if (path === `POST /api/v1/blocs/${BLOC}/covenants/2026/signatures`) {
      bodies.push(await req.json());
      const answer = signAnswer();
      if (answer.ok) {
        covenant = {
          ...open,
          signable: false,
          signedCount: 4,
          mySignature: {
            signerName: 'Phạm Văn Sáu',
            signerPosition: 'Phó Chánh Thanh tra tỉnh',
            signedAt: '2026-01-15T02:30:00Z',
            revision: 1,
            textSha256: open.textSha256,
          },
        };
      }
      return answer;
    }
    return undefined;
  });
  return bodies;
}

describe('CovenantSignPage', () => {
  it('shows the clauses and signs the exact text read after one confirmation', async () => {
    auth.current = fakeAuth(['unit-leader'], 'Phạm Văn Sáu');
    const bodies = api(() => json({}, 201));
    page();

    expect(await screen.findByText('Thực hiện thắng lợi nhiệm vụ chính trị được giao')).toBeInTheDocument();
    expect(screen.getByText(/Vì An ninh Tổ quốc/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('covenant-sign'));
    expect(await screen.findByText(/thay mặt Thanh tra tỉnh Đắk Lắk/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('covenant-sign-confirm'));

    expect(await screen.findByTestId('covenant-signed')).toHaveTextContent('Phạm Văn Sáu, Phó Chánh Thanh tra tỉnh');
    expect(bodies).toEqual([{ textSha256: 'a'.repeat(64) }]);
    expect(screen.queryByTestId('covenant-sign')).not.toBeInTheDocument();
  });

  it('asks to read again when the text changed before signing', async () => {
    auth.current = fakeAuth(['unit-leader']);
    api(() =>
      json(
        { title: 'Xung đột', status: 409, detail: 'Nội dung giao ước đã được sửa' },
        409,
        'application/problem+json',
      ),
    );
    page();

    await userEvent.click(await screen.findByTestId('covenant-sign'));
    await userEvent.click(screen.getByTestId('covenant-sign-confirm'));

    expect(await screen.findByTestId('covenant-changed')).toHaveTextContent('đọc lại bản mới');
    await waitFor(() => expect(screen.queryByTestId('covenant-signed')).not.toBeInTheDocument());
  });
});
