import { sql, type Kysely } from 'kysely';
import { dialectOf, strictTable } from '../../db/columns';

/**
 * The public feed's generation (migration 0291): one row, raised by triggers in the same transaction
 * as every write that can change what the feed shows — an article entering or leaving the published
 * status, or a published article's time, topic, district or search text changed. Drafts, reviews
 * and the document's link set by the job do not raise it. App servers keep the feed's counts (its
 * total, a page's number) per generation (portal-feed-counts.ts), so no server shows a stale count.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const bigint = dialect === 'sqlite' ? 'integer' : 'bigint';
  await strictTable(dialect, db.schema.createTable('portal_feed_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', bigint, (c) => c.notNull())
    .addColumn('changed_by', bigint)).execute();
  await db.insertInto('portal_feed_generation').values({ id: 1, generation: 1, changed_by: null }).execute();

  // What the feed reads of a row: a change of any of these, on a row published before or after, raises it.
  const columns = ['status', 'published_at', 'topic', 'district_id', 'search_text'];
  if (dialect === 'sqlite') {
    const bump = sql.raw('update portal_feed_generation set generation = generation + 1 where id = 1;');
    const changed = sql.raw(columns.map((c) => `old.${c} is not new.${c}`).join(' or '));
    await sql`create trigger portal_feed_insert after insert on portal_articles when new.status = 'published' begin ${bump} end`.execute(db);
    await sql`create trigger portal_feed_delete after delete on portal_articles when old.status = 'published' begin ${bump} end`.execute(db);
    await sql`create trigger portal_feed_update after update on portal_articles
      when (old.status = 'published' or new.status = 'published') and (${changed}) begin ${bump} end`.execute(db);
    return;
  }

  // PostgreSQL: statement triggers (a bulk insert raises it once per statement, the row's lock taken
  // once per transaction), each looking at the rows the statement changed.
  await sql`create function portal_feed_generation_raise() returns void language sql as $$
    update portal_feed_generation set generation = generation + 1, changed_by = txid_current()
      where id = 1 and changed_by is distinct from txid_current() $$`.execute(db);
  await sql`create function portal_feed_rows_changed() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from changed where status = 'published') then perform portal_feed_generation_raise(); end if;
      return null;
    end $$`.execute(db);
  const distinct = sql.raw(`(${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')})`);
  await sql`create function portal_feed_rows_updated() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from old_rows o join new_rows n on n.id = o.id
          where (o.status = 'published' or n.status = 'published') and ${distinct}) then
        perform portal_feed_generation_raise();
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger portal_feed_insert after insert on portal_articles referencing new table as changed
    for each statement execute function portal_feed_rows_changed()`.execute(db);
  await sql`create trigger portal_feed_delete after delete on portal_articles referencing old table as changed
    for each statement execute function portal_feed_rows_changed()`.execute(db);
  await sql`create trigger portal_feed_update after update on portal_articles referencing old table as old_rows new table as new_rows
    for each statement execute function portal_feed_rows_updated()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  if (dialect === 'sqlite') {
    for (const t of ['portal_feed_insert', 'portal_feed_delete', 'portal_feed_update']) await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
  } else {
    for (const fn of ['portal_feed_rows_changed', 'portal_feed_rows_updated']) await sql`drop function if exists ${sql.raw(fn)}() cascade`.execute(db);
    await sql`drop function if exists portal_feed_generation_raise()`.execute(db);
  }
  await db.schema.dropTable('portal_feed_generation').ifExists().execute();
}
