import type { FieldErrors } from '@conduit/contracts';

/**
 * What services throw. They name what went wrong in the domain's words; the exception filter
 * alone decides the HTTP status and writes the error body (`common/filters/error.filter.ts`).
 */
export abstract class DomainError extends Error {
  abstract readonly errors: FieldErrors;
}

export type Resource =
  | 'profile'
  | 'article'
  | 'comment'
  | 'user'
  /** The dev panel's: a request it no longer keeps, a statement the request did not run. */
  | 'request'
  | 'statement';

export class NotFound extends DomainError {
  readonly errors: FieldErrors;
  constructor(resource: Resource) {
    super(`${resource} not found`);
    this.errors = { [resource]: ['not found'] };
  }
}

export class Forbidden extends DomainError {
  readonly errors: FieldErrors;
  constructor(resource: Resource) {
    super(`${resource} forbidden`);
    this.errors = { [resource]: ['forbidden'] };
  }
}

/** A caller the dev panel does not answer (`dev-panel/loopback-only.guard.ts` says why). */
export class CallerRefused extends DomainError {
  readonly errors: FieldErrors;
  constructor(reason: string) {
    super(`caller refused: ${reason}`);
    this.errors = { caller: [reason] };
  }
}

/** Unique values someone else holds: `username`, `email`. */
export class AlreadyTaken extends DomainError {
  readonly errors: FieldErrors;
  constructor(...fields: [string, ...string[]]) {
    super(`${fields.join(', ')} already taken`);
    this.errors = Object.fromEntries(fields.map((field) => [field, ['has already been taken']]));
  }
}

/** The same answer for an unknown email and a wrong password: it reveals neither. */
export class InvalidCredentials extends DomainError {
  readonly errors = { credentials: ['invalid'] };
}

export class Unauthenticated extends DomainError {
  readonly errors: FieldErrors;
  constructor(reason: 'is missing' | 'is invalid') {
    super(`token ${reason}`);
    this.errors = { token: [reason] };
  }
}

/** Input that breaks a contract's rules: field → messages. */
export class ValidationFailed extends DomainError {
  constructor(readonly errors: FieldErrors) {
    super('validation failed');
  }
}

/** Too many requests from one caller; they may try again after `retryAfterSeconds`. */
export class RateLimited extends DomainError {
  readonly errors = { request: ['too many requests: try again later'] };
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

/** The database lacks migrations that this code needs: the instance must not take traffic yet. */
export class MigrationsPending extends DomainError {
  readonly errors: FieldErrors;
  constructor(names: string[]) {
    super(`migrations pending: ${names.join(', ')}`);
    this.errors = { migrations: names.map((name) => `${name} is pending`) };
  }
}
