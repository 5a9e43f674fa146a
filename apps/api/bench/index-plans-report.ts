import { markdownTable } from './markdown-table.js';
import { executionMs, type RecordedStatement } from './query-plans.js';

/** One statement of a query, explained with its index and without it. */
export interface IndexPlans {
  title: string;
  /** The repository call that sent the statement, as a reader finds it in the code. */
  call: string;
  index: string;
  /** `page` (the rows) or `count`: a list sends both. */
  kind: string;
  statement: RecordedStatement;
  withIndex: string[];
  withoutIndex: string[];
}

/**
 * The Markdown that `pnpm db:explain` writes into docs/database.md: a table of execution times,
 * then each statement and its two plans, folded so that the page stays readable.
 */
export function indexPlansMarkdown(plans: IndexPlans[], heading: string): string {
  const summary = [
    heading,
    '',
    ...markdownTable(
      ['query', 'statement', 'index', 'with it (ms)', 'without it (ms)'],
      plans.map((p) => [p.title, p.kind, `\`${p.index}\``, ms(p.withIndex), ms(p.withoutIndex)]),
      [false, false, false, true, true],
    ),
  ];
  const details = plans.flatMap((p) => [
    '',
    `#### ${p.title}, ${p.kind}: \`${p.call}\``,
    '',
    `Parameters \`${JSON.stringify(p.statement.parameters)}\` (whitespace collapsed, line breaks added):`,
    '',
    '```sql',
    layoutSql(p.statement.sql),
    '```',
    '',
    ...folded(`With <code>${p.index}</code>`, p.withIndex),
    '',
    ...folded('Without it (dropped in a transaction, rolled back)', p.withoutIndex),
  ]);
  return [...summary, ...details].join('\n');
}

const ms = (plan: string[]) => executionMs(plan).toFixed(2);

/** A plan inside `<details>`: GitHub shows the summary and unfolds the plan on a click. */
function folded(summary: string, plan: string[]): string[] {
  return [
    '<details>',
    `<summary>${summary}</summary>`,
    '',
    '```',
    ...plan,
    '```',
    '',
    '</details>',
  ];
}

const CLAUSE = /^ (FROM|INNER JOIN|LEFT JOIN|WHERE|AND|ORDER BY|LIMIT) /;

/**
 * The statement as sent, laid out the same way whoever wrote it: its whitespace collapsed to single
 * spaces (the plain SQL of `article-queries.ts` keeps the indentation of the template strings it is
 * assembled from), then a line break before each outer clause and after each column of the outer
 * select list. Subqueries (anything in parentheses) and quoted text stay whole.
 */
export function layoutSql(sent: string): string {
  const sql = collapseWhitespace(sent);
  let laidOut = '';
  let depth = 0;
  let quote: string | undefined;
  let isSelectList = true;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i] as string;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      depth -= 1;
    } else if (depth === 0 && isSelectList && char === ',' && sql[i + 1] === ' ') {
      laidOut += ',\n  ';
      i += 1;
      continue;
    } else if (depth === 0 && CLAUSE.test(sql.slice(i))) {
      isSelectList = false;
      laidOut += '\n';
      continue;
    }
    laidOut += char;
  }
  return laidOut;
}

/** Every run of whitespace outside quotes becomes one space; the ends are trimmed. */
function collapseWhitespace(sql: string): string {
  return sql
    .split(/('(?:[^']|'')*'|"[^"]*")/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/\s+/g, ' ')))
    .join('')
    .trim();
}
