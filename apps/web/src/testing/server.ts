import { setupServer } from 'msw/node';

/** The network edge of every component test: handlers are added per test by `renderApp`. */
export const server = setupServer();
