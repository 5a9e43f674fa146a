/**
 * An image as the API answers it: an absolute URL, which loads in a page of any origin. The API's
 * own images (the demo avatars, `/api/avatars/…`) are stored as paths and resolved here against
 * `PUBLIC_URL` in every answer, rather than stored absolute when seeding: a database seeded while
 * the API ran on `http://localhost:3000` stays right when it moves to another port or address, at
 * the cost of one `startsWith` per image. Any other image is the URL its user gave, as given.
 */
export function imageUrl(image: string | null, publicUrl: string): string | null {
  return image?.startsWith('/') ? `${publicUrl}${image}` : image;
}
