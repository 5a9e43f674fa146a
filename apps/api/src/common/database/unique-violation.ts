import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for "duplicate key value violates unique constraint". */
const UNIQUE_VIOLATION = '23505';

/**
 * The name of the unique constraint (or unique index) a failed write ran into, else undefined.
 * Uniqueness is the database's job: checking first and inserting after would race.
 */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION ? driverError.constraint : undefined;
}
