import { violatedConstraint } from '../database/constraint-violation.js';
import { Unauthenticated } from './domain-errors.js';

/**
 * Runs a write made in the caller's name. The token check has already found the caller in
 * `users`; should the user vanish between that check and the write (the data reset by
 * `pnpm db:reset` mid-request), the write's foreign key to `users` (`callerConstraint`, e.g.
 * `comments_author_id_fkey`) refuses it, and that is the token's fault, not the server's: 401
 * "is invalid", never a 500. It costs no extra statement on the ordinary path.
 */
export async function asExistingCaller<T>(
  callerConstraint: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error, 'foreignKey') === callerConstraint)
      throw new Unauthenticated('is invalid');
    throw error;
  }
}
