// The request counters on PostgreSQL, written behind: every API request is counted, and an upsert
// a request made each read pay a database round trip (and a write) beside its own queries. Each app
// server counts in memory and adds its hits to the shared table in one statement every
// `flushEveryMs`, reading back the whole count of every server. A server's own hits are always
// counted at once, so one server is as strict as before; what another server admitted in the last
// interval is seen one interval late (ADR 0008). Limits that guard secrets (sign-in, proof codes)
// keep the exact counters (counters.ts), one upsert a hit.
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import type { Counters } from './counters';

interface LocalWindow {
  windowMs: number;
  /** When the shared window ends, as last read back (or as started here). */
  resetAt: number;
  /** Every server's hits as last read back, this one's included. */
  shared: number;
  /** This server's hits being added now. */
  sending: number;
  /** This server's hits not yet sent. */
  pending: number;
}

/** Keys a statement sends at most, so one flush stays one bounded statement. */
const KEYS_A_STATEMENT = 500;

export interface WriteBehindCounters extends Counters {
  /** Sends the hits not yet sent and reads the shared counts back (the timer does it by itself). */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  close(): Promise<void>;
}

export function writeBehindCounters(
  db: Db, clock: Clock, options: { flushEveryMs?: number; onError?: (error: unknown) => void } = {},
): WriteBehindCounters {
  const flushEveryMs = options.flushEveryMs ?? 100;
  const windows = new Map<string, LocalWindow>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let flushes = 0;
  let closed = false;

  const schedule = () => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, flushEveryMs);
    timer.unref();
  };

  async function send(batch: Array<[string, LocalWindow]>, now: number): Promise<void> {
    const nowIso = new Date(now).toISOString();
    const rows = batch.map(([key, w]) => sql`(${key}::text, ${w.sending}::integer, ${new Date(now + w.windowMs).toISOString()}::text)`);
    const { rows: counted } = await sql<{ key: string; count: number; reset_at: string }>`
      with relaxed as (select set_config('synchronous_commit', 'off', true) as setting)
      insert into rate_limits (key, count, reset_at)
      select hit.key, hit.count, hit.reset_at from (values ${sql.join(rows)}) as hit (key, count, reset_at), relaxed
      on conflict (key) do update set
        count = case when rate_limits.reset_at <= ${nowIso} then excluded.count else rate_limits.count + excluded.count end,
        reset_at = case when rate_limits.reset_at <= ${nowIso} then excluded.reset_at else rate_limits.reset_at end
      returning key, count, reset_at`.execute(db);
    const byKey = new Map(batch);
    for (const row of counted) {
      const w = byKey.get(row.key);
      // A window that ended here meanwhile was replaced: its hits went to the table, not to the new one.
      if (!w || windows.get(row.key) !== w) continue;
      w.shared = Number(row.count);
      w.sending = 0;
      w.resetAt = Date.parse(row.reset_at);
    }
  }

  async function flushOnce(): Promise<void> {
    const now = clock.now().getTime();
    const batch: Array<[string, LocalWindow]> = [];
    for (const [key, w] of windows) {
      if (w.pending > 0) {
        w.sending = w.pending;
        w.pending = 0;
        batch.push([key, w]);
      } else if (w.resetAt <= now) {
        windows.delete(key);
      }
    }
    try {
      for (let i = 0; i < batch.length; i += KEYS_A_STATEMENT) await send(batch.slice(i, i + KEYS_A_STATEMENT), now);
      if (++flushes % 100 === 0) await db.deleteFrom('rate_limits').where('reset_at', '<=', new Date(now).toISOString()).execute();
    } catch (error) {
      options.onError?.(error);
    } finally {
      // Hits a failed statement did not send are sent with the next flush.
      for (const [, w] of batch) {
        w.pending += w.sending;
        w.sending = 0;
      }
      if ([...windows.values()].some((w) => w.pending > 0)) schedule();
    }
  }

  function flush(): Promise<void> {
    running = (running ?? Promise.resolve()).then(flushOnce);
    return running;
  }

  return {
    kind: 'database',
    async hit(key, windowMs) {
      const now = clock.now().getTime();
      let w = windows.get(key);
      if (!w || w.resetAt <= now) windows.set(key, (w = { windowMs, resetAt: now + windowMs, shared: 0, sending: 0, pending: 0 }));
      w.pending += 1;
      schedule();
      return { count: w.shared + w.sending + w.pending, ttlMs: w.resetAt - now };
    },
    flush,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await flush();
    },
  };
}
