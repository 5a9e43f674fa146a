import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { PreparedQuery } from '../database/prepared-query.js';
import { Unauthenticated } from '../errors/domain-errors.js';
import type { AuthUser } from './auth-user.js';

/** What the token checks read of a request: its headers. */
interface WithHeaders {
  headers: { authorization?: string | string[] };
}

/** The claim we sign: the user's id only, so a token outlives a change of username or email. */
interface TokenClaims {
  sub: number;
}

@Injectable()
export class TokenService {
  /** Each request's token is verified once, whichever guard asks first (rate limit or auth). */
  private readonly verifications = new WeakMap<WithHeaders, Promise<number | undefined>>();

  /** Whether the token's user still exists: one indexed lookup on every signed-in request. */
  private readonly userById: PreparedQuery<'id', Pick<UserEntity, 'id'>>;

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(UserEntity) users: Repository<UserEntity>,
  ) {
    this.userById = new PreparedQuery(
      'user_exists',
      users.createQueryBuilder('user').select('user.id', 'id').where('user.id = :id'),
      ['id'],
    );
  }

  issue(userId: number): Promise<string> {
    return this.jwt.signAsync({ sub: userId } satisfies TokenClaims);
  }

  /**
   * Reads `Authorization: Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`.
   * Returns undefined when there is no header; throws when there is one that does not verify, or
   * that names a user who no longer exists (the data was reset since it was issued): one indexed
   * lookup per signed-in request, so that no endpoint acts for a ghost.
   */
  async authenticate(request: WithHeaders): Promise<AuthUser | undefined> {
    const header = request.headers.authorization;
    if (header === undefined || header === '') return undefined;
    const token = tokenIn(header);
    if (token === undefined) throw new Unauthenticated('is invalid');
    const id = await this.verifiedUserId(request);
    if (id === undefined || !(await this.userExists(id))) throw new Unauthenticated('is invalid');
    return { id, token };
  }

  private async userExists(id: number): Promise<boolean> {
    return (await this.userById.one({ id })) !== undefined;
  }

  /**
   * The user id in the request's token if the token verifies (signature, algorithm, issuer,
   * audience, expiry), else undefined. No database: whether the user still exists is
   * `authenticate`'s question.
   */
  verifiedUserId(request: WithHeaders): Promise<number | undefined> {
    let verification = this.verifications.get(request);
    if (!verification) {
      const token = tokenIn(request.headers.authorization);
      verification = token === undefined ? Promise.resolve(undefined) : this.verify(token);
      this.verifications.set(request, verification);
    }
    return verification;
  }

  private async verify(token: string): Promise<number | undefined> {
    try {
      const { sub } = await this.jwt.verifyAsync<Partial<TokenClaims>>(token);
      return Number.isSafeInteger(sub) ? sub : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The token of `Authorization: Token <jwt>` (the RealWorld scheme) or `Bearer <jwt>`. */
function tokenIn(header: string | string[] | undefined): string | undefined {
  const match = typeof header === 'string' ? /^(?:Token|Bearer) +(\S+)$/i.exec(header) : null;
  return match?.[1];
}
