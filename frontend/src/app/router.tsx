import { createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';
import { FullPageSpinner } from '../components/FullPageSpinner';

/** Feature routes are code-split: each page is loaded when first visited. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      // projected at the signing conference: full screen, no navigation around it
      path: '/blocs/:blocId/covenants/:year/board',
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      lazy: () => import('../features/blocs/boardRoutes'),
    },
    {
      // the voting session's live board for the conference screen
      path: '/voting/:sessionId/board',
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      lazy: () => import('../features/voting/boardRoutes'),
    },
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      children: [
        { index: true, lazy: () => import('../features/home/routes') },
        { path: 'units', lazy: () => import('../features/units/routes') },
        { path: 'accounts', lazy: () => import('../features/accounts/routes') },
        { path: 'blocs', lazy: () => import('../features/blocs/routes') },
        { path: 'blocs/:blocId', lazy: () => import('../features/blocs/detailRoutes') },
        { path: 'blocs/:blocId/covenants/:year/sign', lazy: () => import('../features/blocs/signRoutes') },
        { path: 'campaigns', lazy: () => import('../features/campaigns/routes') },
        { path: 'campaigns/:campaignId/:tab?', lazy: () => import('../features/campaigns/detailRoutes') },
        { path: 'models', lazy: () => import('../features/showcase/routes') },
        { path: 'awards/nominations/:nominationId', lazy: () => import('../features/awards/detailRoutes') },
        { path: 'awards/:tab?', lazy: () => import('../features/awards/routes') },
        { path: 'public/notices', lazy: () => import('../features/public/noticesRoutes') },
        { path: 'public/honours', lazy: () => import('../features/public/honoursRoutes') },
        { path: 'voting/new', lazy: () => import('../features/voting/newRoutes') },
        { path: 'voting/councils', lazy: () => import('../features/voting/routes') },
        { path: 'voting/:sessionId/ballot', lazy: () => import('../features/voting/ballotRoutes') },
        { path: 'voting/:sessionId', lazy: () => import('../features/voting/sessionRoutes') },
        { path: 'voting', lazy: () => import('../features/voting/routes') },
        { path: 'public/voting/:sessionId', lazy: () => import('../features/voting/resultRoutes') },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
