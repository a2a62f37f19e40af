import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import dayjs from 'dayjs';
import type { BlocView, ScorecardView, Scoring } from '../../../api/types';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../../test/utils';
import { ScoringTab } from './ScoringTab';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const BLOC = '30000000-0000-0000-0000-000000000003';
const YEAR = dayjs().year();
const VKS = { id: '20000000-0000-0000-0000-000000000004', name: 'Viện Kiểm sát nhân dân tỉnh Đắk Lắk' };

const bloc: BlocView = { id: BLOC, name: 'Khối thi đua số 3', kind: 'BLOC', manageable: false };

const scoring: Scoring = {
  status: 'OPEN',
  year: YEAR,
  criteria: [
    { clause: 1, content: 'Thực hiện thắng lợi nhiệm vụ chính trị được giao', maxPoints: 25 },
    { clause: 2, content: 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', maxPoints: 15 },
  ],
  maxTotal: 40,
  progress: [{ unit: VKS, selfScored: true, scored: 1, expected: 1 }],
  mayScore: [VKS.id],
  ranking: [],
};

const handedIn: ScorecardView = {
  scorer: VKS,
  scored: VKS,
  points: [
    { clause: 1, points: 24.5 },
    { clause: 2, points: 14 },
  ],
  total: 38.5,
  submittedAt: `${YEAR}-12-05T02:00:00Z`,
};

describe('ScoringTab', () => {
  it('shows a leader the scorecard their unit handed in, not an empty form', async () => {
    auth.current = fakeAuth(['unit-leader']);
    mockApi((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/me')
        return json({ subject: 's', username: 'vks.leader', roles: ['unit-leader'], unitId: VKS.id });
      if (path === `/api/v1/blocs/${BLOC}/scoring/${YEAR}`) return json(scoring);
      // the unit's cards arrive after the scoring itself
      if (path === `/api/v1/blocs/${BLOC}/scoring/${YEAR}/scorecards`)
        return new Promise<Response>((resolve) => setTimeout(() => resolve(json([handedIn])), 50));
      return undefined;
    });
    renderWithProviders(<ScoringTab bloc={bloc} compact={false} />);
    expect(await screen.findByLabelText(/^Điều 1 \(tối đa 25\)/)).toHaveValue('24,5');
    expect(screen.getByLabelText(/^Điều 2 \(tối đa 15\)/)).toHaveValue('14,0');
    expect(screen.getByTestId('scorecard-total')).toHaveTextContent('38,5');
  });
});
