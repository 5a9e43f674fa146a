import pg from 'pg';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The one place where speed bends the data layer (docs/decisions/010-prepared-statements.md).
 *
 * A query shape that runs on every page is built once, when its repository is created, by
 * TypeORM's query builder; each request only fills in the values. Its SQL is registered here under
 * a stable name, and the pool's connections (`PreparingClient`) send registered SQL as a named
 * prepared statement: PostgreSQL parses it once per connection and, where a generic plan serves
 * every value as well, plans it once too. Everything else about the statement is TypeORM's
 * ordinary path, so it is logged, counted in `X-Query-Count` and explained by `pnpm db:explain`
 * like any other.
 */
export class PreparedQuery<Parameter extends string, Row> {
  readonly text: string;
  /** The parameters' names in the order of `$1, $2, …`. */
  private readonly order: Parameter[];

  constructor(
    readonly name: string,
    private readonly builder: SelectQueryBuilder<ObjectLiteral>,
    parameters: readonly Parameter[],
  ) {
    // Each parameter's value is its own name, so the list of values tells their order.
    const [text, order] = builder.dataSource.driver.escapeQueryWithParameters(
      builder.getQuery(),
      Object.fromEntries(parameters.map((parameter) => [parameter, parameter])),
    );
    this.text = text;
    this.order = order as Parameter[];
    // One name, one SQL: PostgreSQL refuses a name prepared twice on a connection.
    const nameOfText = statementNames.get(text);
    if (nameOfText !== undefined && nameOfText !== name)
      throw new Error(`Prepared query "${name}" has the SQL of "${nameOfText}"`);
    if (nameOfText === undefined && [...statementNames.values()].includes(name))
      throw new Error(`Prepared query "${name}" names two different SQL texts`);
    statementNames.set(text, name);
  }

  /** The rows; their type is the one the shape's columns were selected for. */
  many(values: Record<Parameter, unknown>): Promise<Row[]> {
    return this.builder.dataSource.query<Row[]>(
      this.text,
      this.order.map((parameter) => values[parameter]),
    );
  }

  async one(values: Record<Parameter, unknown>): Promise<Row | undefined> {
    const [row] = await this.many(values);
    return row;
  }
}

/**
 * `builder`'s SQL followed by `LIMIT :limit OFFSET :offset` (list `limit` and `offset` among the
 * query's parameters). The builder's own `limit()` writes the number into the SQL, which would make
 * each page size a statement of its own.
 */
export function pagedSql(builder: SelectQueryBuilder<ObjectLiteral>): string {
  return `${builder.getQuery()} LIMIT :limit OFFSET :offset`;
}

/** Registered SQL → its statement name. The same shape always gets the same SQL and name. */
const statementNames = new Map<string, string>();

/** Whether `sql` goes out as a named prepared statement (the dev panel says so). */
export function isPreparedSql(sql: string): boolean {
  return statementNames.has(sql);
}

/**
 * The connection class of the pool (`extra.Client` in the data source's options): SQL registered
 * by a `PreparedQuery` goes out as `{ name, text, values }`, pg's named prepared statement; any
 * other SQL goes out as before.
 */
export class PreparingClient extends pg.Client {
  // pg's `query` has a dozen overloads; this one signature stands for all of them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' ? statementNames.get(config) : undefined;
    if (name === undefined) return super.query(config, values, callback);
    return super.query({ name, text: config, values }, callback);
  }
}
