import { startStack, type Stack } from './stack';

declare global {
  var conduitStack: Stack | undefined;
}

/** Runs once before every browser test: the stack's addresses reach the tests as env vars. */
export default async function globalSetup() {
  const stack = await startStack();
  globalThis.conduitStack = stack;
  process.env.E2E_API_URL = stack.apiUrl;
  process.env.E2E_WEB_URL = stack.webUrl;
}
