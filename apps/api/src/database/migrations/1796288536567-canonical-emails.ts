import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `canonicalEmail` of the contracts as this migration was written. A migration never changes
 * once applied, so it keeps its own copy: should the rule change, a new migration recomputes.
 */
const canonicalEmail = (email: string) => email.normalize('NFKC').toUpperCase().toLowerCase();
const EMAIL_MAX = 254;

/**
 * One account per email however it is written: uniqueness moves from `lower(email)` to the
 * email's canonical form (NFKC, case-folded), which only JavaScript computes the same way as the
 * API, hence the backfill here rather than in SQL. An account whose canonical email an older
 * account already holds (a look-alike registered before this rule), or whose canonical email is
 * longer than any email may be, keeps its email but gets no canonical one: it cannot sign in by
 * email until it changes its email.
 */
export class CanonicalEmails1796288536567 implements MigrationInterface {
  name = 'CanonicalEmails1796288536567';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN canonical_email varchar(254)`);
    const users: Array<{ id: number; email: string }> = await db.query(
      `SELECT id, email FROM users ORDER BY id`,
    );
    const holders = new Map<string, number>();
    for (const { id, email } of users) {
      const canonical = canonicalEmail(email);
      if (canonical.length <= EMAIL_MAX && !holders.has(canonical)) holders.set(canonical, id);
    }
    await db.query(
      `UPDATE users SET canonical_email = holder.canonical_email
       FROM unnest($1::integer[], $2::varchar[]) AS holder (id, canonical_email)
       WHERE users.id = holder.id`,
      [[...holders.values()], [...holders.keys()]],
    );
    await db.query(`CREATE UNIQUE INDEX users_canonical_email_key ON users (canonical_email)`);
    await db.query(`DROP INDEX users_email_lower_key`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email))`);
    await db.query(`ALTER TABLE users DROP COLUMN canonical_email`);
  }
}
