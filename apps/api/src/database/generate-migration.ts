import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';

/** Where the migration goes, and the module whose `migrations` list must name it. */
export interface MigrationFiles {
  directory: string;
  dataSourceFile: string;
}

export const PROJECT_FILES: MigrationFiles = {
  directory: fileURLToPath(new URL('./migrations/', import.meta.url)),
  dataSourceFile: fileURLToPath(new URL('./data-source.ts', import.meta.url)),
};

/** `AddBookmarks`: the class is `AddBookmarks<timestamp>`, the file `<timestamp>-add-bookmarks.ts`. */
const MIGRATION_NAME = /^[A-Z][A-Za-z0-9]*$/;

export function isMigrationName(name: string): boolean {
  return MIGRATION_NAME.test(name);
}

interface Statement {
  query: string;
  parameters?: unknown[];
}

/**
 * TypeORM's `migration:generate`, written in this project's style: compares the entities with the
 * (migrated) database and writes the SQL that makes the database match as a new migration, listed
 * in `migrations` in data-source.ts. Returns the file's path, or undefined when they already agree.
 */
export async function generateMigration(
  dataSource: DataSource,
  name: string,
  files: MigrationFiles = PROJECT_FILES,
  timestamp: number = Date.now(),
): Promise<string | undefined> {
  if (!isMigrationName(name)) {
    throw new Error(`"${name}" is not a PascalCase name like AddBookmarks`);
  }
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  if (upQueries.length === 0) return undefined;
  const here = await namesOf(dataSource);
  const anywhere = (statement: Statement) => runningAnywhere(statement, here);

  const className = `${name}${timestamp}`;
  const moduleName = `${timestamp}-${kebabCase(name)}`;
  const path = join(files.directory, `${moduleName}.ts`);
  const list = listMigration(await readFile(files.dataSourceFile, 'utf8'), className, moduleName);
  // The down queries undo the up queries in reverse order, as TypeORM's own generator writes them.
  await writeFormatted(
    path,
    migrationSource(className, upQueries.map(anywhere), downQueries.toReversed().map(anywhere)),
  );
  await writeFormatted(files.dataSourceFile, list);
  return path;
}

/** The names of the database that TypeORM compared the entities with, and of its schema. */
interface Names {
  database: string | undefined;
  schema: string;
}

async function namesOf(dataSource: DataSource): Promise<Names> {
  const [{ schema }] = await dataSource.query<[{ schema: string }]>(
    'SELECT current_schema() AS schema',
  );
  return { database: dataSource.driver.database, schema };
}

/**
 * `statement` with the database's and schema's names in TypeORM's records written as the SQL that
 * gives them wherever the migration runs. TypeORM keeps the expression of each generated column in
 * `typeorm_metadata`, under the names of the database it generated on (the development one:
 * `'conduit'`, `'public'`), and looks it up under `current_database()` and the table's schema. As
 * constants, the row would not be found on any other database (CI's, production's), whose next
 * `db:generate` would then drop and add the column again. A table in a schema of its own keeps
 * that schema's name.
 */
function runningAnywhere({ query, parameters = [] }: Statement, here: Names): Statement {
  if (!query.includes('"typeorm_metadata"')) return { query, parameters };
  const functions = new Map<number, string>();
  for (const [column, position] of columnsOfPlaceholders(query)) {
    const value = parameters[position - 1];
    if (column === 'database' && value === here.database)
      functions.set(position, 'current_database()');
    if (column === 'schema' && value === here.schema) functions.set(position, 'current_schema()');
  }
  // The placeholders left are numbered again from $1, in order.
  const kept: unknown[] = [];
  const renumbered = new Map<number, number>();
  const text = query.replace(/\$(\d+)/g, (_, digits: string) => {
    const position = Number(digits);
    const sql = functions.get(position);
    if (sql) return sql;
    if (!renumbered.has(position)) renumbered.set(position, kept.push(parameters[position - 1]));
    return `$${renumbered.get(position)}`;
  });
  return { query: text, parameters: kept };
}

/**
 * The column each `$n` stands for in TypeORM's SQL for its records: `"column" = $n` in a WHERE,
 * and an INSERT's list of columns matched with its VALUES. Should TypeORM write that SQL otherwise,
 * `generate-migration.spec.ts`, which runs such a migration on a database of another name, fails.
 */
function columnsOfPlaceholders(query: string): [string, number][] {
  const compared = [...query.matchAll(/"(\w+)" = \$(\d+)/g)].map(
    ([, column, digits]): [string, number] => [column as string, Number(digits)],
  );
  const insert = /\(([^)]*)\) VALUES \(([^)]*)\)/.exec(query);
  const columns = insert?.[1]?.split(',').map((column) => column.trim().replaceAll('"', '')) ?? [];
  const values = insert?.[2]?.split(',').map((value) => /^\s*\$(\d+)\s*$/.exec(value)?.[1]) ?? [];
  const inserted = columns.flatMap((column, i): [string, number][] =>
    values[i] === undefined ? [] : [[column, Number(values[i])]],
  );
  return [...compared, ...inserted];
}

function migrationSource(className: string, up: Statement[], down: Statement[]): string {
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated by \`pnpm db:generate\` from the entities. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(db: QueryRunner): Promise<void> {
    ${up.map(call).join('\n')}
  }

  async down(db: QueryRunner): Promise<void> {
    ${down.map(call).join('\n')}
  }
}
`;
}

function call({ query, parameters }: Statement): string {
  const values = parameters?.length ? `, ${JSON.stringify(parameters)}` : '';
  return `await db.query(\`${escapeTemplateLiteral(query)}\`${values});`;
}

/** SQL read back from the database (a default, a comment) must not end or interpolate the literal. */
function escapeTemplateLiteral(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** Imports the migration after the last one, and appends it to `export const migrations = [...]`. */
function listMigration(source: string, className: string, moduleName: string): string {
  const lastImport = [...source.matchAll(/^import .* from '\.\/migrations\/.*';$/gm)].at(-1);
  const list = /export const migrations = \[([^\]]*)\]/.exec(source);
  if (!lastImport || !list) throw new Error('data-source.ts has no `migrations` list to add to');
  const end = lastImport.index + lastImport[0].length;
  const imported = `${source.slice(0, end)}
import { ${className} } from './migrations/${moduleName}.js';${source.slice(end)}`;
  const names = list[1]?.trim().replace(/,$/, '');
  return imported.replace(list[0], `export const migrations = [${names}, ${className}]`);
}

function kebabCase(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '-').toLowerCase();
}

/** Formatted as `pnpm format` would, so that the new code passes lint and review unchanged. */
async function writeFormatted(path: string, source: string): Promise<void> {
  // Loaded only here: Prettier is a development dependency, which the production image (it runs
  // this file's neighbour `cli.ts migrate`) does not install.
  const { format, resolveConfig } = await import('prettier');
  // The project's settings, found from this file, wherever the output goes.
  const options = await resolveConfig(fileURLToPath(import.meta.url));
  await writeFile(path, await format(source, { ...options, filepath: path }));
}
