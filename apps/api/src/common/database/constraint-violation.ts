import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATEs for the two constraint violations the API turns into answers. */
const SQLSTATE = { unique: '23505', foreignKey: '23503' } as const;

/**
 * The name of the constraint of that kind a failed write ran into, else undefined. Uniqueness and
 * references are the database's job: checking first and writing after would race.
 */
export function violatedConstraint(
  error: unknown,
  kind: keyof typeof SQLSTATE,
): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === SQLSTATE[kind] ? driverError.constraint : undefined;
}
