import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import type { TestApp } from '../../test/support/test-app.js';

// What the exercises about indexes check: the plan of the very statements a request sends, run on
// a table big enough that PostgreSQL prefers an index when there is one that fits. Whatever SQL a
// solution writes, its plan tells how many rows it had to read to answer.

export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** One node of an `EXPLAIN (ANALYZE, FORMAT JSON)` plan, with the fields the exercises read. */
export interface PlanNode {
  'Node Type': string;
  /** `SubPlan` on the top node of a subquery that runs apart from its parent's rows (one loop each). */
  'Parent Relationship'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  /** Per loop, like the two `Rows Removed` counts. */
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** Runs SQL on the test database, through the app's own connection pool. */
export function sql<Row>(t: TestApp, text: string, parameters: unknown[] = []): Promise<Row[]> {
  return t.app.get(DataSource).query(text, parameters) as Promise<Row[]>;
}

/** The SQL statements the API sends while `request` runs, as TypeORM reports them after each. */
export async function statementsOf(
  t: TestApp,
  request: () => PromiseLike<unknown>,
): Promise<Statement[]> {
  const { subscribers } = t.app.get(DataSource);
  const statements: Statement[] = [];
  const recorder: EntitySubscriberInterface = {
    afterQuery: ({ query, parameters }) => {
      statements.push({ sql: query, parameters: Array.isArray(parameters) ? parameters : [] });
    },
  };
  subscribers.push(recorder);
  try {
    await request();
  } finally {
    subscribers.splice(subscribers.indexOf(recorder), 1);
  }
  return statements;
}

/** Runs the statement again under `EXPLAIN (ANALYZE)`: every node of its plan, subplans included. */
export async function planOf(t: TestApp, statement: Statement): Promise<PlanNode[]> {
  const [row] = await sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
    t,
    `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`,
    statement.parameters,
  );
  const nodes: PlanNode[] = [];
  const visit = (node: PlanNode) => {
    nodes.push(node);
    node.Plans?.forEach(visit);
  };
  if (row) visit(row['QUERY PLAN'][0].Plan);
  return nodes;
}

/** The rows of `table` the plan touched: those its scans returned and those they threw away. */
export function rowsRead(plan: PlanNode[], table: string): number {
  return plan
    .filter((node) => node['Relation Name'] === table)
    .reduce(
      (sum, node) =>
        sum +
        node['Actual Loops'] *
          (node['Actual Rows'] +
            (node['Rows Removed by Filter'] ?? 0) +
            (node['Rows Removed by Index Recheck'] ?? 0)),
      0,
    );
}
