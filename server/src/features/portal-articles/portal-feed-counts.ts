// The public feed's counts (its total, the number of articles ahead of a page) kept by each app
// server per state of the feed, so that a deep page reads its 20 rows from the index instead of
// counting up to the whole feed twice. The state is read from the database with every list:
// - the feed's generation (portal_feed_generation, migration 0291), raised by triggers in the
//   transaction of every write that changes what the feed shows, whichever app server made it;
// - the newest publication time the public may see now: a scheduled article comes into view by the
//   clock alone, without a write, and is then the newest one, so the state changes with it.
// A count is served only under the state it was counted at: never stale, on any app server.
import type { Executor } from '../../db/database';

/** How many counts an app server keeps (a few numbers each, least recently used dropped first). */
export const FEED_COUNT_ENTRIES = 4_096;

export class FeedCounts {
  private readonly entries = new Map<string, { state: string; n: number }>();
  private readonly counting = new Map<string, Promise<number>>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly limit = FEED_COUNT_ENTRIES) {}

  /** The count kept for this key at this state, else counted now (and kept). */
  async count(key: string, state: string, countNow: () => Promise<number>): Promise<number> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (entry.state === state) {
        this.entries.set(key, entry);
        this.hits += 1;
        return entry.n;
      }
    }
    this.misses += 1;
    // Requests asking at once for the same count (many pages share a total) wait for one counting.
    const asked = `${key}\n${state}`;
    let counting = this.counting.get(asked);
    if (!counting) {
      counting = countNow().finally(() => this.counting.delete(asked));
      this.counting.set(asked, counting);
    }
    const n = await counting;
    this.entries.delete(key);
    this.entries.set(key, { state, n });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return n;
  }

  /** Counts kept now, and how many were served from here or counted (for tests and the benchmark). */
  get stats(): { size: number; hits: number; misses: number } {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }
}

/**
 * The feed's state now: its generation and the newest publication time the public sees at `nowIso`.
 * Read before counting: a write committed meanwhile raised the generation past the one a count is
 * kept under, so such a count is never served after it.
 */
export async function feedState(db: Executor, nowIso: string): Promise<string> {
  const row = await db.selectFrom('portal_feed_generation as g').where('g.id', '=', 1)
    .select((eb) => [
      'g.generation',
      eb.selectFrom('portal_articles as p').where('p.status', '=', 'published').where('p.published_at', '<=', nowIso)
        .select((e) => e.fn.max('p.published_at').as('m')).as('latest'),
    ])
    .executeTakeFirstOrThrow();
  return `${String(row.generation)} ${row.latest ?? ''}`;
}
