import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Unauthenticated } from '../errors/domain-errors.js';
import type { AuthUser } from './auth-user.js';

/** The claim we sign: the user's id only, so a token outlives a change of username or email. */
interface TokenClaims {
  sub: number;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: number): Promise<string> {
    return this.jwt.signAsync({ sub: userId } satisfies TokenClaims);
  }

  /**
   * Reads `Authorization: Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`.
   * Returns undefined when there is no header; throws when there is one that does not verify.
   */
  async authenticate(header: string | string[] | undefined): Promise<AuthUser | undefined> {
    if (header === undefined || header === '') return undefined;
    const match = typeof header === 'string' ? /^(?:Token|Bearer) +(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new Unauthenticated('is invalid');
    const token = match[1];
    try {
      const claims = await this.jwt.verifyAsync<Partial<TokenClaims>>(token);
      if (!Number.isSafeInteger(claims.sub)) throw new Error('token without a user id');
      return { id: claims.sub as number, token };
    } catch {
      throw new Unauthenticated('is invalid');
    }
  }
}
