import { UserResponse } from '@conduit/contracts';
import { PASSWORD, registerUser, uniqueName } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A value of each field that clears with "" or null. */
const SOMETHING = { bio: 'something', image: 'https://example.com/me.png' };

describe('updating the current user: PUT /api/user', () => {
  it('sets bio and image, answering 200 with the updated user', async () => {
    const { auth } = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { bio: "I'm <b>here</b>", image: 'https://images.example.com/me.png' } })
      .expect(200);

    const { user } = UserResponse.parse(response.body);
    expect(user).toMatchObject({
      bio: "I'm <b>here</b>",
      image: 'https://images.example.com/me.png',
    });
  });

  it.each(['http://localhost:3000/avatars/jane.svg', 'HTTPS://example.com/me.png?size=2#top'])(
    'accepts the http or https image %p, stored as sent',
    async (image) => {
      const { auth } = await registerUser(t);

      await t.api.put('/api/user').set(auth).send({ user: { image } }).expect(200);

      const reread = await t.api.get('/api/user').set(auth).expect(200);
      expect(reread.body.user.image).toBe(image);
    },
  );

  it.each([
    'javascript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://example.com/me.png',
    '/avatars/me.svg',
    'example.com/me.png',
    'http:/example.com/me.png',
  ])('refuses the image %p with 422, the user unchanged', async (image) => {
    const { auth, user } = await registerUser(t);

    const response = await t.api.put('/api/user').set(auth).send({ user: { image } }).expect(422);

    expect(response.body).toEqual({ errors: { image: ['must be an http or https URL'] } });
    const reread = await t.api.get('/api/user').set(auth).expect(200);
    expect(reread.body.user).toEqual(user);
  });

  it.each(['bio', 'image'] as const)('stores null when %s is set to ""', async (field) => {
    const { auth } = await registerUser(t);
    await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { [field]: SOMETHING[field] } })
      .expect(200);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { [field]: '' } })
      .expect(200);

    expect(response.body.user[field]).toBeNull();
    const reread = await t.api.get('/api/user').set(auth).expect(200);
    expect(reread.body.user[field]).toBeNull();
  });

  it.each(['bio', 'image'] as const)('accepts null for %s and stores null', async (field) => {
    const { auth } = await registerUser(t);
    await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { [field]: SOMETHING[field] } })
      .expect(200);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { [field]: null } })
      .expect(200);

    expect(response.body.user[field]).toBeNull();
  });

  it.each([
    ['email', ''],
    ['email', null],
    ['username', ''],
    ['username', null],
    ['password', ''],
    ['password', null],
  ])("refuses %s set to %p with 422 can't be blank", async (field, value) => {
    const { auth, user } = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { [field]: value } })
      .expect(422);

    expect(response.body.errors[field][0]).toBe("can't be blank");
    const reread = await t.api.get('/api/user').set(auth).expect(200);
    expect(reread.body.user).toMatchObject({ email: user.email, username: user.username });
  });

  it('refuses a new password under 8 characters', async () => {
    const { auth } = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { password: 'short' } })
      .expect(422);

    expect(response.body).toEqual({
      errors: { password: ['is too short (minimum is 8 characters)'] },
    });
  });

  it('signs in with a new password afterwards, and no longer with the old one', async () => {
    const { auth, user } = await registerUser(t);
    const newPassword = 'a brand new passphrase';

    await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { password: newPassword } })
      .expect(200);

    await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email, password: newPassword } })
      .expect(200);
    await t.api
      .post('/api/users/login')
      .send({ user: { email: user.email, password: PASSWORD } })
      .expect(401);
  });

  it('keeps the token valid after a change of username, email and password', async () => {
    const { auth } = await registerUser(t);
    const username = uniqueName('renamed');
    const email = `${username}@example.com`;

    await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { username, email, password: 'another passphrase' } })
      .expect(200);

    const response = await t.api.get('/api/user').set(auth).expect(200);
    expect(response.body.user).toMatchObject({ username, email });
  });

  it('makes the new username the profile address', async () => {
    const { auth, user } = await registerUser(t);
    const username = uniqueName('renamed');

    await t.api.put('/api/user').set(auth).send({ user: { username } }).expect(200);

    await t.api.get(`/api/profiles/${username}`).expect(200);
    await t.api.get(`/api/profiles/${user.username}`).expect(404);
  });

  it("refuses someone else's username, whatever its case, with 409", async () => {
    const { auth } = await registerUser(t);
    const other = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { username: other.user.username.toUpperCase() } })
      .expect(409);

    expect(response.body).toEqual({ errors: { username: ['has already been taken'] } });
  });

  it("refuses someone else's email, whatever its case, with 409", async () => {
    const { auth } = await registerUser(t);
    const other = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { email: other.user.email.toUpperCase() } })
      .expect(409);

    expect(response.body).toEqual({ errors: { email: ['has already been taken'] } });
  });

  it('lets users keep their own username and email when saving the whole form', async () => {
    const { auth, user } = await registerUser(t);

    const response = await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { username: user.username, email: user.email, bio: 'Same me' } })
      .expect(200);

    expect(response.body.user).toMatchObject({ username: user.username, bio: 'Same me' });
  });

  it('answers 401 token is missing without a token', async () => {
    const response = await t.api
      .put('/api/user')
      .send({ user: { bio: 'x' } })
      .expect(401);

    expect(response.body).toEqual({ errors: { token: ['is missing'] } });
  });
});
