import { sql, type Kysely } from 'kysely';
import { PUBLISHED_STATUSES } from '@hongtu/domain';
import { dialectOf, strictTable } from '../../db/columns';

/**
 * The overview's read model (migration 0090, ADR 0006): computed overviews stored as JSON, each
 * with the generation of the dashboards' inputs it was computed from, and that generation, which
 * triggers raise in the same transaction as every write that can change an overview:
 * - any row of the tables an overview reads whole (organisations and groups, indicators, warning
 *   rules, targets, periods, territories, published bulletins);
 * - a submission entering or leaving a published status (approve, a granted revision, return of a
 *   published month), and a figure of a submission in a published status.
 * Drafts, submits, returns of a submitted month and the figures of unpublished months do not
 * raise it: a published overview does not show them (a reviewer's view with them is not stored).
 */
export const DASHBOARD_INPUT_TABLES = [
  'organisations', 'organisation_groups', 'organisation_group_members', 'indicators', 'warning_rules',
  'targets', 'period_targets', 'reporting_periods', 'territory_overlaps', 'territory_settings', 'published_bulletins',
] as const;

const published = sql.raw(PUBLISHED_STATUSES.map((s) => `'${s}'`).join(', '));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const bigint = dialect === 'sqlite' ? 'integer' : 'bigint';
  await strictTable(dialect, db.schema.createTable('dashboard_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', bigint, (c) => c.notNull())
    .addColumn('changed_by', bigint)).execute();
  await db.insertInto('dashboard_generation').values({ id: 1, generation: 1, changed_by: null }).execute();
  await strictTable(dialect, db.schema.createTable('dashboard_overviews')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('generation', bigint, (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())).execute();

  if (dialect === 'sqlite') {
    const bump = sql.raw('update dashboard_generation set generation = generation + 1 where id = 1;');
    for (const table of DASHBOARD_INPUT_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.id(`dashboard_${table}_${event}`)} after ${sql.raw(event)} on ${sql.id(table)} begin ${bump} end`.execute(db);
      }
    }
    await sql`create trigger dashboard_submissions_insert after insert on submissions when new.status in (${published}) begin ${bump} end`.execute(db);
    await sql`create trigger dashboard_submissions_update after update on submissions
      when old.status in (${published}) or new.status in (${published}) begin ${bump} end`.execute(db);
    await sql`create trigger dashboard_submissions_delete after delete on submissions when old.status in (${published}) begin ${bump} end`.execute(db);
    const inPublished = (ref: string) => sql.raw(`exists (select 1 from submissions s where s.id = ${ref} and s.status in (${PUBLISHED_STATUSES.map((s) => `'${s}'`).join(', ')}))`);
    await sql`create trigger dashboard_figures_insert after insert on figures when ${inPublished('new.submission_id')} begin ${bump} end`.execute(db);
    await sql`create trigger dashboard_figures_update after update on figures
      when ${inPublished('new.submission_id')} or ${inPublished('old.submission_id')} begin ${bump} end`.execute(db);
    await sql`create trigger dashboard_figures_delete after delete on figures when ${inPublished('old.submission_id')} begin ${bump} end`.execute(db);
    return;
  }

  // PostgreSQL: statement triggers (a 10,000-row import raises it once); the first raise in a
  // transaction takes the row's lock, later ones in the same transaction change nothing.
  await sql`create function dashboard_generation_raise() returns void language sql as $$
    update dashboard_generation set generation = generation + 1, changed_by = txid_current()
      where id = 1 and changed_by is distinct from txid_current() $$`.execute(db);
  await sql`create function dashboard_inputs_changed() returns trigger language plpgsql as $$
    begin perform dashboard_generation_raise(); return null; end $$`.execute(db);
  for (const table of DASHBOARD_INPUT_TABLES) {
    await sql`create trigger ${sql.id(`dashboard_${table}_changed`)} after insert or update or delete on ${sql.id(table)}
      for each statement execute function dashboard_inputs_changed()`.execute(db);
  }
  // Submissions and figures: only rows of published months count (the transition table "changed").
  await sql`create function dashboard_submissions_changed() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from changed where status in (${published})) then perform dashboard_generation_raise(); end if;
      return null;
    end $$`.execute(db);
  await sql`create function dashboard_figures_changed() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from changed c join submissions s on s.id = c.submission_id where s.status in (${published})) then
        perform dashboard_generation_raise();
      end if;
      return null;
    end $$`.execute(db);
  for (const [table, fn] of [['submissions', 'dashboard_submissions_changed'], ['figures', 'dashboard_figures_changed']] as const) {
    const name = (event: string, side = '') => sql.id(`dashboard_${table}_${event}${side}`);
    await sql`create trigger ${name('insert')} after insert on ${sql.id(table)} referencing new table as changed
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${name('update', '_new')} after update on ${sql.id(table)} referencing new table as changed
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${name('update', '_old')} after update on ${sql.id(table)} referencing old table as changed
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${name('delete')} after delete on ${sql.id(table)} referencing old table as changed
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  if (dialect === 'sqlite') {
    const triggers = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and name like 'dashboard_%'`.execute(db);
    for (const t of triggers.rows) await sql`drop trigger if exists ${sql.id(t.name)}`.execute(db);
  } else {
    for (const fn of ['dashboard_inputs_changed', 'dashboard_submissions_changed', 'dashboard_figures_changed']) {
      await sql`drop function if exists ${sql.raw(fn)}() cascade`.execute(db);
    }
    await sql`drop function if exists dashboard_generation_raise()`.execute(db);
  }
  await db.schema.dropTable('dashboard_overviews').ifExists().execute();
  await db.schema.dropTable('dashboard_generation').ifExists().execute();
}
