import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ErrorResponse } from '@conduit/contracts';
import type { Response } from 'express';
import {
  AlreadyTaken,
  DomainError,
  Forbidden,
  InvalidCredentials,
  NotFound,
  Unauthenticated,
  ValidationFailed,
} from '../errors/domain-errors.js';

/** body-parser's errors carry a `type`; these two are the client's fault. */
interface BodyParserError {
  type: 'entity.parse.failed' | 'entity.too.large';
  limit?: number;
}

/**
 * The one place that turns anything thrown into the error shape of API.md:
 * `{"errors":{"<field or resource>":["message"]}}`. Internals never reach the client.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (status >= 500) this.logger.error(exception);
    response.status(status).json(body);
  }

  private describe(exception: unknown): [number, ErrorResponse] {
    if (exception instanceof DomainError)
      return [statusOf(exception), { errors: exception.errors }];
    if (isBodyParserError(exception)) {
      return exception.type === 'entity.too.large'
        ? [
            HttpStatus.PAYLOAD_TOO_LARGE,
            { errors: { body: [`is too large (limit ${exception.limit} bytes)`] } },
          ]
        : [HttpStatus.BAD_REQUEST, { errors: { body: ['is not valid JSON'] } }];
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    return [HttpStatus.INTERNAL_SERVER_ERROR, { errors: { server: ['internal error'] } }];
  }
}

function statusOf(error: DomainError): number {
  if (error instanceof NotFound) return HttpStatus.NOT_FOUND;
  if (error instanceof Forbidden) return HttpStatus.FORBIDDEN;
  if (error instanceof AlreadyTaken) return HttpStatus.CONFLICT;
  if (error instanceof InvalidCredentials || error instanceof Unauthenticated)
    return HttpStatus.UNAUTHORIZED;
  if (error instanceof ValidationFailed) return HttpStatus.UNPROCESSABLE_ENTITY;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

/** Nest's own exceptions: an unknown route (404), a wrong method, and the like. */
function fromHttpException(exception: HttpException): [number, ErrorResponse] {
  const status = exception.getStatus();
  if (status === HttpStatus.NOT_FOUND) return [status, { errors: { route: ['not found'] } }];
  return [status, { errors: { request: [exception.message] } }];
}

function isBodyParserError(exception: unknown): exception is BodyParserError {
  const type = (exception as Partial<BodyParserError> | null)?.type;
  return type === 'entity.parse.failed' || type === 'entity.too.large';
}
