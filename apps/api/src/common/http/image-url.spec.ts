import { imageUrl } from './image-url.js';

describe('imageUrl', () => {
  const publicUrl = 'https://conduit.example.org';

  it("makes a path to one of the API's own images absolute", () => {
    expect(imageUrl('/api/avatars/pg_priya.svg', publicUrl)).toBe(
      'https://conduit.example.org/api/avatars/pg_priya.svg',
    );
  });

  it('returns a URL a user gave, and no image, as they are', () => {
    expect(imageUrl('https://images.example/me.png', publicUrl)).toBe(
      'https://images.example/me.png',
    );
    expect(imageUrl(null, publicUrl)).toBeNull();
  });
});
