import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';

// Each page is its own chunk, loaded when first visited: the first load stays small, and the
// Markdown renderer and sanitiser travel only with the article page.
const HomePage = lazy(() => import('./routes/home-page'));
const LoginPage = lazy(() => import('./routes/login-page'));
const RegisterPage = lazy(() => import('./routes/register-page'));
const SettingsPage = lazy(() => import('./routes/settings-page'));
const EditorPage = lazy(() => import('./routes/editor-page'));
const ArticlePage = lazy(() => import('./routes/article-page'));
const ProfilePage = lazy(() => import('./routes/profile-page'));
const NotFoundPage = lazy(() => import('./routes/not-found-page'));

/** Every route of the app (WEB.md's list), for the browser router and for tests alike. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Inside the layout, so that a page that crashes still has the navbar and footer.
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/tag/:tag', element: <HomePage /> },
          { path: '/login', element: <LoginPage /> },
          { path: '/register', element: <RegisterPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/editor', element: <EditorPage /> },
          { path: '/editor/:slug', element: <EditorPage /> },
          { path: '/article/:slug', element: <ArticlePage /> },
          { path: '/profile/:username', element: <ProfilePage /> },
          { path: '/profile/:username/favorites', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
