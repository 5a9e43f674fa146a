import { canonicalEmail, UserResponse } from '@conduit/contracts';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { PASSWORD, registerUser, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('registration: POST /api/users', () => {
  it('registers a user and answers 201 with the user, a token, and no bio or image yet', async () => {
    const username = uniqueName();
    const email = `${username}@example.com`;

    const response = await t.api
      .post('/api/users')
      .send({ user: { username, email, password: PASSWORD } })
      .expect(201);

    const { user } = UserResponse.parse(response.body);
    expect(user).toEqual({ username, email, bio: null, image: null, token: expect.any(String) });
    expect(user.token).not.toBe('');
  });

  it('accepts letters, digits, _ and - in usernames, and checks emails for syntax only', async () => {
    const username = `Jane-${uniqueName('doe')}`;
    const email = `x_1.${uniqueName('mail')}@test.com`;

    const response = await t.api
      .post('/api/users')
      .send({ user: { username, email, password: PASSWORD } })
      .expect(201);

    expect(response.body.user).toMatchObject({ username, email });
  });

  it('refuses a username already registered, whatever its case, with 409', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users')
      .send({
        user: {
          username: user.username.toUpperCase(),
          email: `${uniqueName()}@example.com`,
          password: PASSWORD,
        },
      })
      .expect(409);

    expect(response.body).toEqual({ errors: { username: ['has already been taken'] } });
  });

  it('refuses an email already registered, whatever its case, with 409', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users')
      .send({
        user: { username: uniqueName(), email: user.email.toUpperCase(), password: PASSWORD },
      })
      .expect(409);

    expect(response.body).toEqual({ errors: { email: ['has already been taken'] } });
  });

  it("answers missing fields with 422 and can't be blank first for each", async () => {
    const response = await t.api.post('/api/users').send({ user: {} }).expect(422);

    expect(response.body.errors.username[0]).toBe("can't be blank");
    expect(response.body.errors.email[0]).toBe("can't be blank");
    expect(response.body.errors.password[0]).toBe("can't be blank");
  });

  it("answers empty-string fields with 422 and can't be blank first for each", async () => {
    const response = await t.api
      .post('/api/users')
      .send({ user: { username: '', email: '', password: '' } })
      .expect(422);

    expect(response.body.errors.username[0]).toBe("can't be blank");
    expect(response.body.errors.email[0]).toBe("can't be blank");
    expect(response.body.errors.password[0]).toBe("can't be blank");
  });

  it('refuses a password under 8 characters, and stores no user', async () => {
    const username = uniqueName();

    const response = await t.api
      .post('/api/users')
      .send({ user: { username, email: `${username}@example.com`, password: 'seven77' } })
      .expect(422);

    expect(response.body).toEqual({
      errors: { password: ['is too short (minimum is 8 characters)'] },
    });
    await t.api.get(`/api/profiles/${username}`).expect(404);
  });

  it('refuses an email without an @ and a domain', async () => {
    const response = await t.api
      .post('/api/users')
      .send({ user: { username: uniqueName(), email: 'not-an-email', password: PASSWORD } })
      .expect(422);

    expect(response.body).toEqual({ errors: { email: ['is invalid'] } });
  });

  it('refuses a username with characters other than letters, digits, _ and -', async () => {
    const response = await t.api
      .post('/api/users')
      .send({
        user: { username: 'jane doe!', email: `${uniqueName()}@example.com`, password: PASSWORD },
      })
      .expect(422);

    expect(Object.keys(response.body.errors)).toEqual(['username']);
  });

  it('accepts a long passphrase of 80 characters, which then signs in', async () => {
    const passphrase = 'a long passphrase is easier to remember than a short password '.padEnd(
      80,
      '!',
    );
    const { user } = await registerUser(t, { password: passphrase });

    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email, password: passphrase } })
      .expect(200);

    expect(response.body.user.username).toBe(user.username);
  });
});

