import { migrations } from '../src/database/data-source.js';
import type { RunningDatabase } from '../src/database/embedded-postgres.js';
import { DemoAvatarsOnTheApi1796292395817 } from '../src/database/migrations/1796292395817-demo-avatars-on-the-api.js';
import { migratedTo } from './support/migrated-to.js';
import { startTestDatabase } from './support/test-database.js';

// A development database seeded while the demo avatars were the SPA's files, beside images that
// users chose themselves: only the former move.
let database: RunningDatabase;
beforeAll(async () => {
  database = await startTestDatabase(process.env.TEST_DATABASE_URL);
});
afterAll(() => database.stop());

const position = migrations.indexOf(DemoAvatarsOnTheApi1796292395817);
const IMAGES = ['/avatars/pg_priya.svg', 'https://images.example/avatars/me.png', null];

const imagesOf = async (dataSource: Awaited<ReturnType<typeof migratedTo>>) =>
  (await dataSource.query('SELECT image FROM users ORDER BY id')).map(
    (row: { image: string | null }) => row.image,
  );

describe('the migration of the demo avatars to the API', () => {
  it("points the old demo avatars at the API's, leaves other images alone, and undoes", async () => {
    const before = await migratedTo(database.url, migrations.slice(0, position));
    for (const [index, image] of IMAGES.entries())
      await before.query(
        `INSERT INTO users (username, email, canonical_email, password_hash, image)
         VALUES ($1, $2, $2, 'hash', $3)`,
        [`user${index}`, `user${index}@example.com`, image],
      );
    await before.destroy();

    const after = await migratedTo(database.url, migrations.slice(0, position + 1));
    expect(await imagesOf(after)).toEqual([
      '/api/avatars/pg_priya.svg',
      'https://images.example/avatars/me.png',
      null,
    ]);

    await after.undoLastMigration({ transaction: 'each' });
    expect(await imagesOf(after)).toEqual(IMAGES);
    await after.destroy();
  });
});
