import type { User } from '@conduit/contracts';
import { render } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../api/query-client';
import { tokenStorage } from '../api/token-storage';
import { AppProviders } from '../app/app-providers';
import { routes } from '../app/routes';
import { fakeApiHandlers, type FakeData } from './fake-api';
import { fakeDevPanelHandlers, type FakeDevPanel } from './fake-dev-panel-api';
import { server } from './server';

interface RenderAppOptions extends Partial<FakeData> {
  /** Signs this user in, as a reload would: their token is stored and the API knows them. */
  signedInAs?: User;
  /** What the dev panel's routes answer: no request remembered and the demo off, unless given. */
  devPanel?: Partial<FakeDevPanel>;
  /** Answers that take precedence over the fake API's, such as a failure to show. */
  overrides?: RequestHandler[];
}

/**
 * Renders the whole app (providers, router, every page) at `path`, against the fake API holding
 * `articles`, `users` and `comments`, unless `overrides` answer first. Returns the user-event driver, the router (to read the
 * location) and the fake API's data and dev panel (to change what the server answers next).
 */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  const { signedInAs, overrides = [], users = [], articles = [], comments = {} } = options;
  const data: FakeData = { users: signedInAs ? [signedInAs, ...users] : users, articles, comments };
  const devPanel: FakeDevPanel = {
    requests: {},
    plans: {},
    demo: { nPlusOneArticleList: false },
    ...options.devPanel,
  };
  // `use` puts handlers first: the overrides go in last so that they answer first.
  server.use(...fakeApiHandlers(data), ...fakeDevPanelHandlers(devPanel));
  server.use(...overrides);
  if (signedInAs) tokenStorage.save(signedInAs.token);

  const queryClient = createQueryClient();
  // Retrying a failed request on a timer would only slow the tests that arrange a failure.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user: userEvent.setup(), router, queryClient, data, devPanel };
}
