import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CallerRefused } from '../common/errors/domain-errors.js';
import { isLoopback, isLoopbackHost } from './loopback.js';

/**
 * The dev panel answers this machine only: a program on it (curl, Vite's proxy), or the app's
 * own pages in a browser on it.
 * - The socket's peer decides, never `request.ip`: with `TRUST_PROXY` set, that comes from
 *   `X-Forwarded-For`, which any client can write. A proxy on this machine connects from
 *   loopback, so it passes on whatever reaches it: Vite's dev server, the SPA's way in, listens
 *   on localhost alone for that reason (docs/security.md).
 * - The `Host` must name this machine: a page of another site that DNS rebinding pointed at
 *   127.0.0.1 names its own.
 * - A browser that says the request comes from a page of another site (`Sec-Fetch-Site`) is
 *   refused: development allows every origin through CORS, so that page could otherwise call.
 */
@Injectable()
export class LoopbackOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { socket, headers } = context.switchToHttp().getRequest<FastifyRequest>();
    if (!isLoopback(socket.remoteAddress))
      throw new CallerRefused('must be on this machine: the dev panel answers loopback only');
    if (!isLoopbackHost(headers.host))
      throw new CallerRefused('must call this machine by the name localhost or a loopback address');
    const site = headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw new CallerRefused("must not be another site's page");
    return true;
  }
}
