import type { LoggedStatement } from '@conduit/contracts';

/** The runs of one statement text within a request, in the order they ran. */
export interface StatementGroup {
  sql: string;
  runs: LoggedStatement[];
}

/**
 * The statements of a request, those with the same SQL text gathered where the first of them
 * ran. Two or more runs of one text in a request are what a query per item of a list (N+1) looks
 * like, whence the panel's "N+1?" (a question: a request may rightly run a statement twice).
 */
export function groupByText(statements: readonly LoggedStatement[]): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const statement of statements) {
    const group = groups.get(statement.sql);
    if (group) group.runs.push(statement);
    else groups.set(statement.sql, { sql: statement.sql, runs: [statement] });
  }
  return [...groups.values()];
}

export const isRepeated = (group: StatementGroup) => group.runs.length > 1;

/** The run that Explain explains: the first (the runs of a group differ only in their values). */
export const firstRun = (group: StatementGroup) => group.runs[0] as LoggedStatement;
