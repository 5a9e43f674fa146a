import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout, LayoutWhileLoading } from './layout';
import { RouteError } from './route-error';

type PageModule = { default: ComponentType };

/**
 * Each page is its own chunk, downloaded when first visited: the first load stays small, and the
 * Markdown renderer and sanitiser travel only with the article page. The router's `lazy` (rather
 * than React.lazy) fetches the chunk before it leaves the current page, so a page is never shown
 * half-way through a navigation (logging out on /settings must not meet the /settings guard).
 */
const page = (load: () => Promise<PageModule>) => async () => ({
  Component: (await load()).default,
});

/** Every route of the app (WEB.md's list), for the browser router and for tests alike. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // What shows while the first page's code downloads: the navbar and footer already.
    hydrateFallbackElement: <LayoutWhileLoading />,
    children: [
      {
        // Inside the layout, so that a page that crashes still has the navbar and footer.
        errorElement: <RouteError />,
        children: [
          { path: '/', lazy: page(() => import('./pages/home-page')) },
          { path: '/tag/:tag', lazy: page(() => import('./pages/home-page')) },
          { path: '/login', lazy: page(() => import('./pages/login-page')) },
          { path: '/register', lazy: page(() => import('./pages/register-page')) },
          { path: '/settings', lazy: page(() => import('./pages/settings-page')) },
          { path: '/editor', lazy: page(() => import('./pages/editor-page')) },
          { path: '/editor/:slug', lazy: page(() => import('./pages/editor-page')) },
          { path: '/article/:slug', lazy: page(() => import('./pages/article-page')) },
          { path: '/profile/:username', lazy: page(() => import('./pages/profile-page')) },
          {
            path: '/profile/:username/favorites',
            lazy: page(() => import('./pages/profile-page')),
          },
          { path: '*', lazy: page(() => import('./pages/not-found-page')) },
        ],
      },
    ],
  },
];
