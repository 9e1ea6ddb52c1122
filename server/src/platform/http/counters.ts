// Fixed-window counters shared by every app server: in PostgreSQL (table rate_limits) or in Redis
// when REDIS_URL is set. On SQLite there is one process by construction, so they stay in memory
// (a database write per request would cost SQLite an fsync).
import { sql } from 'kysely';
import type { Redis } from 'ioredis';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';

export interface CounterHit {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

export interface Counters {
  readonly kind: 'memory' | 'database' | 'redis';
  hit(key: string, windowMs: number): Promise<CounterHit>;
}

export function memoryCounters(clock: Clock): Counters {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let hits = 0;
  return {
    kind: 'memory',
    async hit(key, windowMs) {
      const now = clock.now().getTime();
      // Forget ended windows now and then, so the map stays as small as the traffic.
      if (++hits % 1000 === 0) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      let w = windows.get(key);
      if (!w || w.resetAt <= now) windows.set(key, (w = { count: 0, resetAt: now + windowMs }));
      w.count += 1;
      return { count: w.count, ttlMs: w.resetAt - now };
    },
  };
}

/** Hits of one key to add to the shared table. */
export interface SharedHits {
  key: string;
  count: number;
  windowMs: number;
}

/**
 * Adds hits to the shared table in one upsert and reads each key's whole count back: atomic on
 * PostgreSQL, so concurrent servers never lose a count. A window that has ended starts again with
 * these hits. The commit does not wait for the WAL to reach the disk (`synchronous_commit = off`
 * for this statement's own transaction, set by the statement itself: one round trip). A crash of
 * the database server may forget the last fraction of a second of counts, which only ever lets a
 * few more requests through in the window it happened; nothing else is written without its fsync
 * (ADR 0008). Both the exact counters (one key) and the written-behind ones (many) use it.
 */
export async function addSharedHits(db: Db, hits: readonly SharedHits[], now: number): Promise<Array<{ key: string; count: number; resetAt: number }>> {
  if (hits.length === 0) return [];
  const nowIso = new Date(now).toISOString();
  const rows = hits.map((h) => sql`(${h.key}::text, ${h.count}::integer, ${new Date(now + h.windowMs).toISOString()}::text)`);
  const { rows: counted } = await sql<{ key: string; count: number; reset_at: string }>`
    with relaxed as (select set_config('synchronous_commit', 'off', true) as setting)
    insert into rate_limits (key, count, reset_at)
    select hit.key, hit.count, hit.reset_at from (values ${sql.join(rows)}) as hit (key, count, reset_at), relaxed
    on conflict (key) do update set
      count = case when rate_limits.reset_at <= ${nowIso} then excluded.count else rate_limits.count + excluded.count end,
      reset_at = case when rate_limits.reset_at <= ${nowIso} then excluded.reset_at else rate_limits.reset_at end
    returning key, count, reset_at`.execute(db);
  return counted.map((row) => ({ key: row.key, count: Number(row.count), resetAt: Date.parse(row.reset_at) }));
}

/** Forgets the windows that have ended (now and then, so the table stays as small as the traffic). */
export async function forgetEndedWindows(db: Db, now: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('reset_at', '<=', new Date(now).toISOString()).execute();
}

/** One upsert per hit (addSharedHits with one key): exact across servers, for the limits that guard secrets. */
export function databaseCounters(db: Db, clock: Clock): Counters {
  let hits = 0;
  return {
    kind: 'database',
    async hit(key, windowMs) {
      const now = clock.now().getTime();
      if (++hits % 1000 === 0) await forgetEndedWindows(db, now);
      const [row] = await addSharedHits(db, [{ key, count: 1, windowMs }], now);
      if (!row) throw new Error('rate_limits: the upsert returned no row');
      return { count: row.count, ttlMs: Math.max(0, row.resetAt - now) };
    },
  };
}

const REDIS_HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

/** Redis keeps the windows with its own clock (PEXPIRE): the test clock does not move them. */
export function redisCounters(redis: Redis, prefix = 'hongtu:'): Counters {
  return {
    kind: 'redis',
    async hit(key, windowMs) {
      const [count, ttl] = (await redis.eval(REDIS_HIT, 1, prefix + key, String(windowMs))) as [number, number];
      return { count, ttlMs: ttl };
    },
  };
}
