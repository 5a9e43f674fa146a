/**
 * PostgreSQL text cannot hold the NUL character (U+0000), and comparing with one is an error, not
 * a miss. Contracts refuse it in bodies and queries; a path such as `/api/articles/a%00b` names
 * no row, so lookups answer "not found" without asking the database.
 */
export function canNameARow(text: string): boolean {
  return !text.includes('\u0000');
}
