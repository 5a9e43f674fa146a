import { http, HttpResponse } from 'msw';
import { server } from '../testing/server';
import { callApi } from './client';
import { ApiError, NetworkError } from './errors';

describe('the API client', () => {
  it('sends the stored token as "Token <jwt>" and reads the answer', async () => {
    localStorage.setItem('jwtToken', 'abc');
    let authorization: string | null = null;
    server.use(
      http.get('/api/profiles/:username', ({ request, params }) => {
        authorization = request.headers.get('Authorization');
        const profile = { username: params.username, bio: null, image: null, following: true };
        return HttpResponse.json({ profile });
      }),
    );

    const { profile } = await callApi('profile', { params: { username: 'jane doe' } });

    expect(authorization).toBe('Token abc');
    expect(profile).toMatchObject({ username: 'jane doe', following: true });
  });

  it('sends no token to endpoints that need none', async () => {
    localStorage.setItem('jwtToken', 'abc');
    let authorization: string | null = 'unset';
    server.use(
      http.get('/api/tags', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ tags: [] });
      }),
    );

    await callApi('tags');

    expect(authorization).toBeNull();
  });

  it("turns an error answer into an ApiError carrying the API's messages", async () => {
    server.use(
      http.post('/api/users', () =>
        HttpResponse.json({ errors: { email: ['has already been taken'] } }, { status: 409 }),
      ),
    );

    const registering = callApi('register', {
      body: { user: { username: 'jane', email: 'jane@example.com', password: 'password123' } },
    });

    await expect(registering).rejects.toEqual(
      new ApiError(409, { email: ['has already been taken'] }),
    );
  });

  it('turns a refused connection into a NetworkError that says Unable to connect', async () => {
    server.use(http.get('/api/tags', () => HttpResponse.error()));

    const loading = callApi('tags');

    await expect(loading).rejects.toBeInstanceOf(NetworkError);
    await expect(loading).rejects.toThrow('Unable to connect');
  });

  it('takes a 204 and a 200 with {} alike as a successful delete', async () => {
    server.use(
      http.delete('/api/articles/:slug', () => new HttpResponse(null, { status: 204 })),
      http.delete('/api/articles/:slug/comments/:id', () => HttpResponse.json({})),
    );

    await expect(callApi('deleteArticle', { params: { slug: 'a' } })).resolves.toBeUndefined();
    await expect(
      callApi('deleteComment', { params: { slug: 'a', id: 1 } }),
    ).resolves.toBeUndefined();
  });

  it('refuses a success whose body is not JSON', async () => {
    server.use(http.get('/api/tags', () => new HttpResponse('<html>oops</html>')));

    await expect(callApi('tags')).rejects.toEqual(
      new ApiError(200, { response: ['could not be read'] }),
    );
  });
});
