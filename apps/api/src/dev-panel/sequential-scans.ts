import type { SequentialScan } from '@conduit/contracts';

/** A scan that reads fewer rows than this is not worth a look: an index would not beat it. */
export const LARGE_SCAN_ROWS = 1_000;

/** An index of the schema, by its leading key: the only key a filter alone can use. */
export interface SchemaIndex {
  table: string;
  name: string;
  /** The first key of `indexdef`, as PostgreSQL prints it: `slug`, `lower((email)::text)`. */
  leadingKey: string;
}

/**
 * The sequential scans of an `EXPLAIN (ANALYZE)` text plan that read at least `LARGE_SCAN_ROWS`
 * rows, each with an index of its table whose leading key uses a column the scan filters on.
 * Rows read are what came out plus what the filter removed, times the loops.
 */
export function findSequentialScans(
  plan: string,
  indexes: readonly SchemaIndex[],
): SequentialScan[] {
  const lines = plan.split('\n');
  const scans: SequentialScan[] = [];
  lines.forEach((line, at) => {
    const node =
      /Seq Scan on (?:\w+\.)?"?(\w+)"?.*\(actual (?:time=\S+ )?rows=([\d.]+) loops=(\d+)\)/.exec(
        line,
      );
    if (!node) return;
    const details = detailsOf(lines, at);
    const removed = Number(/Rows Removed by Filter: (\d+)/.exec(details)?.[1] ?? 0);
    const rows = Math.round((Number(node[2]) + removed) * Number(node[3]));
    if (rows < LARGE_SCAN_ROWS) return;
    const table = node[1]!;
    const filtered = columnsOf(/Filter: (.*)/.exec(details)?.[1] ?? '');
    const usable = indexes.find(
      (index) =>
        index.table === table && columnsOf(index.leadingKey).some((c) => filtered.includes(c)),
    );
    scans.push({ table, rows, usableIndex: usable?.name ?? null });
  });
  return scans;
}

/** Which tables a plan scans sequentially: the ones whose indexes are worth reading. */
export function scannedTables(plan: string): string[] {
  return [...new Set([...plan.matchAll(/Seq Scan on (?:\w+\.)?"?(\w+)"?/g)].map(([, t]) => t!))];
}

/** The lines under a plan node (its Filter, Rows Removed…), up to its first child or sibling. */
function detailsOf(lines: string[], at: number): string {
  const indent = (line: string) => line.length - line.trimStart().length;
  const own = indent(lines[at]!);
  const details: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (indent(line) <= own || line.trimStart().startsWith('->')) break;
    details.push(line.trim());
  }
  return details.join('\n');
}

/** `::text`, `::character varying[]`: a cast's type, which names no column. */
const CAST =
  /::\s*(?:character varying|double precision|timestamp with(?:out)? time zone|\w+)(?:\[\])?/g;

/** The column names in an expression: not the literals, the functions or the casts' types. */
function columnsOf(expression: string): string[] {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''").replace(CAST, '');
  return [...code.matchAll(/\b([a-z_]\w*)\b(?!\s*\()/gi)]
    .map(([, name]) => name!)
    .filter((name) => !/^(AND|OR|NOT|IS|NULL|ANY|ALL|TRUE|FALSE|LIKE|IN)$/i.test(name));
}
