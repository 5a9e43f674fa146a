import { QueryFailedError } from 'typeorm';
import { Unauthenticated } from './domain-errors.js';

/** PostgreSQL's SQLSTATE for "insert or update violates foreign key constraint". */
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Runs a write made in the caller's name. The guards trust a token's signature without reading the
 * database, so a validly signed token may name a user that no longer exists; the write's foreign key
 * to `users` (`callerConstraint`, e.g. `comments_author_id_fkey`) then refuses it. That is the
 * token's fault, not the server's: 401 "is invalid", as API.md answers a bad token, never a 500.
 * Letting the constraint decide costs no extra statement on the ordinary path.
 */
export async function asExistingCaller<T>(
  callerConstraint: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedForeignKey(error) === callerConstraint) throw new Unauthenticated('is invalid');
    throw error;
  }
}

function violatedForeignKey(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === FOREIGN_KEY_VIOLATION ? driverError.constraint : undefined;
}
