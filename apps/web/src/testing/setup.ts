import '@testing-library/jest-dom';
import { cleanup, configure } from '@testing-library/react';
import { server } from './server';

// CI runs these tests beside the API's on a two-core machine: give `findBy…` time to find.
configure({ asyncUtilTimeout: 5_000 });

// jsdom does not scroll; the router's <ScrollRestoration> asks it to on every navigation.
window.scrollTo = () => {};

// A request no handler answers fails the test: every call the app makes is one the test arranged.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());
