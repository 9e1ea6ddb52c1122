import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../../db/columns';

// The name search's indexes (issue 11): a part of a name is found by an index instead of reading
// every name. The name's pairs of characters (each character with the next, the last one alone) in
// a table of their own, on both databases: one or two characters are a pair or the start of one;
// on PostgreSQL three or more are the names holding the text's covering pairs, each then checked.
// SQLite also keeps FTS5's `trigram` index, which finds three characters or more by their places
// in the name. Both are kept by triggers, so that every writer of the registry (the API, the
// import, the demo, a bulk load) keeps them too. PostgreSQL's pg_trgm is not used: a dump of the
// application's schema (pg_dump --schema, as the backup tests take it) carries no extension, so the
// restore check into a scratch database fails on its index unless the restore creates it first; its
// trigrams hold Chinese characters only where the database's LC_CTYPE is not C (they are dropped as
// non-word characters there); and it finds nothing shorter than three characters, which the pairs
// must serve anyway. The pairs need nothing the schema does not hold.

/**
 * The positions a name's pairs are read at on SQLite, whose triggers may use no recursive query:
 * names are at most 100 characters (ENTERPRISE_LIMITS.nameLength when this was written); 200 for margin.
 */
const POSITIONS = sql.raw(`'${JSON.stringify(Array.from({ length: 200 }, (_, i) => i + 1))}'`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/** SQLite: the pairs of a trigger's row (new or old) as rows (pair, id); no bound value (a trigger may hold none). */
function sqlitePairs(row: 'new' | 'old') {
  const r = sql.raw(row);
  return sql`select distinct lower(substr(${r}.name, p.value, 2)), ${r}.id from json_each(${POSITIONS}) p where p.value <= length(${r}.name)`;
}

/** SQLite (0271): the same rows read from a table of the positions, a range of its key (duplicates left to the insert's OR IGNORE). */
function sqlitePairsByTable(row: 'new' | 'old') {
  const r = sql.raw(row);
  return sql`select lower(substr(${r}.name, p.p, 2)), ${r}.id from enterprise_name_positions p where p.p <= length(${r}.name)`;
}

/** SQLite: the pairs' triggers on enterprises, their rows read by `pairsOf`. */
async function createSqliteTriggers(db: Db, pairsOf: (row: 'new' | 'old') => ReturnType<typeof sql>) {
  await sql`create trigger enterprise_name_pairs_insert after insert on enterprises begin
          insert or ignore into enterprise_name_pairs (pair, enterprise_id) ${pairsOf('new')};
        end`.execute(db);
  await sql`create trigger enterprise_name_pairs_delete after delete on enterprises begin
          delete from enterprise_name_pairs where (pair, enterprise_id) in (${pairsOf('old')});
        end`.execute(db);
  await sql`create trigger enterprise_name_pairs_update after update of name on enterprises begin
          delete from enterprise_name_pairs where (pair, enterprise_id) in (${pairsOf('old')});
          insert or ignore into enterprise_name_pairs (pair, enterprise_id) ${pairsOf('new')};
        end`.execute(db);
}

async function dropSqliteTriggers(db: Db) {
  for (const t of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.id(`enterprise_name_pairs_${t}`)}`.execute(db);
}

/**
 * PostgreSQL: the function of the pairs' statement triggers. `orderedInsert`: a statement's new
 * records write their pairs as a plain insert in the index's order (0270); without it, as 0251 wrote
 * it (ON CONFLICT DO NOTHING). Used by migrations 0251 and 0270: never change what either writes.
 */
function syncFunction(options: { orderedInsert: boolean; replace: boolean }): string {
  const insert = options.orderedInsert
    ? `            insert into enterprise_name_pairs (pair, enterprise_id)
            select distinct lower(substr(n.name, i, 2)) collate "C", n.id from new_rows n cross join generate_series(1, char_length(n.name)) i
            order by 1, 2;`
    : `            insert into enterprise_name_pairs (pair, enterprise_id)
            select distinct lower(substr(n.name, i, 2)), n.id from new_rows n cross join generate_series(1, char_length(n.name)) i
            on conflict do nothing;`;
  return `${options.replace ? 'create or replace' : 'create'} function enterprise_name_pairs_sync() returns trigger language plpgsql as $$
        begin
          -- (each branch names only the transition tables its operation has)
          if tg_op = 'INSERT' then
${insert}
          elsif tg_op = 'DELETE' then
            delete from enterprise_name_pairs p using (
              select distinct lower(substr(o.name, i, 2)) as pair, o.id from old_rows o cross join generate_series(1, char_length(o.name)) i
            ) d where p.pair = d.pair and p.enterprise_id = d.id;
          else
            delete from enterprise_name_pairs p using (
              select distinct lower(substr(o.name, i, 2)) as pair, o.id from old_rows o join new_rows n on n.id = o.id and n.name is distinct from o.name
              cross join generate_series(1, char_length(o.name)) i
            ) d where p.pair = d.pair and p.enterprise_id = d.id;
            insert into enterprise_name_pairs (pair, enterprise_id)
            select distinct lower(substr(n.name, i, 2)), n.id from new_rows n join old_rows o on o.id = n.id and o.name is distinct from n.name
            cross join generate_series(1, char_length(n.name)) i
            on conflict do nothing;
          end if;
          return null;
        end $$`;
}

export const enterpriseNameSearchMigrations: Record<string, Migration> = {
  // SQLite: three characters or more by FTS5's trigram index over the name (PostgreSQL: nothing).
  '0250_enterprises_name_trigrams': {
    async up(db: Db) {
      if ((await dialectOf(db)) !== 'sqlite') return;
      // An external-content FTS5 table over enterprises.name, kept by triggers.
      await sql`create virtual table enterprises_name_fts using fts5(name, content='enterprises', content_rowid='id', tokenize='trigram')`.execute(db);
      await sql`create trigger enterprises_name_fts_insert after insert on enterprises begin
        insert into enterprises_name_fts (rowid, name) values (new.id, new.name);
      end`.execute(db);
      await sql`create trigger enterprises_name_fts_delete after delete on enterprises begin
        insert into enterprises_name_fts (enterprises_name_fts, rowid, name) values ('delete', old.id, old.name);
      end`.execute(db);
      await sql`create trigger enterprises_name_fts_update after update of name on enterprises begin
        insert into enterprises_name_fts (enterprises_name_fts, rowid, name) values ('delete', old.id, old.name);
        insert into enterprises_name_fts (rowid, name) values (new.id, new.name);
      end`.execute(db);
      await sql`insert into enterprises_name_fts (enterprises_name_fts) values ('rebuild')`.execute(db);
    },
    async down(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') {
        for (const t of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.id(`enterprises_name_fts_${t}`)}`.execute(db);
        await sql`drop table if exists enterprises_name_fts`.execute(db);
      }
    },
  },
  // Both databases: the name's pairs, lower-cased by the database's own lower() as its LIKE / ILIKE
  // compares, in "C" order on PostgreSQL so that the pairs starting with a character are a range of the index.
  '0251_enterprise_name_pairs': {
    async up(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') {
        await sql`create table enterprise_name_pairs (
          pair text not null, enterprise_id integer not null, primary key (pair, enterprise_id)) strict, without rowid`.execute(db);
        await createSqliteTriggers(db, sqlitePairs);
        await sql`insert or ignore into enterprise_name_pairs (pair, enterprise_id)
          select lower(substr(e.name, p.value, 2)), e.id from enterprises e, json_each(${POSITIONS}) p where p.value <= length(e.name)`.execute(db);
        return;
      }
      await sql`create table enterprise_name_pairs (
        pair text collate "C" not null, enterprise_id integer not null, primary key (pair, enterprise_id))`.execute(db);
      // Statement-level triggers over the transition tables: a bulk load writes its pairs in one statement.
      await sql.raw(syncFunction({ orderedInsert: false, replace: false })).execute(db);
      await sql`create trigger enterprise_name_pairs_insert after insert on enterprises referencing new table as new_rows
        for each statement execute function enterprise_name_pairs_sync()`.execute(db);
      await sql`create trigger enterprise_name_pairs_update after update on enterprises referencing old table as old_rows new table as new_rows
        for each statement execute function enterprise_name_pairs_sync()`.execute(db);
      await sql`create trigger enterprise_name_pairs_delete after delete on enterprises referencing old table as old_rows
        for each statement execute function enterprise_name_pairs_sync()`.execute(db);
      await sql`insert into enterprise_name_pairs (pair, enterprise_id)
        select distinct lower(substr(e.name, i, 2)), e.id from enterprises e cross join generate_series(1, char_length(e.name)) i`.execute(db);
    },
    async down(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') {
        await dropSqliteTriggers(db);
      } else {
        for (const t of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.id(`enterprise_name_pairs_${t}`)} on enterprises`.execute(db);
        await sql`drop function if exists enterprise_name_pairs_sync()`.execute(db);
      }
      await sql`drop table if exists enterprise_name_pairs`.execute(db);
    },
  },
  // PostgreSQL: a statement's new records write their pairs as a plain insert in the index's order
  // (no ON CONFLICT: new records have no pairs yet, and a speculative insertion costs each pair a
  // second look into the index). Loading 200,000 records spent most of its time on the pairs' index:
  // in a probe of 250,000 pairs, 7.0 s with ON CONFLICT, 4.5 s without, 4.0 s in the index's order.
  '0270_enterprise_name_pairs_plain_insert': {
    async up(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') return;
      await sql.raw(syncFunction({ orderedInsert: true, replace: true })).execute(db);
    },
    async down(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') return;
      await sql.raw(syncFunction({ orderedInsert: false, replace: true })).execute(db);
    },
  },
  // SQLite: the triggers read the positions from a table (a range of its key) instead of parsing a
  // list of 200 for each record, and leave duplicates to the insert's OR IGNORE; in a probe of 20,000
  // records' inserts, 1.8–3.9 s → 0.9–1.1 s of the pairs' work. The table is made on PostgreSQL too
  // (unused there: its triggers read generate_series), so that both databases hold the same tables.
  '0271_enterprise_name_pairs_positions': {
    async up(db: Db) {
      if ((await dialectOf(db)) !== 'sqlite') {
        await sql`create table enterprise_name_positions (p integer primary key)`.execute(db);
        await sql`insert into enterprise_name_positions (p) select generate_series(1, 200)`.execute(db);
        return;
      }
      await sql`create table enterprise_name_positions (p integer primary key) strict`.execute(db);
      await sql`insert into enterprise_name_positions (p) select value from json_each(${POSITIONS})`.execute(db);
      await dropSqliteTriggers(db);
      await createSqliteTriggers(db, sqlitePairsByTable);
    },
    async down(db: Db) {
      if ((await dialectOf(db)) === 'sqlite') {
        await dropSqliteTriggers(db);
        await createSqliteTriggers(db, sqlitePairs);
      }
      await sql`drop table if exists enterprise_name_positions`.execute(db);
    },
  },
};
