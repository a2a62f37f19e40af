import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../test/utils';
import { BallotPage } from './BallotPage';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const question = (id: string, title: string) => ({
  id,
  round: 2,
  position: 1,
  kind: 'ELECTION',
  title,
  rule: 'Quá nửa tổng số thành viên',
  maxChoices: 1,
  options: [
    { key: 'a', label: 'Công an tỉnh Đắk Lắk' },
    { key: 'b', label: 'Cục Thi hành án dân sự tỉnh Đắk Lắk' },
  ],
});

function session(questions: unknown[]) {
  return {
    id: 's1',
    kind: 'BLOC',
    title: 'Bình xét cuối năm 2026 của Khối thi đua số 3',
    bodyName: 'Khối thi đua số 3',
    status: 'OPEN',
    round: 2,
    accepting: true,
    closesAt: '2099-12-20T17:00:00+07:00',
    questions,
    briefs: {},
    me: { canVote: true, voted: false, electorName: 'Trại giam Đắk Tân' },
  };
}

function ballot(questions: unknown[]) {
  const sent: unknown[] = [];
  mockApi(async (req) => {
    const path = `${req.method} ${new URL(req.url).pathname}`;
    if (path === 'GET /api/v1/voting-sessions/s1') return json(session(questions));
    if (path === 'POST /api/v1/voting-sessions/s1/ballots') {
      sent.push(await req.json());
      return json({ receipt: 'K7QF-2MXD-9R4T', message: 'Đã ghi nhận phiếu' }, 201);
    }
    return undefined;
  });
  renderWithProviders(
    <Routes>
      <Route path="/voting/:sessionId/ballot" element={<BallotPage />} />
    </Routes>,
    { route: '/voting/s1/ballot' },
  );
  return sent;
}

describe('BallotPage', () => {
  it('sends a one-question ballot from the question: a choice and the button that names it', async () => {
    auth.current = fakeAuth(['unit-leader']);
    const sent = ballot([question('q1', 'Bầu Trưởng khối năm 2027 (vòng 2)')]);
    const submit = await screen.findByTestId('ballot-submit');
    expect(submit).toBeDisabled();
    expect(screen.queryByTestId('ballot-next')).toBeNull();
    await userEvent.click(screen.getByTestId('choice-Công an tỉnh Đắk Lắk'));
    expect(submit).toHaveTextContent('Gửi phiếu: Công an tỉnh Đắk Lắk');
    await userEvent.click(submit);
    expect(await screen.findByTestId('ballot-receipt')).toHaveTextContent('K7QF-2MXD-9R4T');
    expect(sent).toEqual([{ answers: [{ questionId: 'q1', choices: ['a'] }] }]);
  });

  it('reviews a ballot of several questions and asks for one confirmation before sending', async () => {
    auth.current = fakeAuth(['unit-leader']);
    ballot([question('q1', 'Bầu Trưởng khối'), { ...question('q2', 'Bầu Phó Trưởng khối'), position: 2 }]);
    await userEvent.click(await screen.findByTestId('choice-Công an tỉnh Đắk Lắk'));
    await userEvent.click(screen.getByTestId('ballot-next'));
    await userEvent.click(screen.getByTestId('choice-Cục Thi hành án dân sự tỉnh Đắk Lắk'));
    await userEvent.click(screen.getByTestId('ballot-next'));
    expect(screen.getByTestId('ballot-submit')).toBeDisabled();
    await userEvent.click(screen.getByTestId('ballot-confirm'));
    expect(screen.getByTestId('ballot-submit')).toBeEnabled();
  });
});
