import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The demo avatars moved from the SPA's `public/avatars/` to the API's own `/api/avatars/`, so that
 * a client on any origin can load them. A database seeded before the move still names the old
 * paths, which now find nothing: a data migration, so that nobody has to reset their data.
 */
export class DemoAvatarsOnTheApi1796292395817 implements MigrationInterface {
  name = 'DemoAvatarsOnTheApi1796292395817';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE users SET image = '/api' || image WHERE image LIKE '/avatars/%'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE users SET image = substr(image, length('/api') + 1) WHERE image LIKE '/api/avatars/%'`,
    );
  }
}
