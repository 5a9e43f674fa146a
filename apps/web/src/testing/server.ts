import { setupServer } from 'msw/node';

/** The network edge of every component test; `renderApp` gives it the handlers of each test. */
export const server = setupServer();
