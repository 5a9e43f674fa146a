import { RecentRequests } from './recent-requests.js';

const request = (id: string, path = '/api/tags') => ({ id, method: 'GET', path, statements: [] });

describe('RecentRequests', () => {
  it('forgets the oldest request beyond its capacity', () => {
    const recent = new RecentRequests(2);
    for (const id of ['a', 'b', 'c']) recent.keep(request(id));
    expect(recent.find('a')).toBeUndefined();
    expect(recent.find('b')).toBeDefined();
    expect(recent.find('c')).toBeDefined();
  });

  it('keeps the latest request under a reused id, as the newest', () => {
    const recent = new RecentRequests(2);
    recent.keep(request('a', '/api/first'));
    recent.keep(request('b'));
    recent.keep(request('a', '/api/again'));
    recent.keep(request('c'));
    expect(recent.find('a')?.path).toBe('/api/again');
    expect(recent.find('b')).toBeUndefined();
  });
});
