import { createBrowserRouter } from 'react-router';
import { FullPageSpinner } from '../../components/FullPageSpinner';
import { RouteError } from '../../app/RouteError';
import { PublicLayout } from './PublicLayout';

/** Paths served to readers who have not signed in. */
export const isPublicPath = (pathname: string) => pathname === '/public' || pathname.startsWith('/public/');

export function createPublicRouter() {
  return createBrowserRouter([
    {
      path: '/public',
      element: <PublicLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      children: [
        { index: true, lazy: () => import('./noticesRoutes') },
        { path: 'notices', lazy: () => import('./noticesRoutes') },
        { path: 'honours', lazy: () => import('./honoursRoutes') },
        { path: 'voting/:sessionId', lazy: () => import('../voting/resultRoutes') },
      ],
    },
  ]);
}
