import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { latestSnapshot } from './reports.snapshot';

// A publication is read, checked against its hash and parsed once per server; a new publication of the
// month is read afresh, and a stored body that does not match its hash is refused.
describeEachDialect('the published snapshot a report reads', (dialect) => {
  let t: TestApp;
  let wuchang: { id: number; path: string };
  let cityId: number;

  const publish = async (periodKey: string, value: string, hash?: string) => {
    const json = JSON.stringify({ periodKey, rows: [{ organisationId: wuchang.id, organisationName: '武昌区', groupIds: [], cells: [{ indicatorCode: 'gdp', ytdValue: value }] }] });
    await t.database.db.insertInto('published_bulletins').values({
      city_id: cityId, period_key: periodKey, published_at: '2026-11-05T00:00:00.000Z', published_by: null, published_by_name: '审核员',
      body_json: json, body_hash: hash ?? createHash('sha256').update(json).digest('hex'),
    }).execute();
  };
  const valueOf = (s: Awaited<ReturnType<typeof latestSnapshot>>) => (s?.overview.rows[0]?.cells[0] as { ytdValue?: string } | undefined)?.ytdValue;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchang = await t.database.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', '420106').executeTakeFirstOrThrow();
    cityId = (await t.database.db.selectFrom('organisations').select('id').where('code', '=', '420100').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('parses a publication once for every report of its month, and reads a new publication afresh', async () => {
    await publish('2031-10', '100.5');
    const first = await latestSnapshot(t.database.db, wuchang, '2031-10');
    const second = await latestSnapshot(t.database.db, wuchang, '2031-10');
    expect(valueOf(first)).toBe('100.5');
    expect(second?.overview).toBe(first?.overview);
    await publish('2031-10', '101.5');
    const republished = await latestSnapshot(t.database.db, wuchang, '2031-10');
    expect(valueOf(republished)).toBe('101.5');
    expect(republished?.overview).not.toBe(first?.overview);
  });

  it('refuses a stored body that does not match its hash', async () => {
    await publish('2031-11', '7', 'not-the-hash');
    await expect(latestSnapshot(t.database.db, wuchang, '2031-11')).rejects.toThrow(/does not match its hash/);
  });
});
