import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../../db/connection';
import type { Executor } from '../../db/database';
import { coveringPairs, ftsPhrase, sqliteNameLike } from './enterprise-name-search';

// A search by three characters or more that many names are expected to hold (有限公司): the records
// holding the text, in id order, up to what a page and the bounded count need — found by walking
// ids that may hold it in id order a chunk at a time, each chunk's records checked for the text
// itself and the list's filters. PostgreSQL walks the ids holding the text's rarest pair (its index),
// each also checked for the other pairs; SQLite walks its trigram index's matches, which it reads
// in rowid order. One statement (enterprise-name-search.ts) reads every candidate first: 2 s on
// PostgreSQL and 60–90 ms on SQLite (calm) for a text all 200,000 names hold. Texts few names hold
// keep the one statement, which intersects the indexes' lists at once (the walk took 60–200 ms for
// them at load 7 on PostgreSQL, reading the rarest pair's ids chunk by chunk).

/** Where a dense search walks from: the rarest covering pair's ids (PostgreSQL), the trigram index's matches (SQLite). */
export type NameWalk = { dialect: 'postgres'; pair: string } | { dialect: 'sqlite' };

/** Matches expected (see commonRarestPair) from which the walk is taken. */
const DENSE = 5_000;
/** Without statistics: ids of a pair counted at most; a pair this common is taken for one every name holds. */
const PAIR_COUNTED = 50_000;

/**
 * Where to walk from, or null for one statement: each covering pair's names estimated, and the
 * matches expected as if the pairs were independent (the registry's size times each pair's share of
 * the names). Many expected (有限公司, 科技有限公司): the rarest pair, whose ids then hold the matches
 * densely; few (鑫源智能, ~1,250 of 200,000): null. A pair's names are read from the database's own
 * statistics of the pairs (its share of the pairs' rows as ANALYZE last saw it, what the planner
 * reads: ~1 ms; a pair too rare to be kept there is rare), or, where the pairs were never analysed
 * (autovacuum off, a table just created), counted on its index up to PAIR_COUNTED (20–80 ms).
 */
async function commonRarestPair(db: Executor, text: string): Promise<string | null> {
  const chars = [...text];
  if (chars.length < 3) return null;
  const pairs = sql.join(coveringPairs(chars).map((pair) => sql`lower(${pair})`));
  const { rows } = await sql<{ pair: string; share: number | string | null; analysed: boolean; pairRows: number | string; size: number | string }>`
    with stats as (select s.most_common_vals::text::text[] as vals, s.most_common_freqs as freqs from pg_stats s
      where s.schemaname = current_schema() and s.tablename = 'enterprise_name_pairs' and s.attname = 'pair')
    select x.pair, (select freqs[array_position(vals, x.pair)] from stats) as share, exists (select 1 from stats) as analysed,
      (select greatest(reltuples, 1) from pg_class where oid = 'enterprise_name_pairs'::regclass) as "pairRows",
      (select greatest(reltuples, 1) from pg_class where oid = 'enterprises'::regclass) as size
    from unnest(array[${pairs}]) as x(pair)`.execute(db);
  let named: Array<{ pair: string; n: number }>;
  if (rows[0]!.analysed) {
    named = rows.map((r) => ({ pair: r.pair, n: r.share === null ? 0 : Number(r.share) * Number(r.pairRows) }));
  } else {
    const counted = await sql<{ pair: string; n: number | string }>`select x.pair, (select count(*) from (
        select 1 from enterprise_name_pairs p where p.pair = x.pair limit ${PAIR_COUNTED}) t) as n
      from unnest(array[${pairs}]) as x(pair)`.execute(db);
    named = counted.rows.map((r) => ({ pair: r.pair, n: Number(r.n) >= PAIR_COUNTED ? Infinity : Number(r.n) }));
  }
  const size = Math.max(Number(rows[0]!.size), ...named.map((r) => (Number.isFinite(r.n) ? r.n : 0)));
  const expected = named.reduce((e, r) => e * (Number.isFinite(r.n) ? r.n / size : 1), size);
  if (expected < DENSE) return null;
  return named.reduce((a, b) => (b.n < a.n ? b : a)).pair;
}

