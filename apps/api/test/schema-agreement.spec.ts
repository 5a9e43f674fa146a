import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from '../src/database/data-source.js';
import { schemaDefinition } from './support/schema-definition.js';

// The migrations build the database; the entities describe it to TypeORM, which generates the
// next migration from the difference (`pnpm db:generate`). If the two disagree, that migration
// would "fix" the difference: drop a check, rename a key. These tests keep them in agreement.

const url = process.env.TEST_DATABASE_URL as string;
/** Where TypeORM builds the schema the entities describe, next to the migrated `public`. */
const ENTITY_SCHEMA = 'schema_from_entities';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await createDataSource({ url, poolSize: 1 }).initialize();
});
afterAll(async () => {
  await dataSource.query(`DROP SCHEMA IF EXISTS ${ENTITY_SCHEMA} CASCADE`);
  await dataSource.destroy();
});

/** The tables, keys and indexes TypeORM creates from the entities alone, in `ENTITY_SCHEMA`. */
async function buildSchemaFromEntities(): Promise<void> {
  await dataSource.query(`DROP SCHEMA IF EXISTS ${ENTITY_SCHEMA} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${ENTITY_SCHEMA}`);
  // The schema is an option from the start: `setOptions` would not tell the driver, which then
  // creates TypeORM's own table for generated columns (`typeorm_metadata`) in `public` instead.
  const fromEntities = new DataSource({
    ...dataSourceOptions({ url, poolSize: 1 }),
    schema: ENTITY_SCHEMA,
  });
  await fromEntities.initialize();
  try {
    // The one place `synchronize` runs: in a scratch schema, to compare, never on real tables.
    await fromEntities.synchronize();
  } finally {
    await fromEntities.destroy();
  }
}

describe('the entities and the migrations', () => {
  it('agree: after migrating, TypeORM finds nothing to change', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map(({ query }) => query)).toEqual([]);
  });

  // The schema builder compares only some of it: not the names of primary keys and unique
  // constraints, nor what a check says, nor identity columns. Built from the entities alone,
  // the schema must be the migrated one, line for line.
  it('describe the same columns, constraints and indexes, under the same names', async () => {
    await buildSchemaFromEntities();
    // Indexes TypeORM cannot declare (on lower(email)) are only named on the entities.
    const onlyMigrated = dataSource.entityMetadatas.flatMap((entity) =>
      entity.indices.filter((index) => !index.synchronize).map((index) => `index ${index.name} `),
    );
    const migrated = (await schemaDefinition(url, 'public')).filter(
      (fact) => !onlyMigrated.some((prefix) => fact.startsWith(prefix)),
    );
    // Guards against an empty description: it reads what the schema builder skips.
    expect(migrated).toContain(
      'constraint follows follows_not_oneself CHECK ((follower_id <> followee_id))',
    );
    expect(await schemaDefinition(url, ENTITY_SCHEMA)).toEqual(migrated);
  });
});
