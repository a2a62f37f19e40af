import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { SigningBoard } from '../../api/types';
import { json, mockApi, renderWithProviders } from '../../test/utils';
import { SigningBoardPage } from './SigningBoardPage';

const BLOC = '30000000-0000-0000-0000-000000000003';

function board(signed: number): SigningBoard {
  const names = ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'Thanh tra tỉnh'];
  return {
    covenantId: 'c1',
    blocName: 'Khối thi đua số 3',
    year: 2026,
    title: 'Giao ước thi đua năm 2026',
    status: signed === names.length ? 'IN_FORCE' : 'OPEN',
    revision: 1,
    memberCount: names.length,
    signedCount: signed,
    allSigned: signed === names.length,
    members: names.map((name, i) => ({
      unit: { id: `u${i}`, name },
      signed: i < signed,
      signerName: i < signed ? 'Lãnh đạo ' + i : undefined,
      signedAt: i < signed ? '2026-01-15T02:30:00Z' : undefined,
    })),
  };
}

function show(signed: number) {
  mockApi((req) =>
    new URL(req.url).pathname === `/api/v1/blocs/${BLOC}/covenants/2026/board` ? json(board(signed)) : undefined,
  );
  renderWithProviders(
    <Routes>
      <Route path="/blocs/:blocId/covenants/:year/board" element={<SigningBoardPage />} />
    </Routes>,
    { route: `/blocs/${BLOC}/covenants/2026/board` },
  );
}

describe('SigningBoardPage', () => {
  it('shows who has signed and who has not', async () => {
    show(2);
    expect(await screen.findByTestId('board-progress')).toHaveTextContent('Đã ký 2/3 đơn vị');
    const cards = screen.getAllByTestId('board-member');
    expect(cards.map((c) => c.dataset.signed)).toEqual(['true', 'true', 'false']);
    expect(cards[2]).toHaveTextContent('Chưa ký');
    expect(screen.queryByTestId('board-all-signed')).not.toBeInTheDocument();
  });

  it('says so when every member has signed', async () => {
    show(3);
    expect(await screen.findByTestId('board-all-signed')).toHaveTextContent('giao ước có hiệu lực');
    expect(screen.getByTestId('board-status')).toHaveTextContent('Có hiệu lực');
  });
});
