import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeAuth, json, mockApi, renderWithProviders } from '../../test/utils';
import { HomePage } from './HomePage';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

const me = {
  subject: 's',
  username: 'unitofficer.demo',
  name: 'Trần Thị Thi Đua',
  roles: ['unit-officer'],
  unitId: 'u',
  unitName: 'Sở Tư pháp tỉnh Kon Tum',
};

describe('HomePage', () => {
  it('greets the user by name and shows the empty state', async () => {
    auth.current = fakeAuth(['unit-officer'], 'Token Name');
    mockApi((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/me') return json(me);
      if (path === '/api/v1/tasks') return json({ items: [], page: 0, size: 50, total: 0 });
      return undefined;
    });
    renderWithProviders(<HomePage />);
    expect(await screen.findByText('Không có việc cần xử lý')).toBeInTheDocument();
    expect(await screen.findByText('Xin chào, Trần Thị Thi Đua')).toBeInTheDocument();
  });

  it('lists tasks with their kind label, due date and link', async () => {
    auth.current = fakeAuth(['unit-leader']);
    mockApi((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/me') return json(me);
      if (path === '/api/v1/tasks')
        return json({
          items: [
            {
              id: '1',
              kind: 'SIGN',
              title: 'Ký giao ước thi đua năm 2099',
              detail: 'Khối các cơ quan Đảng',
              dueAt: '2020-01-05T09:00:00+07:00',
              link: '/blocs/1/covenants/2099',
              source: 'bloc',
            },
            {
              id: '2',
              kind: 'VOTE',
              title: 'Bỏ phiếu suy tôn Cờ thi đua',
              dueAt: '2099-12-01T09:00:00+07:00',
              link: '/voting-sessions/7',
              source: 'award',
            },
          ],
          page: 0,
          size: 50,
          total: 2,
        });
      return undefined;
    });
    renderWithProviders(<HomePage />);
    const items = await screen.findAllByTestId('task-item');
    expect(items).toHaveLength(2);
    // In the gateway's order, under one heading: both are signed or voted on the phone.
    expect(screen.getAllByTestId('task-group').map((g) => g.textContent)).toEqual(['Cần ký, bỏ phiếu']);
    expect(within(items[0]).getByText('Ký giao ước')).toBeInTheDocument();
    expect(within(items[0]).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Ký giao ước thi đua năm 2099' })).toHaveAttribute(
      'href',
      '/blocs/1/covenants/2099',
    );
    expect(within(items[1]).getByText('Bỏ phiếu')).toBeInTheDocument();
    expect(within(items[1]).getByText(/Hạn: 01\/12\/2099/)).toBeInTheDocument();
  });

  it('shows a Vietnamese error with the request id and retries', async () => {
    auth.current = fakeAuth(['officer']);
    let fail = true;
    mockApi((req) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/v1/me') return json(me);
      if (path === '/api/v1/tasks')
        return fail
          ? json({ title: 'Internal Server Error', status: 503, requestId: 'req-42' }, 503, 'application/problem+json')
          : json({ items: [], page: 0, size: 50, total: 0 });
      return undefined;
    });
    renderWithProviders(<HomePage />);
    expect(await screen.findByText('Không tải được danh sách việc cần xử lý')).toBeInTheDocument();
    expect(screen.getByText('Mã yêu cầu: req-42')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Không có việc cần xử lý')).toBeInTheDocument();
  });

  it('pages through every task the badge counts, and heads each group', async () => {
    auth.current = fakeAuth(['unit-leader']);
    const asked: string[] = [];
    const task = (n: number) => ({
      id: `t${n}`,
      kind: n === 0 ? 'SIGN' : 'REPORT',
      title: `Báo cáo số ${n}`,
      dueAt: '2099-12-01T09:00:00+07:00',
      link: `/campaigns/${n}`,
      source: 'campaign',
    });
    mockApi((req) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/v1/me') return json(me);
      if (url.pathname === '/api/v1/tasks') {
        const page = Number(url.searchParams.get('page'));
        asked.push(`${page}/${url.searchParams.get('size')}`);
        const ids = page === 0 ? [0, 1, 2] : [20];
        return json({ items: ids.map(task), page, size: 20, total: 21 });
      }
      return undefined;
    });
    renderWithProviders(<HomePage />);
    expect(await screen.findAllByTestId('task-item')).toHaveLength(3);
    expect(screen.getAllByTestId('task-group').map((g) => g.textContent)).toEqual([
      'Cần ký, bỏ phiếu',
      'Việc khác, theo hạn gần nhất',
    ]);
    expect(screen.getByTitle('21 việc')).toBeInTheDocument();
    await userEvent.click(screen.getByTitle('2'));
    expect(await screen.findByText('Báo cáo số 20')).toBeInTheDocument();
    expect(asked).toEqual(['0/20', '1/20']);
  });
});
