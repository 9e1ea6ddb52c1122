import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { coveringPairs } from './enterprise-name-search';

// PostgreSQL, a search by three characters or more that many names are expected to hold (有限公司):
// the records holding the text, in id order, up to what a page and the bounded count need — found
// by walking the ids that hold its rarest pair (its index, in id order) a chunk at a time,
// each chunk's records checked for the other pairs, the text itself and the list's filters. One
// statement (enterprise-name-search.ts) reads every candidate first: 2 s for a text all 200,000
// names hold. Texts few names hold keep the one statement, which intersects the pairs' lists at
// once (the walk took 60–200 ms for them at load 7, reading the rarest pair's ids chunk by chunk).

/** Matches expected (see commonRarestPair) from which the walk is taken. */
const DENSE = 5_000;
/** Ids of a pair counted at most; a pair this common is taken for one every name holds. */
const PAIR_COUNTED = 50_000;

/**
 * Where to walk from, or null for one statement: each covering pair's names are counted (up to
 * PAIR_COUNTED, on its index) and the matches expected as if the pairs were independent (the
 * registry's size times each pair's share). Many expected (有限公司, 科技有限公司): the rarest pair,
 * whose ids then hold the matches densely; few (鑫源智能, ~1,250 of 200,000): null. Texts under
 * three characters: null.
 */
export async function commonRarestPair(db: Executor, text: string): Promise<string | null> {
  const chars = [...text];
  if (chars.length < 3) return null;
  const pairs = coveringPairs(chars);
  const { rows } = await sql<{ pair: string; n: number | string; size: number | string }>`select x.pair, (select count(*) from (
      select 1 from enterprise_name_pairs p where p.pair = x.pair limit ${PAIR_COUNTED}) t) as n,
      (select greatest(reltuples, 1) from pg_class where oid = 'enterprises'::regclass) as size
    from unnest(array[${sql.join(pairs.map((pair) => sql`lower(${pair})`))}]) as x(pair)`.execute(db);
  const size = Math.max(Number(rows[0]!.size), ...rows.map((r) => Number(r.n)));
  const expected = rows.reduce((e, r) => e * (Number(r.n) >= PAIR_COUNTED ? 1 : Number(r.n) / size), size);
  if (expected < DENSE) return null;
  return rows.reduce((a, b) => (Number(b.n) < Number(a.n) ? b : a)).pair;
}

/** Ids looked at by the walk's first step, and at most per step. */
const WALK_FIRST = 2_000;
const WALK_MAX = 16_000;

/**
 * The ids in order of the records that hold the text and pass `check` (the list's own query,
 * restricted to the given ids), until `want` are found or the pair's ids run out.
 */
export async function walkNameMatches(
  db: Executor,
  text: string,
  from: string,
  want: number,
  check: (ids: number[], holds: ReturnType<typeof sql<boolean>>) => Promise<number[]>,
  first = WALK_FIRST,
): Promise<number[]> {
  const rest = coveringPairs([...text]).filter((pair) => pair.toLowerCase() !== from);
  // every other covering pair, then the text itself (as ILIKE compares: both sides lower-cased); each
  // pair looked up per record (offset 0: not a join, which hashed a common pair's whole list per chunk)
  const holds = sql<boolean>`(${sql.join([
    ...rest.map((pair) => sql`exists (select 1 from enterprise_name_pairs q where q.pair = lower(${pair}) and q.enterprise_id = e.id offset 0)`),
    sql`strpos(lower(e.name), lower(${text})) > 0`,
  ], sql` and `)})`;
  const found: number[] = [];
  let after = 0;
  for (let chunk = first; found.length < want; chunk = Math.min(2 * chunk, WALK_MAX)) {
    const ids = (await db.selectFrom('enterprise_name_pairs').select('enterprise_id')
      .where('pair', '=', from).where('enterprise_id', '>', after)
      .orderBy('enterprise_id').limit(chunk).execute()).map((r) => r.enterprise_id);
    if (ids.length === 0) break;
    found.push(...await check(ids, holds));
    if (ids.length < chunk) break;
    after = ids[ids.length - 1]!;
  }
  return found;
}
