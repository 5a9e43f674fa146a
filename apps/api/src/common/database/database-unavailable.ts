import { QueryFailedError } from 'typeorm';

const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'];

/**
 * Errors that mean "the database cannot be reached or is shutting down", as opposed to a bad
 * query: connection refused or reset, the pool's connect timeout, a connection cut mid-query,
 * and PostgreSQL's own SQLSTATE classes 08 (connection exception) and 57P (operator intervention).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Duck-typed rather than `instanceof Error`: Node's network errors may come from another realm.
  const cause = (error instanceof QueryFailedError ? error.driverError : error) as {
    code?: unknown;
    message?: unknown;
  } | null;
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause;
  if (typeof code === 'string' && (/^(08|57P)/.test(code) || NETWORK_CODES.includes(code)))
    return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Connection ended/i.test(message)
  );
}
