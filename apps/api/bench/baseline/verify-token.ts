import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks an HS256 JSON Web Token with nothing but `node:crypto`: the signature over
 * `header.payload`, the algorithm, and the expiry. Returns the user id (`sub`), or undefined for
 * any token that does not verify.
 */
export function verifyToken(token: string, secret: string): number | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      sub?: unknown;
      exp?: unknown;
    };
    if (alg !== 'HS256') return undefined;
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) return undefined;
    return Number.isSafeInteger(claims.sub) ? (claims.sub as number) : undefined;
  } catch {
    return undefined;
  }
}

/** `Authorization: Token <jwt>` or `Bearer <jwt>`, as the API accepts. */
export function tokenFromHeader(header: string | undefined): string | undefined {
  return header ? /^(?:Token|Bearer) +(\S+)$/i.exec(header)?.[1] : undefined;
}
