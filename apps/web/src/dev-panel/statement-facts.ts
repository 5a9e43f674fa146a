import { MASKED, type LoggedStatement } from '@conduit/contracts';

// The words for a statement's facts, shared by the panel and its Markdown export.

/** `$1 = '1', $2 = 10, $3 = NULL`: values as SQL would write them; a masked one as the API sent it. */
export function formatParameters(parameters: LoggedStatement['parameters']): string {
  if (parameters.length === 0) return 'no parameters';
  return parameters.map((value, position) => `$${position + 1} = ${sqlValue(value)}`).join(', ');
}

// What PostgreSQL's escape strings (E'…') write for the characters that would break a line.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ESCAPED = /[\\\n\r\t]/g;

function sqlValue(value: LoggedStatement['parameters'][number]): string {
  if (value === null) return 'NULL';
  if (value === MASKED) return value;
  if (typeof value !== 'string') return String(value);
  const quoted = value.replaceAll("'", "''");
  // An article's body has line breaks: as an escape string, the value stays on one line.
  const escaped = quoted.replace(ESCAPED, (character) => ESCAPES[character] ?? character);
  return escaped === quoted ? `'${quoted}'` : `E'${escaped}'`;
}

/**
 * `0.42 ms`, `6.1 ms`: hundredths under a millisecond, where an index scan and its sequential scan,
 * or a prepared statement and its unprepared one, differ; tenths above.
 */
export const formatDuration = (ms: number) => `${ms.toFixed(ms < 1 ? 2 : 1)} ms`;

/** Rows returned, or affected by a write; unknown when the driver did not say. */
export function formatRows(rows: number | null): string {
  if (rows === null) return 'rows unknown';
  return rows === 1 ? '1 row' : `${rows} rows`;
}

/** `#3` for the fourth statement: numbered from 1, as a reader counts. */
export const statementNumber = (statement: LoggedStatement) => `#${statement.index + 1}`;
