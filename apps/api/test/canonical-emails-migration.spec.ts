import { canonicalEmail } from '@conduit/contracts';
import { migrations } from '../src/database/data-source.js';
import type { RunningDatabase } from '../src/database/embedded-postgres.js';
import { CanonicalEmails1796288536567 } from '../src/database/migrations/1796288536567-canonical-emails.js';
import { migratedTo } from './support/migrated-to.js';
import { startTestDatabase } from './support/test-database.js';

// Existing accounts, look-alikes among them, as a database could hold them before the rule of one
// account per canonical email: the migration must carry them over without refusing any.
let database: RunningDatabase;
beforeAll(async () => {
  database = await startTestDatabase(process.env.TEST_DATABASE_URL);
});
afterAll(() => database.stop());

const position = migrations.indexOf(CanonicalEmails1796288536567);

const EMAILS = [
  'jane@example.com',
  'Ｊane@example.com', // a fullwidth look-alike of the first, registered later
  'j\u200Dane@example.com', // a zero-width joiner: another canonical email, though invisible
  'Bob@Example.COM',
];

describe('the migration to canonical emails', () => {
  it('gives every account its canonical email, but none to a later look-alike, and undoes', async () => {
    const before = await migratedTo(database.url, migrations.slice(0, position));
    for (const [index, email] of EMAILS.entries())
      await before.query(
        `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, 'hash')`,
        [`user${index}`, email],
      );
    await before.destroy();

    const after = await migratedTo(database.url, migrations.slice(0, position + 1));
    const rows = await after.query(
      'SELECT email, canonical_email AS "canonicalEmail" FROM users ORDER BY id',
    );

    expect(rows).toEqual([
      { email: EMAILS[0], canonicalEmail: canonicalEmail(EMAILS[0]!) },
      { email: EMAILS[1], canonicalEmail: null },
      { email: EMAILS[2], canonicalEmail: canonicalEmail(EMAILS[2]!) },
      { email: EMAILS[3], canonicalEmail: 'bob@example.com' },
    ]);
    expect(canonicalEmail(EMAILS[1]!)).toBe(rows[0].canonicalEmail);

    await after.undoLastMigration({ transaction: 'each' });
    const indexes = await after.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'users'`);
    expect(indexes.map((row: { indexname: string }) => row.indexname)).toContain(
      'users_email_lower_key',
    );
    await after.destroy();
  });
});
