import type { FieldErrors } from '@conduit/contracts';

/** The API answered with an error status; `errors` is its `{errors}` map, ready to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: FieldErrors,
  ) {
    super(`The API answered ${status}: ${JSON.stringify(errors)}`);
    this.name = 'ApiError';
  }
}

/** The request never got an answer: the server is down, unreachable or too slow. */
export class NetworkError extends Error {
  constructor(options?: ErrorOptions) {
    super('Unable to connect to the server. Check your connection and try again.', options);
    this.name = 'NetworkError';
  }
}

/** The answer arrived but is not the JSON the contract promises (a proxy's error page, say). */
export const unreadableAnswer = (status: number) =>
  new ApiError(status, { response: ['could not be read'] });

/** One readable sentence per message, in the API's wording: `email has already been taken`. */
export function messagesOf(errors: FieldErrors): string[] {
  return Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((message) => `${field} ${message}`),
  );
}

/** What to tell the user about any failure, never an empty list. */
export function errorMessages(error: unknown): string[] {
  if (error instanceof ApiError) {
    const messages = messagesOf(error.errors);
    if (messages.length > 0) return messages;
    return [`The server answered ${error.status}.`];
  }
  if (error instanceof NetworkError) return [error.message];
  return ['Something went wrong. Please try again.'];
}

/** 4xx answers will not change by asking again; 5xx and lost connections may. */
export const isWorthRetrying = (error: unknown) =>
  error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