describe('sign-in: POST /api/users/login', () => {
  it('replaces a hash made with older costs at sign-in, and the password still works', async () => {
    const { user } = await registerUser(t);
    const db = t.app.get(DataSource);
    const oldCosts = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 65_536 });
    await db.query('UPDATE users SET password_hash = $1 WHERE email = $2', [oldCosts, user.email]);
    const signIn = () =>
      t.api.post('/api/users/login').send({ user: { email: user.email, password: PASSWORD } });

    await signIn().expect(200);

    const [{ password_hash: rehashed }] = await db.query(
      'SELECT password_hash FROM users WHERE email = $1',
      [user.email],
    );
    // Today's costs in the PHC format's order, m t p: libargon2 refuses any other (decision 004).
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
    await signIn().expect(200);
  });

  it('signs in with email and password, answering 200 with the user and a working token', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email, password: PASSWORD } })
      .expect(200);

    const signedIn = UserResponse.parse(response.body).user;
    expect(signedIn).toMatchObject({ username: user.username, email: user.email });
    const me = await t.api.get('/api/user').set('Authorization', `Token ${signedIn.token}`);
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(user.username);
  });

  it('matches the email case-insensitively', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email.toUpperCase(), password: PASSWORD } })
      .expect(200);

    expect(response.body.user.username).toBe(user.username);
  });

  it('answers a wrong password with 401 credentials invalid', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email, password: `${PASSWORD}!` } })
      .expect(401);

    expect(response.body).toEqual({ errors: { credentials: ['invalid'] } });
  });

  it('answers an unknown email with the same 401 as a wrong password', async () => {
    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: `${uniqueName('nobody')}@example.com`, password: PASSWORD } })
      .expect(401);

    expect(response.body).toEqual({ errors: { credentials: ['invalid'] } });
  });

  it.each([
    ['email', { email: '', password: PASSWORD }],
    ['password', { email: 'someone@example.com', password: '' }],
  ])(
    "answers a blank %s with 422 can't be blank, before checking credentials",
    async (field, user) => {
      const response = await t.api.post('/api/users/login').send({ user }).expect(422);

      expect(response.body).toEqual({ errors: { [field]: ["can't be blank"] } });
    },
  );
});

describe('the current user: GET /api/user', () => {
  it('returns the signed-in user with the token that was sent', async () => {
    const { user, auth, token } = await registerUser(t);

    const response = await t.api.get('/api/user').set(auth).expect(200);

    expect(UserResponse.parse(response.body).user).toEqual({ ...user, token });
  });

  it('answers 401 token is missing without a token', async () => {
    const response = await t.api.get('/api/user').expect(401);

    expect(response.body).toEqual({ errors: { token: ['is missing'] } });
  });
});

/** The fullwidth forms of ASCII letters (`A` → `Ａ`), which NFKC turns back into ASCII. */
const fullwidth = (text: string) =>
  text.replace(/[A-Za-z]/g, (letter) => String.fromCodePoint(letter.codePointAt(0)! + 0xfee0));

describe('one account per email, however it is written', () => {
  /** How many accounts the database holds whose email is `email` as identities compare it. */
  const accountsWithEmail = async (email: string) => {
    const [{ count }] = await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM users WHERE canonical_email = $1', [
        canonicalEmail(email),
      ]);
    return count as number;
  };

  it.each([
    [
      'a zero-width joiner',
      (email: string) => `${email[0]}\u200D${email.slice(1)}`,
      422,
      { email: ['must not contain invisible characters'] },
    ],
    [
      'a zero-width space in the domain',
      (email: string) => email.replace('@example', '@exa\u200Bmple'),
      422,
      { email: ['must not contain invisible characters'] },
    ],
    [
      'a fullwidth first letter',
      (email: string) => `${fullwidth(email[0]!)}${email.slice(1)}`,
      409,
      { email: ['has already been taken'] },
    ],
    [
      'ß for ss, in capitals',
      (email: string) => email.toUpperCase().replace('SS', 'ß'),
      409,
      { email: ['has already been taken'] },
    ],
  ])(
    "refuses an existing user's email with %s: no second account",
    async (_, lookAlike, status, errors) => {
      const { user } = await registerUser(t, { email: `${uniqueName('ss')}@example.com` });
      const username = uniqueName();

      const response = await t.api
        .post('/api/users')
        .send({ user: { username, email: lookAlike(user.email), password: PASSWORD } })
        .expect(status);

      expect(response.body).toEqual({ errors });
      await t.api.get(`/api/profiles/${username}`).expect(404);
      expect(await accountsWithEmail(user.email)).toBe(1);
    },
  );

  it("refuses a change of email to a look-alike of someone else's with 409, changing nothing", async () => {
    const { auth, user } = await registerUser(t);
    const other = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { email: fullwidth(other.user.email.toUpperCase()) } })
      .expect(409);

    expect(response.body).toEqual({ errors: { email: ['has already been taken'] } });
    expect((await t.api.get('/api/user').set(auth)).body.user).toEqual(user);
  });

  it('signs in with the email in fullwidth capitals, and shows the email as registered', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .post('/api/users/login')
      .send({ user: { email: fullwidth(user.email.toUpperCase()), password: PASSWORD } })
      .expect(200);

    expect(response.body.user).toMatchObject({ username: user.username, email: user.email });
  });
});
