import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser, RequestWithUser } from './auth-user.js';

/**
 * The caller established by the auth guard: an `AuthUser` behind `RequiredAuthGuard`,
 * `AuthUser | undefined` behind `OptionalAuthGuard`.
 */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<RequestWithUser>().user,
);
