import type { SequentialScan } from '@conduit/contracts';

/** The scan that a line of PostgreSQL's text plan shows, if it is one of `scans`. */
export function scanOnLine(
  line: string,
  scans: readonly SequentialScan[],
): SequentialScan | undefined {
  // `Seq Scan on articles article  (cost=…`, or `Parallel Seq Scan on …`. PostgreSQL quotes a
  // table's name in the plan only when it has to ("user").
  return scans.find(({ table }) =>
    [table, `"${table}"`].some((name) => `${line} `.includes(`Seq Scan on ${name} `)),
  );
}

/** `Sequential scan on articles: 10,000 rows read; no index fits.` */
export function describeScan({ table, rows, usableIndex }: SequentialScan): string {
  const index = usableIndex === null ? 'no index fits' : `the index ${usableIndex} could serve it`;
  return `Sequential scan on ${table}: ${rows.toLocaleString('en')} rows read; ${index}.`;
}
