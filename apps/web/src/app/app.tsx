import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
// The DOM build of the provider: it can commit a navigation synchronously (`flushSync`).
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from './app-providers';
import { routes } from './routes';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
