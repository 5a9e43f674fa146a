import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { NotLoopback } from '../common/errors/domain-errors.js';
import { isLoopback } from './loopback.js';

/**
 * The dev panel answers this machine only. The socket's peer decides, never `request.ip`: with
 * `TRUST_PROXY` set, that comes from `X-Forwarded-For`, which any client can write. A proxy on
 * this machine connects from loopback, so it passes on whatever reaches it: Vite's dev server,
 * the SPA's way in, listens on localhost alone for that reason (docs/security.md).
 */
@Injectable()
export class LoopbackOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!isLoopback(request.socket.remoteAddress)) throw new NotLoopback();
    return true;
  }
}
