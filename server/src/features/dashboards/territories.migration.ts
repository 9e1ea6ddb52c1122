import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** territory_overlaps and territory_settings: the city's territorial scope (territories.table.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('territory_overlaps')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('city_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('overlaps_organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('contains_part','same_territory')`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('territory_overlaps_pair', ['organisation_id', 'overlaps_organisation_id'])
    .addCheckConstraint('territory_overlaps_distinct', sql`organisation_id <> overlaps_organisation_id`)).execute();
  await db.schema.createIndex('territory_overlaps_city_idx').on('territory_overlaps').column('city_id').execute();
  await strictTable(dialect, db.schema.createTable('territory_settings')
    .addColumn('city_id', 'integer', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('rank_zones_separately', 'integer', (c) => c.notNull().check(sql`rank_zones_separately in (0,1)`))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('territory_settings').ifExists().execute();
  await db.schema.dropTable('territory_overlaps').ifExists().execute();
}
