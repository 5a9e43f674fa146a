import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import type { ErrorResponse } from '@conduit/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { recordFailure } from '../logging/request-logger.js';
import {
  AlreadyTaken,
  CallerRefused,
  DomainError,
  Forbidden,
  InvalidCredentials,
  MigrationsPending,
  NotFound,
  RateLimited,
  Unauthenticated,
  ValidationFailed,
} from '../errors/domain-errors.js';

/**
 * The one place that turns anything thrown into the error shape of docs/api.md:
 * `{"errors":{"<field or resource>":["message"]}}`. Internals never reach the client: a 5xx's
 * cause goes to the request's log line instead (`request-logger.ts`).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<FastifyReply>();
    const [status, body] = this.describe(exception);
    if (exception instanceof RateLimited)
      response.header('Retry-After', String(exception.retryAfterSeconds));
    if (status >= 500) recordFailure(http.getRequest<FastifyRequest>(), exception);
    response.status(status).send(body);
  }

  private describe(exception: unknown): [number, ErrorResponse] {
    if (exception instanceof DomainError)
      return [statusOf(exception), { errors: exception.errors }];
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (isDatabaseUnavailable(exception)) {
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { errors: { database: ['unavailable: try again shortly'] } },
      ];
    }
    return [HttpStatus.INTERNAL_SERVER_ERROR, { errors: { server: ['internal error'] } }];
  }
}

function statusOf(error: DomainError): number {
  if (error instanceof NotFound) return HttpStatus.NOT_FOUND;
  if (error instanceof Forbidden || error instanceof CallerRefused) return HttpStatus.FORBIDDEN;
  if (error instanceof AlreadyTaken) return HttpStatus.CONFLICT;
  if (error instanceof InvalidCredentials || error instanceof Unauthenticated)
    return HttpStatus.UNAUTHORIZED;
  if (error instanceof ValidationFailed) return HttpStatus.UNPROCESSABLE_ENTITY;
  if (error instanceof RateLimited) return HttpStatus.TOO_MANY_REQUESTS;
  if (error instanceof MigrationsPending) return HttpStatus.SERVICE_UNAVAILABLE;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

/**
 * Nest's own exceptions: an unknown route (404), a body that is not JSON (400), a body over the
 * size limit (413), and a JSON body in another charset than UTF-8 (415).
 */
function fromHttpException(exception: HttpException): [number, ErrorResponse] {
  const status = exception.getStatus();
  switch (status) {
    case HttpStatus.NOT_FOUND:
      return [status, { errors: { route: ['not found'] } }];
    case HttpStatus.BAD_REQUEST:
      // Fastify refuses malformed JSON (`FST_ERR_CTP_INVALID_JSON_BODY`); Nest wraps it as a 400.
      return [status, { errors: { body: ['is not valid JSON'] } }];
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return [status, { errors: { body: ['is too large'] } }];
    case HttpStatus.UNSUPPORTED_MEDIA_TYPE:
      return [status, { errors: { body: ['must be encoded in UTF-8'] } }];
    default:
      return [status, { errors: { request: [exception.message] } }];
  }
}
