import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fakeAuth, json, mockApi } from '../test/utils';
import { UiProviders } from './UiProviders';
import { AppShell } from './AppShell';
import { selectedNavPath } from './nav';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

function shell(route = '/') {
  // AppShell uses data-router hooks (navigation progress), so it needs a data router like the app's.
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <AppShell />,
        children: [
          { index: true, element: <p>trang chủ</p> },
          { path: 'units', element: <p>đơn vị</p> },
        ],
      },
    ],
    { initialEntries: [route] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <UiProviders>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </UiProviders>,
  );
}

describe('AppShell header', () => {
  it('shows the name, the Vietnamese role label and the unit from /api/v1/me', async () => {
    auth.current = fakeAuth(['council-member']);
    mockApi((req) =>
      new URL(req.url).pathname === '/api/v1/me'
        ? json({
            subject: 's',
            username: 'hd',
            name: 'Lê Văn Hội Đồng',
            roles: ['council-member'],
            unitId: 'u',
            unitName: 'Ủy ban nhân dân tỉnh Kon Tum',
          })
        : undefined,
    );
    shell();
    // jsdom matches no media query, so this is the phone layout: the user block lives in the drawer.
    await userEvent.click(await screen.findByRole('button', { name: 'Mở danh mục chức năng' }));
    expect(await screen.findByText('Lê Văn Hội Đồng')).toBeInTheDocument();
    expect(screen.getByText('Thành viên Hội đồng TĐKT')).toBeInTheDocument();
    expect(screen.getByText('Ủy ban nhân dân tỉnh Kon Tum')).toBeInTheDocument();
  });

  it('falls back to the token when /api/v1/me fails', async () => {
    auth.current = fakeAuth(['unit-leader'], 'Phạm Lãnh Đạo');
    mockApi(() => json({ title: 'Bad Gateway', status: 502 }, 502, 'application/problem+json'));
    shell();
    await userEvent.click(await screen.findByRole('button', { name: 'Mở danh mục chức năng' }));
    expect(await screen.findByText('Lãnh đạo đơn vị')).toBeInTheDocument();
    expect(screen.getByText('Phạm Lãnh Đạo')).toBeInTheDocument();
  });
});

describe('selectedNavPath', () => {
  it('matches home exactly and features by prefix', () => {
    expect(selectedNavPath('/')).toBe('/');
    expect(selectedNavPath('/units')).toBe('/units');
    expect(selectedNavPath('/units/123')).toBe('/units');
    expect(selectedNavPath('/unitsx')).toBeUndefined();
    expect(selectedNavPath('/blocs/abc/covenants/2026/sign')).toBe('/blocs');
    expect(selectedNavPath('/campaigns/abc/reports')).toBe('/campaigns');
    expect(selectedNavPath('/awards/nominations/abc')).toBe('/awards');
    expect(selectedNavPath('/voting/abc/ballot')).toBe('/voting');
    expect(selectedNavPath('/votingx')).toBeUndefined();
  });
});
