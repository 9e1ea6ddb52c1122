import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openPostgres, type DatabaseHandle } from '../../db/connection';
import { createTestDatabase, describeEachDialect, PG_URL, type TestDatabase } from '../../test/dialects';
import { TestClock } from '../../test/test-clock';
import { databaseCounters, memoryCounters, type Counters } from './counters';

describeEachDialect('rate-limit counters', (dialect) => {
  let t: TestDatabase;
  let single: DatabaseHandle | undefined;
  let counters: Counters;
  const clock = new TestClock('2026-11-30T02:00:00.000Z');

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    // PostgreSQL: one connection, so the statement after a hit runs in the same session.
    if (dialect === 'postgres') single = openPostgres(PG_URL, { schema: t.location, max: 1 });
    counters = single ? databaseCounters(single.db, clock) : memoryCounters(clock);
  });
  afterAll(async () => {
    await single?.close();
    await t.dispose();
  });

  it('counts hits per key within a window and starts again when it ends', async () => {
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await counters.hit('req:user:1', 60_000)).count);
    counts.push((await counters.hit('req:user:2', 60_000)).count);
    expect(counts).toEqual([1, 2, 3, 1]);
    clock.advanceMinutes(0.5);
    expect(await counters.hit('req:user:1', 60_000)).toEqual({ count: 4, ttlMs: 30_000 });
    clock.advanceMinutes(0.6);
    expect(await counters.hit('req:user:1', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
  });

  // PostgreSQL keeps the counters in its table (SQLite in memory: one app server by construction).
  if (dialect === 'postgres') it('relaxes the commit of the hit alone: the session goes on with durable commits', async () => {
    const db = single!.db;
    await counters.hit('req:ip:192.0.2.1', 60_000);
    // The relaxed commit was the hit's own transaction's: the session is back to durable commits.
    const after = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
    expect(after.rows[0]?.synchronous_commit).toBe('on');
    const stored = await db.selectFrom('rate_limits').select(['key', 'count']).where('key', '=', 'req:ip:192.0.2.1').execute();
    expect(stored).toEqual([{ key: 'req:ip:192.0.2.1', count: 1 }]);
  });
});
