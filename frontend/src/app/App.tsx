import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ConfigGate } from './ConfigGate';
import { UiProviders } from './UiProviders';
import { createQueryClient } from './queryClient';
import { createAppRouter } from './router';
import type { AppConfig } from './config';
import { AuthGate } from '../auth/AuthGate';
import { createUserManager, onSigninCallback } from '../auth/oidc';
import { setAccessTokenProvider } from '../api/client';
import { createPublicRouter, isPublicPath } from '../features/public/publicRouter';

function SignedInApp() {
  // Created only after sign-in, so the router starts from the clean URL (code and state removed).
  const [router] = useState(createAppRouter);
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

/** The public pages (disclosure, registry): readable signed in or not, outside the sign-in gate. */
function PublicApp() {
  const [router] = useState(createPublicRouter);
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

function AuthenticatedApp({ config }: { config: AppConfig }) {
  const [userManager] = useState(() => {
    const manager = createUserManager(config);
    setAccessTokenProvider(async () => (await manager.getUser())?.access_token);
    return manager;
  });
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      {isPublicPath(window.location.pathname) ? (
        <PublicApp />
      ) : (
        <AuthGate>
          <SignedInApp />
        </AuthGate>
      )}
    </AuthProvider>
  );
}

export function App() {
  return (
    <UiProviders>
      <ConfigGate>{(config) => <AuthenticatedApp config={config} />}</ConfigGate>
    </UiProviders>
  );
}
