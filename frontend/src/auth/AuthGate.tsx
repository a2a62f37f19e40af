import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { Landing } from './Landing';
import { currentPath } from './oidc';

/** Shows the landing page until the user has signed in through Keycloak; then renders the app. */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();

  // When silent renew could not keep the session alive, forget the user: the landing page appears.
  const { events, removeUser } = auth;
  useEffect(() => events.addAccessTokenExpired(() => void removeUser()), [events, removeUser]);

  if (auth.isLoading || auth.activeNavigator === 'signoutRedirect') {
    return <FullPageSpinner tip={t('app.loading')} />;
  }
  if (!auth.isAuthenticated) {
    const login = () => {
      // A failed callback leaves ?code=&state= in the address bar: drop them before trying again.
      const returnTo = auth.error ? '/' : currentPath();
      if (auth.error) window.history.replaceState({}, document.title, '/');
      void auth.signinRedirect({ state: { returnTo } });
    };
    return (
      <Landing onLogin={login} error={auth.error?.message} loggingIn={auth.activeNavigator === 'signinRedirect'} />
    );
  }
  return <>{children}</>;
}
