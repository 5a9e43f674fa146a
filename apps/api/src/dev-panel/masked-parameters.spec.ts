import { MASKED } from '@conduit/contracts';
import { showParameters } from './masked-parameters.js';

const ARGON2 = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl';

describe('showParameters', () => {
  it('masks values that look like a password hash or a JWT, wherever they are bound', () => {
    const shown = showParameters('SELECT $1, $2, $3', [ARGON2, '$2b$10$abcdefghijk', JWT]);
    expect(shown).toEqual({ parameters: [MASKED, MASKED, MASKED], isAnyMasked: true });
  });

  it('masks what an INSERT puts in a column named like a secret, by position in each row', () => {
    const sql =
      'INSERT INTO "users"("id", "username", "email", "password_hash", "bio") VALUES (DEFAULT, $1, $2, $3, DEFAULT), (DEFAULT, $4, $5, $6, DEFAULT)';
    const { parameters } = showParameters(sql, ['ann', 'a@x.org', 'h1', 'bob', 'b@x.org', 'h2']);
    expect(parameters).toEqual(['ann', 'a@x.org', MASKED, 'bob', 'b@x.org', MASKED]);
  });

  it('masks what a comparison or an assignment binds to such a column', () => {
    const sql =
      'UPDATE "users" SET "password_hash" = $1, "bio" = $2 WHERE "api_token" IN ($3, $4) AND "id" = $5 AND client_secret LIKE $6';
    const { parameters } = showParameters(sql, ['h', 'bio', 't1', 't2', 7, 's']);
    expect(parameters).toEqual([MASKED, 'bio', MASKED, MASKED, 7, MASKED]);
  });

  it('shows everything else, in the types JSON has', () => {
    const sql = 'SELECT * FROM "articles" WHERE "slug" = $1 AND "author_id" = $2';
    const at = new Date('2026-01-02T03:04:05.000Z');
    const shown = showParameters(sql, ['a-slug', 3, true, null, undefined, at, [1, 2], 10n]);
    expect(shown).toEqual({
      parameters: ['a-slug', 3, true, null, null, '2026-01-02T03:04:05.000Z', '[1,2]', '10'],
      isAnyMasked: false,
    });
  });

  it('does not take a dollar sign or a dotted word for a secret', () => {
    const { parameters } = showParameters('SELECT $1, $2, $3', ['$5 off', 'a.b.c', 'eyJ only']);
    expect(parameters).toEqual(['$5 off', 'a.b.c', 'eyJ only']);
  });
});
