// The request counters on PostgreSQL, written behind: every API request is counted, and an upsert
// a request made each read pay a database round trip (and a write) beside its own queries. Each app
// server counts in memory and adds its hits to the shared table in one statement every
// `flushEveryMs`, reading back the whole count of every server. A server's own hits are always
// counted at once, so one server is as strict as before; what another server admitted in the last
// interval is seen one interval late (ADR 0008). Limits that guard secrets (sign-in, proof codes)
// keep the exact counters (counters.ts), one upsert a hit.
import type { Db } from '../../db/database';
import type { Clock } from '../clock';
import { addSharedHits, forgetEndedWindows, type Counters } from './counters';

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

/** The longest wait between flushes while they fail (the database is away). */
const MAX_BACKOFF_MS = 5_000;

export interface WriteBehindCounters extends Counters {
  /** Sends the hits not yet sent and reads the shared counts back (the timer does it by itself). */
  flush(): Promise<void>;
  /** Stops the timer after a last flush. */
  close(): Promise<void>;
}

export function writeBehindCounters(
  db: Db, clock: Clock, options: { flushEveryMs?: number; onError?: (error: unknown) => void; onRecovered?: () => void } = {},
): WriteBehindCounters {
  const flushEveryMs = options.flushEveryMs ?? 100;
  const windows = new Map<string, LocalWindow>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let flushes = 0;
  let closed = false;

  /** Flushes that failed in a row: the next waits longer (up to MAX_BACKOFF_MS), and only the first is told. */
  let failedInARow = 0;

  const schedule = () => {
    if (timer || closed) return;
    const waitMs = failedInARow === 0 ? flushEveryMs : Math.min(MAX_BACKOFF_MS, flushEveryMs * 2 ** failedInARow);
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, waitMs);
    timer.unref();
  };

  async function send(batch: Array<[string, LocalWindow]>, now: number): Promise<void> {
    const counted = await addSharedHits(db, batch.map(([key, w]) => ({ key, count: w.sending, windowMs: w.windowMs })), now);
    const byKey = new Map(batch);
    for (const row of counted) {
      const w = byKey.get(row.key);
      // A window that ended here meanwhile was replaced: its hits went to the table, not to the new one.
      if (!w || windows.get(row.key) !== w) continue;
      w.shared = row.count;
      w.sending = 0;
      w.resetAt = row.resetAt;
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
      if (++flushes % 100 === 0) await forgetEndedWindows(db, now);
      if (failedInARow > 0) options.onRecovered?.();
      failedInARow = 0;
    } catch (error) {
      // One message an outage, not one every interval while the database is away.
      if (failedInARow === 0) options.onError?.(error);
      failedInARow += 1;
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
