/**
 * Whether the explain route may run a statement: a read, and one statement only. Conservative on
 * purpose, since EXPLAIN ANALYZE executes what it explains: the statement must start with SELECT
 * or WITH, hold no `;`, and name no write or row lock anywhere outside its quoted names and string
 * literals (which rules out data-modifying CTEs, `WITH x AS (DELETE …) SELECT …`, and
 * `SELECT … FOR UPDATE`). A read refused by mistake costs a missing plan; a write let through
 * would still meet a read-only transaction that is rolled back (`dev-panel.repository.ts`).
 */
const WRITE_OR_LOCK =
  /\b(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|CREATE|DROP|ALTER|GRANT|REVOKE|COPY|CALL|LOCK|SHARE|INTO)\b/i;

export function isExplainableRead(sql: string): boolean {
  const code = sql
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .trim();
  return /^(SELECT|WITH)\b/i.test(code) && !code.includes(';') && !WRITE_OR_LOCK.test(code);
}
