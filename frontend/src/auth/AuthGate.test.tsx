import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UiProviders } from '../app/UiProviders';
import { AuthGate } from './AuthGate';
import { ConfigErrorScreen } from '../app/ConfigGate';
import { ConfigError } from '../app/config';
import { changeLanguage } from '../i18n';

const auth = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('react-oidc-context', () => ({ useAuth: () => auth.current }));

function signedOut(extra: Record<string, unknown> = {}) {
  return {
    isAuthenticated: false,
    isLoading: false,
    activeNavigator: undefined,
    error: undefined,
    user: null,
    signinRedirect: vi.fn(),
    removeUser: vi.fn(),
    events: { addAccessTokenExpired: () => () => {} },
    ...extra,
  };
}

afterEach(async () => {
  await changeLanguage('vi');
  window.localStorage.clear();
});

describe('AuthGate', () => {
  it('shows the Vietnamese landing and starts the Keycloak sign-in, remembering the page', async () => {
    const a = signedOut();
    auth.current = a;
    window.history.replaceState({}, '', '/units?q=tu%20phap');
    render(
      <UiProviders>
        <AuthGate>
          <p>ứng dụng</p>
        </AuthGate>
      </UiProviders>,
    );
    expect(screen.getByRole('heading', { name: 'Hệ thống quản lý Thi đua – Khen thưởng' })).toBeInTheDocument();
    expect(screen.queryByText('ứng dụng')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    expect(a.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/units?q=tu%20phap' } });
  });

  it('explains a failed sign-in and retries from a clean address', async () => {
    const a = signedOut({ error: { message: 'No matching state found in storage' } });
    auth.current = a;
    window.history.replaceState({}, '', '/?code=abc&state=def');
    render(
      <UiProviders>
        <AuthGate>
          <p>ứng dụng</p>
        </AuthGate>
      </UiProviders>,
    );
    expect(screen.getByText('Đăng nhập không thành công')).toBeInTheDocument();
    expect(screen.getByText(/No matching state found in storage/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    expect(window.location.search).toBe('');
    expect(a.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
  });

  it('renders the app once signed in', () => {
    auth.current = { ...signedOut(), isAuthenticated: true, user: { access_token: 'x' } };
    render(
      <UiProviders>
        <AuthGate>
          <p>ứng dụng</p>
        </AuthGate>
      </UiProviders>,
    );
    expect(screen.getByText('ứng dụng')).toBeInTheDocument();
  });

  it('switches the landing to English and remembers it', async () => {
    auth.current = signedOut();
    render(
      <UiProviders>
        <AuthGate>
          <p>app</p>
        </AuthGate>
      </UiProviders>,
    );
    await userEvent.click(screen.getByText('EN'));
    expect(await screen.findByRole('button', { name: /Sign in/ })).toBeInTheDocument();
    expect(window.localStorage.getItem('thidua.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('ConfigErrorScreen', () => {
  it('says in Vietnamese that the gateway could not be reached, and retries', async () => {
    const retry = vi.fn();
    render(
      <UiProviders>
        <ConfigErrorScreen error={new ConfigError('network', 'Failed to fetch')} onRetry={retry} />
      </UiProviders>,
    );
    expect(screen.getByText('Không tải được cấu hình hệ thống')).toBeInTheDocument();
    expect(screen.getByText(/không kết nối được tới máy chủ/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(retry).toHaveBeenCalled();
  });

  it('names the HTTP status when the gateway answered with an error', () => {
    render(
      <UiProviders>
        <ConfigErrorScreen error={new ConfigError('http', 'HTTP 502', 502)} onRetry={() => {}} />
      </UiProviders>,
    );
    expect(screen.getByText(/Máy chủ trả về lỗi 502/)).toBeInTheDocument();
  });
});
