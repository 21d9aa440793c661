import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLoading } from '../components/app-loading';
import { RouteError } from '../components/route-error';
import { AppLayout } from './app-layout';
import { AuthLayout } from './auth-layout';

/**
 * Each page is its own chunk, loaded when first visited: the first screen carries only the
 * shell and Today, while the board's drag-and-drop and the composer's editor wait their turn.
 */
export const routes: RouteObject[] = [
  {
    // A team installation's pages before signing in.
    element: <AuthLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      { path: 'sign-in', lazy: () => import('../pages/sign-in/sign-in-page').then(page) },
      { path: 'join', lazy: () => import('../pages/join/join-page').then(page) },
      {
        path: 'reset-password',
        lazy: () => import('../pages/reset-password/reset-password-page').then(page),
      },
    ],
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('../pages/today/today-page').then(page) },
          { path: 'pipeline', lazy: () => import('../pages/pipeline/pipeline-page').then(page) },
          {
            path: 'applications/:id',
            lazy: () => import('../pages/application/application-page').then(page),
          },
          {
            path: 'applications/:id/rejection',
            lazy: () => import('../pages/rejection/rejection-wizard').then(page),
          },
          {
            path: 'messages/:id',
            lazy: () => import('../pages/composer/composer-page').then(page),
          },
          { path: 'contacts', lazy: () => import('../pages/contacts/contacts-page').then(page) },
          { path: 'contacts/:id', lazy: () => import('../pages/contacts/contact-page').then(page) },
          { path: 'insights', lazy: () => import('../pages/insights/insights-page').then(page) },
          { path: 'practice', lazy: () => import('../pages/practice/practice-page').then(page) },
          { path: 'reading', lazy: () => import('../pages/reading/reading-page').then(page) },
          { path: 'letters', lazy: () => import('../pages/letters/letters-page').then(page) },
          { path: 'federal', lazy: () => import('../pages/federal/federal-page').then(page) },
          { path: 'inbox', lazy: () => import('../pages/inbox/inbox-page').then(page) },
          { path: 'settings', lazy: () => import('../pages/settings/settings-page').then(page) },
          { path: 'sharing', lazy: () => import('../pages/sharing/sharing-page').then(page) },
          { path: 'members', lazy: () => import('../pages/members/members-page').then(page) },
          { path: 'caseload', lazy: () => import('../pages/caseload/caseload-page').then(page) },
          {
            path: 'caseload/:workspaceId',
            lazy: () => import('../pages/caseload/seeker-page').then(page),
          },
          {
            path: 'caseload/:workspaceId/applications/:id',
            lazy: () => import('../pages/caseload/seeker-plan-page').then(page),
          },
          { path: 'your-data', lazy: () => import('../pages/your-data/your-data-page').then(page) },
          {
            path: 'coach-notes',
            lazy: () => import('../pages/coach-notes/coach-notes-page').then(page),
          },
          { path: '*', lazy: () => import('../pages/not-found-page').then(page) },
        ],
      },
    ],
  },
];

/** A page module's default export as the route's component. */
function page(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

export function createAppRouter() {
  return createBrowserRouter(routes);
}
