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

/**
 * One upsert per hit: atomic on PostgreSQL, so concurrent servers never lose a count. Its commit
 * does not wait for the WAL to reach the disk (`synchronous_commit = off` for this statement's own
 * transaction, set by the statement itself: one round trip). A crash of the database server may
 * forget the last fraction of a second of counts, which only ever lets a few more requests
 * through in the window it happened; nothing else is written without its fsync (ADR 0008).
 */
export function databaseCounters(db: Db, clock: Clock): Counters {
  let hits = 0;
  return {
    kind: 'database',
    async hit(key, windowMs) {
      const now = clock.now();
      const nowIso = now.toISOString();
      const resetIso = new Date(now.getTime() + windowMs).toISOString();
      if (++hits % 1000 === 0) await db.deleteFrom('rate_limits').where('reset_at', '<=', nowIso).execute();
      const { rows } = await sql<{ count: number; reset_at: string }>`
        with relaxed as (select set_config('synchronous_commit', 'off', true) as setting)
        insert into rate_limits (key, count, reset_at)
        select ${key}, 1, ${resetIso} from relaxed
        on conflict (key) do update set
          count = case when rate_limits.reset_at <= ${nowIso} then 1 else rate_limits.count + 1 end,
          reset_at = case when rate_limits.reset_at <= ${nowIso} then ${resetIso} else rate_limits.reset_at end
        returning count, reset_at`.execute(db);
      const row = rows[0];
      if (!row) throw new Error('rate_limits: the upsert returned no row');
      return { count: Number(row.count), ttlMs: Math.max(0, Date.parse(row.reset_at) - now.getTime()) };
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
