import type { Kysely } from 'kysely';

/**
 * A figure's vintage (docs/DOMAIN.md "Vintages"): 快报 / 初步核算 / 核实 / 年报, on the figure and
 * on every version of it. Figures stored before are flash (快报), their first release.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['figures', 'figure_versions']) {
    await db.schema.alterTable(table).addColumn('vintage', 'text', (c) => c.notNull().defaultTo('flash')).execute();
  }
}
