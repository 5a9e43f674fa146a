// Jest loads this file outside its own module system, where TypeScript is not compiled for us:
// register the same loader `pnpm dev` uses, then import the TypeScript setup.
import '@swc-node/register/esm-register';

/** Once per run: a throwaway database, migrated; test workers read its URL from the environment. */
export default async function globalSetup() {
  const { setUpTestDatabase } = await import('./database-setup.ts');
  const database = await setUpTestDatabase(process.env.DATABASE_URL);
  process.env.TEST_DATABASE_URL = database.url;
  globalThis.testDatabase = database;
}
