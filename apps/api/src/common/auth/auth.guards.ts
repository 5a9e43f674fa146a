import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Unauthenticated } from '../errors/domain-errors.js';
import type { RequestWithUser } from './auth-user.js';
import { TokenService } from './token.service.js';

/** Endpoints marked "required" in docs/api.md: no token → 401 "is missing", a bad one → 401 "is invalid". */
@Injectable()
export class RequiredAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    request.user = await this.tokens.authenticate(request);
    if (!request.user) throw new Unauthenticated('is missing');
    return true;
  }
}

/** Endpoints marked "optional": no token is an anonymous caller, but a bad token is still a 401. */
@Injectable()
export class OptionalAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    request.user = await this.tokens.authenticate(request);
    return true;
  }
}
