import { JwtService } from '@nestjs/jwt';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/common/auth/auth.module.js';
import { DEV_JWT_SECRET } from '../../src/config/config.schema.js';

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Tokens the API did not issue, for the authentication tests. By default they are what the API
 * issues itself (the test app runs with the development secret): HS256, its issuer and audience,
 * an hour to live; each refusal test changes one thing.
 */
export function signToken(
  claims: { sub?: unknown; exp?: number; iss?: string; aud?: string },
  secret: string = DEV_JWT_SECRET,
): string {
  const jwt = new JwtService({ secret });
  const defaults = { exp: nowInSeconds() + 3600, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE };
  return jwt.sign({ ...defaults, ...claims }, { algorithm: 'HS256' });
}

/** An HS256 token for `sub` that expired a minute ago. */
export function expiredToken(sub: unknown): string {
  return signToken({ sub, exp: nowInSeconds() - 60 });
}

/** A token that claims `alg: none`: a header, a payload and an empty signature. */
export function unsignedToken(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** The user id inside a token the API issued (its `sub` claim). */
export function userIdOf(token: string): number {
  const payload = token.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: number }).sub;
}

/** A user id no row has: ids are PostgreSQL integers counted up from 1. */
export const UNKNOWN_USER_ID = 2_000_000_000;
