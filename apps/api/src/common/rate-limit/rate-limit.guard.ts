import { createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config.js';
import { RateLimited } from '../errors/domain-errors.js';
import { FixedWindowCounter } from './fixed-window-counter.js';

const MINUTE_MS = 60_000;
const SIGN_IN_LIMITED = 'conduit:sign-in-limited';

/** Marks the routes that check passwords or create accounts: the strict per-address limit applies. */
export const SignInLimited = () => SetMetadata(SIGN_IN_LIMITED, true);

/**
 * Two limits, both answering 429 with `Retry-After`: one on every request, counted per token (per
 * address without one), and a strict one on login and registration, counted per address, so that
 * nobody can try passwords or create accounts by the thousand. Runs before every other guard.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly everyRequest: FixedWindowCounter;
  private readonly signIn: FixedWindowCounter;

  constructor(
    config: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.everyRequest = new FixedWindowCounter(config.rateLimitPerMinute, MINUTE_MS);
    this.signIn = new FixedWindowCounter(config.signInRateLimitPerMinute, MINUTE_MS);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const address = `ip:${request.ip}`;
    if (this.reflector.get<boolean>(SIGN_IN_LIMITED, context.getHandler())) {
      this.enforce(this.signIn, address);
    }
    this.enforce(this.everyRequest, callerKey(request) ?? address);
    return true;
  }

  private enforce(counter: FixedWindowCounter, key: string): void {
    const verdict = counter.hit(key);
    if (!verdict.allowed) throw new RateLimited(verdict.retryAfterSeconds);
  }
}

/** The caller's token, hashed (the key stays in memory), when the request carries one. */
function callerKey(request: Request): string | undefined {
  const authorization = request.headers.authorization;
  return authorization
    ? `token:${createHash('sha256').update(authorization).digest('hex')}`
    : undefined;
}
