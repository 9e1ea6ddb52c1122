import type { Kysely } from 'kysely';
import { amountColumnType, dialectOf } from '../../db/columns';

/**
 * A figure's comparable basis (docs/DOMAIN.md "Comparable basis"): an adjusted last-year base
 * (同口径上年同期), a growth reported on that basis, and the reason for it — on the figure and on
 * every version of it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const amount = amountColumnType(await dialectOf(db));
  for (const table of ['figures', 'figure_versions']) {
    await db.schema.alterTable(table).addColumn('adjusted_base', amount).execute();
    await db.schema.alterTable(table).addColumn('reported_yoy_comparable', amount).execute();
    await db.schema.alterTable(table).addColumn('comparable_reason', 'text').execute();
  }
}
