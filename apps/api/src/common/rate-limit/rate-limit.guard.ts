import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config.js';
import { TokenService } from '../auth/token.service.js';
import { RateLimited } from '../errors/domain-errors.js';
import { FixedWindowCounter } from './fixed-window-counter.js';

const MINUTE_MS = 60_000;
const SIGN_IN_LIMITED = 'conduit:sign-in-limited';

/** Marks the routes that check passwords or create accounts: the strict per-address limit applies. */
export const SignInLimited = () => SetMetadata(SIGN_IN_LIMITED, true);

/**
 * Two limits, both answering 429 with `Retry-After`: one on every request, counted per signed-in
 * user (per address for everyone else), and a strict one on login and registration, counted per
 * address, so that nobody can try passwords or create accounts by the thousand. Runs before every
 * other guard. The address is Fastify's `request.ip`: behind a proxy, set `TRUST_PROXY` so that it
 * is the client's, not the proxy's.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly everyRequest: FixedWindowCounter;
  private readonly signIn: FixedWindowCounter;

  constructor(
    config: AppConfig,
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {
    this.everyRequest = new FixedWindowCounter(config.rateLimitPerMinute, MINUTE_MS);
    this.signIn = new FixedWindowCounter(config.signInRateLimitPerMinute, MINUTE_MS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const address = `ip:${request.ip}`;
    if (this.reflector.get<boolean>(SIGN_IN_LIMITED, context.getHandler())) {
      this.enforce(this.signIn, address);
    }
    this.enforce(this.everyRequest, (await this.signedInUser(request)) ?? address);
    return true;
  }

  /**
   * Only a token that verifies earns its own budget: counting any header as given would let a
   * client escape the limit by sending a new made-up token with each request.
   */
  private async signedInUser(request: FastifyRequest): Promise<string | undefined> {
    const id = await this.tokens.verifiedUserId(request);
    return id === undefined ? undefined : `user:${id}`;
  }

  private enforce(counter: FixedWindowCounter, key: string): void {
    const verdict = counter.hit(key);
    if (!verdict.allowed) throw new RateLimited(verdict.retryAfterSeconds);
  }
}