/**
 * How a search by name is read: walked (many names expected to hold the text) or null for one
 * statement. SQLite counts the trigram index's matches up to DENSE (its matches come in rowid order,
 * so the count stops there: ~1 ms for a text every name holds).
 */
export async function denseNameWalk(db: Executor, dialect: DialectName, text: string): Promise<NameWalk | null> {
  if ([...text].length < 3) return null;
  if (dialect === 'postgres') {
    const pair = await commonRarestPair(db, text);
    return pair === null ? null : { dialect, pair };
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from (
    select 1 from enterprises_name_fts where enterprises_name_fts match ${ftsPhrase(text)} limit ${DENSE}) m`.execute(db);
  return Number(rows[0]!.n) >= DENSE ? { dialect } : null;
}

/** The records among the given ids (a chunk of the walk): an array parameter on PostgreSQL, a list on SQLite. */
export function idAmong(dialect: DialectName, ids: readonly number[]): Expression<SqlBool> {
  return dialect === 'postgres' ? sql<SqlBool>`e.id = any(${ids as number[]})` : sql<SqlBool>`e.id in (${sql.join(ids)})`;
}

/** Ids looked at by the walk's first step, at least and at most per step. */
const WALK_FIRST = 2_000;
const WALK_MIN = 64;
const WALK_MAX = 16_000;

/**
 * The next step's size: the ids the matches still wanted need at the share of matches seen so far,
 * a quarter more, within [WALK_MIN, WALK_MAX] (科技有限公司: 987 of the first 2,000 held it, so 14 more
 * wanted take a step of 64, not the 4,000 doubling gave); none seen yet: double.
 */
export function nextWalkStep(step: number, looked: number, found: number, want: number): number {
  if (found === 0) return Math.min(2 * step, WALK_MAX);
  return Math.min(Math.max(Math.ceil(((want - found) * looked / found) * 1.25), WALK_MIN), WALK_MAX);
}

/**
 * The ids in order of the records that hold the text and pass `check` (the list's own query,
 * restricted to the given ids), until `want` are found or the pair's ids run out.
 */
export async function walkNameMatches(
  db: Executor,
  text: string,
  walk: NameWalk,
  want: number,
  check: (ids: number[], holds: Expression<SqlBool>) => Promise<number[]>,
  first = WALK_FIRST,
): Promise<number[]> {
  const holds = walk.dialect === 'postgres' ? postgresHolds(text) : sqliteNameLike(text);
  const found: number[] = [];
  let after = 0;
  let looked = 0;
  for (let chunk = first; found.length < want; chunk = nextWalkStep(chunk, looked, found.length, want)) {
    const ids = walk.dialect === 'postgres'
      ? (await db.selectFrom('enterprise_name_pairs').select('enterprise_id')
        .where('pair', '=', walk.pair).where('enterprise_id', '>', after)
        .orderBy('enterprise_id').limit(chunk).execute()).map((r) => r.enterprise_id)
      : (await sql<{ id: number }>`select rowid as id from enterprises_name_fts
          where enterprises_name_fts match ${ftsPhrase(text)} and rowid > ${after} order by rowid limit ${chunk}`.execute(db)).rows.map((r) => r.id);
    if (ids.length === 0) break;
    looked += ids.length;
    found.push(...await check(ids, holds));
    if (ids.length < chunk) break;
    after = ids[ids.length - 1]!;
  }
  return found;
}

/**
 * PostgreSQL: the text itself, as ILIKE compares (both sides lower-cased). The walked pair's ids are
 * the candidates; the other pairs are not looked up per record (two index probes a record cost more
 * than comparing its short name: 0.1–0.3 s for 4,000 records at load 5).
 */
function postgresHolds(text: string): Expression<SqlBool> {
  return sql<SqlBool>`strpos(lower(e.name), lower(${text})) > 0`;
}
