import { ProfileResponse } from '@conduit/contracts';
import { follow, registerUser, type SignedIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NOT_FOUND = { errors: { profile: ['not found'] } };

describe('a profile: GET /api/profiles/:username', () => {
  it('shows a profile to an anonymous caller, with following false', async () => {
    const { user } = await registerUser(t);

    const response = await t.api.get(`/api/profiles/${user.username}`).expect(200);

    expect(ProfileResponse.parse(response.body)).toEqual({
      profile: { username: user.username, bio: null, image: null, following: false },
    });
  });

  it('shows the bio and image the user set', async () => {
    const { user, auth } = await registerUser(t);
    await t.api
      .put('/api/user')
      .set(auth)
      .send({ user: { bio: 'Hi', image: 'https://images.example/a.png' } })
      .expect(200);

    const response = await t.api.get(`/api/profiles/${user.username}`).expect(200);

    expect(response.body.profile).toMatchObject({
      bio: 'Hi',
      image: 'https://images.example/a.png',
    });
  });

  it('shows following true to a follower, and false to anyone else signed in', async () => {
    const { user } = await registerUser(t);
    const follower = await registerUser(t);
    const stranger = await registerUser(t);
    await follow(t, follower, user.username);

    const seenByFollower = await t.api.get(`/api/profiles/${user.username}`).set(follower.auth);
    const seenByStranger = await t.api.get(`/api/profiles/${user.username}`).set(stranger.auth);

    expect(seenByFollower.body.profile.following).toBe(true);
    expect(seenByStranger.body.profile.following).toBe(false);
  });

  it('answers an unknown username with 404 profile not found', async () => {
    const response = await t.api.get('/api/profiles/nobody_by_that_name').expect(404);

    expect(response.body).toEqual(NOT_FOUND);
  });
});

describe('following: POST and DELETE /api/profiles/:username/follow', () => {
  let reader: SignedIn;
  beforeAll(async () => {
    reader = await registerUser(t);
  });

  it('follows with no body and no Content-Type, answering 200 (not 201) with following true', async () => {
    const { user } = await registerUser(t);

    const response = await t.api.post(`/api/profiles/${user.username}/follow`).set(reader.auth);

    expect(response.status).toBe(200);
    expect(ProfileResponse.parse(response.body).profile).toEqual({
      username: user.username,
      bio: null,
      image: null,
      following: true,
    });
  });

  it('follows idempotently: following twice still follows, once', async () => {
    const { user } = await registerUser(t);
    await follow(t, reader, user.username);

    const again = await t.api
      .post(`/api/profiles/${user.username}/follow`)
      .set(reader.auth)
      .expect(200);

    expect(again.body.profile.following).toBe(true);
    await t.api.delete(`/api/profiles/${user.username}/follow`).set(reader.auth).expect(200);
    const after = await t.api.get(`/api/profiles/${user.username}`).set(reader.auth);
    expect(after.body.profile.following).toBe(false);
  });

  it('unfollows, answering 200 with following false', async () => {
    const { user } = await registerUser(t);
    await follow(t, reader, user.username);

    const response = await t.api
      .delete(`/api/profiles/${user.username}/follow`)
      .set(reader.auth)
      .expect(200);

    expect(ProfileResponse.parse(response.body).profile.following).toBe(false);
    const reread = await t.api.get(`/api/profiles/${user.username}`).set(reader.auth);
    expect(reread.body.profile.following).toBe(false);
  });

  it('unfollows someone never followed without complaint', async () => {
    const { user } = await registerUser(t);

    const response = await t.api
      .delete(`/api/profiles/${user.username}/follow`)
      .set(reader.auth)
      .expect(200);

    expect(response.body.profile.following).toBe(false);
  });

  it.each(['post', 'delete'] as const)(
    '%s answers an unknown username with 404 profile not found',
    async (method) => {
      const response = await t.api[method]('/api/profiles/nobody_by_that_name/follow')
        .set(reader.auth)
        .expect(404);

      expect(response.body).toEqual(NOT_FOUND);
    },
  );
});
