import { createBrowserRouter } from 'react-router';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';
import { FullPageSpinner } from '../components/FullPageSpinner';

/** Feature routes are code-split: each page is loaded when first visited. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FullPageSpinner />,
      children: [
        { index: true, lazy: () => import('../features/home/routes') },
        { path: 'units', lazy: () => import('../features/units/routes') },
        // Later: blocs (Khối thi đua), campaigns (Phong trào), awards (Khen thưởng), voting (Bỏ phiếu).
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
