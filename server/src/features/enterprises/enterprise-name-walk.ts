import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { coveringPairs } from './enterprise-name-search';

// PostgreSQL, a search by three characters or more: the records holding the text, in id order, up to
// what a page and the bounded count need — found by walking the ids that hold the text's first
// covering pair (its index, in id order) a chunk at a time, each chunk's records checked for the
// other pairs, the text itself and the list's filters. The planner was left no choice here: for a
// single statement it read the pairs by a bitmap (sorting every candidate, 2 s for a text all
// 200,000 names hold), merged over every record's key, or checked each name before the far
// cheaper pair (measured on a freshly loaded registry; JIT alone added 80 ms to some).

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
  want: number,
  check: (ids: number[], holds: ReturnType<typeof sql<boolean>>) => Promise<number[]>,
): Promise<number[]> {
  const [first, ...rest] = coveringPairs([...text]);
  // every other covering pair, then the text itself (as ILIKE compares: both sides lower-cased)
  const holds = sql<boolean>`(${sql.join([
    ...rest.map((pair) => sql`exists (select 1 from enterprise_name_pairs q where q.pair = lower(${pair}) and q.enterprise_id = e.id)`),
    sql`strpos(lower(e.name), lower(${text})) > 0`,
  ], sql` and `)})`;
  const found: number[] = [];
  let after = 0;
  for (let chunk = WALK_FIRST; found.length < want; chunk = Math.min(2 * chunk, WALK_MAX)) {
    const ids = (await db.selectFrom('enterprise_name_pairs').select('enterprise_id')
      .where('pair', '=', sql<string>`lower(${first})`).where('enterprise_id', '>', after)
      .orderBy('enterprise_id').limit(chunk).execute()).map((r) => r.enterprise_id);
    if (ids.length === 0) break;
    found.push(...await check(ids, holds));
    if (ids.length < chunk) break;
    after = ids[ids.length - 1]!;
  }
  return found;
}
