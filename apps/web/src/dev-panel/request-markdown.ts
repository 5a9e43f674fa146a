import type { ExplainResponse } from '@conduit/contracts';
import type { LoggedRequest } from '../api/request-log';
import { formatSql } from './format-sql';
import { formatDuration, formatParameters, formatRows, statementNumber } from './statement-facts';
import { describeScan } from './sequential-scans';
import { firstRun, isRepeated, type StatementGroup } from './statement-groups';

type Plan = ExplainResponse['plan'];

/**
 * A request's statements (and the plans fetched so far) as Markdown, for a student to paste into
 * a question or a pull request: a heading, then per SQL text a `sql` block with each run's values
 * as comments, its facts, and its plan in a `text` block.
 */
export function requestAsMarkdown(
  request: Pick<LoggedRequest, 'method' | 'path' | 'status'>,
  groups: readonly StatementGroup[],
  planOf: (index: number) => Plan | undefined,
): string {
  const statementCount = groups.reduce((count, group) => count + group.runs.length, 0);
  const sections = [
    `### ${request.method} ${request.path} → ${request.status}\n\n${statementCount} SQL statements.`,
    ...groups.map((group) => groupAsMarkdown(group, planOf(firstRun(group).index))),
  ];
  return `${sections.join('\n\n')}\n`;
}

function groupAsMarkdown(group: StatementGroup, plan: Plan | undefined): string {
  const first = firstRun(group);
  const heading = isRepeated(group)
    ? `#### ${statementNumber(first)}, N+1? ${group.runs.length} runs`
    : `#### ${statementNumber(first)}`;
  const runs = group.runs.map(
    (run) =>
      `-- ${statementNumber(run)}: ${formatParameters(run.parameters)}; ` +
      `${formatDuration(run.durationMs)}, ${formatRows(run.rows)}`,
  );
  const parts = [
    heading,
    ['```sql', formatSql(group.sql), ...runs, '```'].join('\n'),
    first.prepared ? 'Prepared.' : 'Not prepared.',
  ];
  if (plan) {
    parts.push(['Plan:', '', '```text', plan.text, '```'].join('\n'));
    parts.push(...plan.sequentialScans.map((scan) => `- ${describeScan(scan)}`));
  }
  return parts.join('\n\n');
}
