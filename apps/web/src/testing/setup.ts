import '@testing-library/jest-dom';
import { cleanup } from '@testing-library/react';
import { server } from './server';

// jsdom does not scroll; the router's <ScrollRestoration> asks it to on every navigation.
window.scrollTo = () => {};

// A request no handler answers fails the test: every call the app makes is one the test arranged.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());
