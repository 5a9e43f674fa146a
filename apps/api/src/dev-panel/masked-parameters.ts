import { type LoggedStatement, MASKED } from '@conduit/contracts';

type StatementParameter = LoggedStatement['parameters'][number];

/**
 * The rule for what the dev panel never shows (a screenshot or a pasted export must not leak
 * one): a parameter is masked when
 * - its value looks like a secret: a password hash in the PHC or crypt format (`$argon2id$…`,
 *   `$2b$…`) or a JWT (three base64url parts, the first a JSON object, so starting `eyJ`); or
 * - the statement binds it to a column whose name says secret: password, hash, token or secret,
 *   compared or assigned (`"password_hash" = $3`) or inserted (`INSERT INTO t ("password_hash")
 *   VALUES ($3)`).
 */
const SECRET_COLUMN = /password|hash|token|secret/i;
const PASSWORD_HASH = /^\$[a-z0-9-]+\$/i;
const JWT = /^eyJ[\w-]*\.[\w-]+\.[\w-]*$/;

export interface ShownParameters {
  parameters: StatementParameter[];
  isAnyMasked: boolean;
}

/** The parameters as the panel shows them: secrets masked, the rest in JSON's types. */
export function showParameters(sql: string, parameters: readonly unknown[]): ShownParameters {
  const boundToSecrets = secretPlaceholders(sql);
  const masked = parameters.map(
    (value, index) => boundToSecrets.has(index + 1) || looksSecret(value),
  );
  return {
    parameters: parameters.map((value, index) => (masked[index] ? MASKED : shown(value))),
    isAnyMasked: masked.includes(true),
  };
}

function looksSecret(value: unknown): boolean {
  return typeof value === 'string' && (PASSWORD_HASH.test(value) || JWT.test(value));
}

/** The numbers `n` of the placeholders `$n` that the SQL binds to a secret-named column. */
function secretPlaceholders(sql: string): Set<number> {
  const found = new Set<number>();
  const addAll = (placeholders: string) => {
    for (const [, n] of placeholders.matchAll(/\$(\d+)/g)) found.add(Number(n));
  };
  // `"column" = $1`, `"column" <> $1`, `"column" IN ($1, $2)`, `"column" LIKE $1`.
  const comparison = /"?(\w+)"?\s*(?:=|<>|!=|\bI?LIKE\b|\bIN\s*\()\s*(\$\d+(?:\s*,\s*\$\d+)*)/gi;
  for (const [, column, placeholders] of sql.matchAll(comparison))
    if (SECRET_COLUMN.test(column!)) addAll(placeholders!);
  // `INSERT INTO "users"("email", "password_hash") VALUES ($1, $2), ($3, $4)`: by position.
  const insert = /INSERT\s+INTO\s+[^(]+\(([^)]*)\)\s*VALUES\s*((?:\([^()]*\)\s*,?\s*)+)/i.exec(sql);
  if (insert) {
    const columns = insert[1]!.split(',').map((column) => column.trim().replace(/"/g, ''));
    for (const [, row] of insert[2]!.matchAll(/\(([^()]*)\)/g)) {
      row!.split(',').forEach((value, position) => {
        if (SECRET_COLUMN.test(columns[position] ?? '')) addAll(value);
      });
    }
  }
  return found;
}

/** A bound value in the types JSON has: a date as ISO 8601, bytes by their length. */
function shown(value: unknown): StatementParameter {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}
