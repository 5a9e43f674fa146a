import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Unauthenticated } from '../errors/domain-errors.js';
import type { AuthUser } from './auth-user.js';

/** The claim we sign: the user's id only, so a token outlives a change of username or email. */
interface TokenClaims {
  sub: number;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  issue(userId: number): Promise<string> {
    return this.jwt.signAsync({ sub: userId } satisfies TokenClaims);
  }

  /**
   * Reads `Authorization: Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`.
   * Returns undefined when there is no header; throws when there is one that does not verify, or
   * that names a user who no longer exists (the data was reset since it was issued): one indexed
   * lookup per signed-in request, so that no endpoint acts for a ghost.
   */
  async authenticate(header: string | string[] | undefined): Promise<AuthUser | undefined> {
    if (header === undefined || header === '') return undefined;
    const token = tokenIn(header);
    if (token === undefined) throw new Unauthenticated('is invalid');
    const id = await this.verifiedUserId(token);
    if (id === undefined || !(await this.userExists(id))) throw new Unauthenticated('is invalid');
    return { id, token };
  }

  /** Plain SQL: it runs on every signed-in request (see articles/article-queries.ts for why). */
  private async userExists(id: number): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM users WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /** The user id of a token that verifies (signature, algorithm, issuer, audience, expiry), or undefined; no database. */
  async verifiedUserId(token: string): Promise<number | undefined> {
    try {
      const { sub } = await this.jwt.verifyAsync<Partial<TokenClaims>>(token);
      return Number.isSafeInteger(sub) ? sub : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The token of `Authorization: Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`. */
export function tokenIn(header: string | string[] | undefined): string | undefined {
  const match = typeof header === 'string' ? /^(?:Token|Bearer) +(\S+)$/i.exec(header) : null;
  return match?.[1];
}
