import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test/dialects';
import { TestClock } from '../../test/test-clock';
import { writeBehindCounters } from './write-behind-counters';

// PostgreSQL only: the request counters are written behind where app servers share the database.
describe('request counters written behind (PostgreSQL)', () => {
  let t: TestDatabase;
  const clock = new TestClock('2026-12-05T02:00:00.000Z');
  // A long interval: the tests send the hits themselves, so nothing is sent behind their back.
  const options = { flushEveryMs: 60_000 };

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await t.dispose();
  });

  const stored = async (key: string) =>
    (await t.db.selectFrom('rate_limits').select('count').where('key', '=', key).executeTakeFirst())?.count;

  it("counts a server's own hits at once, before any is written", async () => {
    const server = writeBehindCounters(t.db, clock, options);
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await server.hit('req:user:1', 60_000)).count);
    expect(counts).toEqual([1, 2, 3]);
    expect(await stored('req:user:1')).toBeUndefined();
    await server.flush();
    expect(await stored('req:user:1')).toBe(3);
    expect((await server.hit('req:user:1', 60_000)).count).toBe(4);
    await server.close();
    expect(await stored('req:user:1')).toBe(4);
  });

  it("adds every server's hits in the shared table and reads the whole count back", async () => {
    const a = writeBehindCounters(t.db, clock, options);
    const b = writeBehindCounters(t.db, clock, options);
    await Promise.all([...Array.from({ length: 5 }, () => a.hit('req:ip:192.0.2.7', 60_000)), ...Array.from({ length: 7 }, () => b.hit('req:ip:192.0.2.7', 60_000))]);
    await Promise.all([a.flush(), b.flush()]);
    expect(await stored('req:ip:192.0.2.7')).toBe(12);
    // A server reads the whole count back with its next write.
    await a.hit('req:ip:192.0.2.7', 60_000);
    await a.flush();
    await b.hit('req:ip:192.0.2.7', 60_000);
    await b.flush();
    expect(await stored('req:ip:192.0.2.7')).toBe(14);
    expect((await b.hit('req:ip:192.0.2.7', 60_000)).count).toBe(15);
    await Promise.all([a.close(), b.close()]);
    expect(await stored('req:ip:192.0.2.7')).toBe(15);
  });

  it('starts a new window when the shared one has ended', async () => {
    const server = writeBehindCounters(t.db, clock, options);
    await server.hit('req:user:9', 60_000);
    await server.hit('req:user:9', 60_000);
    await server.flush();
    clock.advanceMinutes(0.5);
    expect(await server.hit('req:user:9', 60_000)).toEqual({ count: 3, ttlMs: 30_000 });
    clock.advanceMinutes(0.6);
    expect(await server.hit('req:user:9', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
    await server.close();
    expect(await stored('req:user:9')).toBe(1);
  });

  it('keeps the hits a failed write did not send, sends them with the next, and tells an outage once', async () => {
    const errors: unknown[] = [];
    let recovered = 0;
    const server = writeBehindCounters(t.db, clock, { ...options, onError: (e) => errors.push(e), onRecovered: () => (recovered += 1) });
    await server.hit('req:user:5', 60_000);
    await server.hit('req:user:5', 60_000);
    await sql`alter table rate_limits rename to rate_limits_away`.execute(t.db);
    try {
      await server.flush();
      await server.hit('req:user:5', 60_000);
      await server.flush();
    } finally {
      await sql`alter table rate_limits_away rename to rate_limits`.execute(t.db);
    }
    // Two failed writes, one message.
    expect(errors).toHaveLength(1);
    expect(recovered).toBe(0);
    // Still counted here while the table could not be written.
    expect((await server.hit('req:user:5', 60_000)).count).toBe(4);
    expect(await stored('req:user:5')).toBeUndefined();
    await server.close();
    expect(await stored('req:user:5')).toBe(4);
    expect(errors).toHaveLength(1);
    expect(recovered).toBe(1);
  });
});
