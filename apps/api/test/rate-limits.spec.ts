import { PASSWORD, registerUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('the sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers the fourth login in a minute from one address with 429, Retry-After and the error shape', async () => {
    const attempt = () =>
      t.api
        .post('/api/users/login')
        .send({ user: { email: 'nobody@example.com', password: PASSWORD } });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401);

    const refused = await attempt();

    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Object.keys(refused.body.errors)).toEqual(['request']);
  });

  it('leaves reads alone', async () => {
    await t.api.get('/api/tags').expect(200);
  });
});

describe('the general rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('counts per signed-in user, so one busy client does not lock out another', async () => {
    const busy = await registerUser(t);
    const calm = await registerUser(t);
    for (let i = 0; i < 5; i += 1) await t.api.get('/api/user').set(busy.auth).expect(200);

    const refused = await t.api.get('/api/user').set(busy.auth);
    const other = await t.api.get('/api/user').set(calm.auth);

    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(other.status).toBe(200);
  });
});

describe('the general rate limit, for tokens that do not verify', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('counts them against the address: made-up tokens buy no budget of their own', async () => {
    for (let i = 0; i < 5; i += 1) {
      await t.api.get('/api/tags').set('Authorization', `Token made-up-${i}`).expect(200);
    }

    const refused = await t.api.get('/api/tags').set('Authorization', 'Token made-up-5');

    expect(refused.status).toBe(429);
  });
});

describe('the client address behind a proxy', () => {
  const loginFrom = (t: TestApp, address: string) =>
    t.api
      .post('/api/users/login')
      .set('X-Forwarded-For', address)
      .send({ user: { email: 'nobody@example.com', password: PASSWORD } });

  it("is the proxy's own by default: X-Forwarded-For, which anyone can write, is ignored", async () => {
    const t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      expect((await loginFrom(t, '203.0.113.1')).status).toBe(401);
      expect((await loginFrom(t, '203.0.113.2')).status).toBe(401);
      expect((await loginFrom(t, '203.0.113.3')).status).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('is the one the trusted proxy names with TRUST_PROXY: each client gets its own limit', async () => {
    const t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'loopback' });
    try {
      for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        expect((await loginFrom(t, address)).status).toBe(401);
      }
      await loginFrom(t, '203.0.113.1');
      expect((await loginFrom(t, '203.0.113.1')).status).toBe(429);
    } finally {
      await t.close();
    }
  });
});
