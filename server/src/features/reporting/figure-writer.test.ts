import { afterAll, beforeAll, expect, it } from 'vitest';
import { dec } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { writeFigures, type ParsedFigure } from './figure-writer';
import { loadMonth } from './month-context';

/** writeFigures writes a district-month in two multi-row statements; these pin what that must keep. */
describeEachDialect('figure writer (batched writes)', (dialect) => {
  let t: TestApp;
  let actor: Actor;
  let org: number;
  let year = 2070;
  const meta = () => ({ actorId: actor.userId, now: new Date().toISOString(), source: 'entered' as const });

  async function freshMonth(): Promise<string> {
    year++;
    await t.database.db.insertInto('reporting_periods').values({ year, month: 3, deadline: '2099-01-05T16:00:00.000Z', status: 'open', created_at: 'x' }).execute();
    return `${year}-03`;
  }
  async function figure(m: Awaited<ReturnType<typeof loadMonth>>, code: string, ytd: string, version: number): Promise<ParsedFigure> {
    const indicator = m.indicators.find((i) => i.code === code)!;
    return { indicatorId: indicator.id, indicatorCode: code, ytd: dec(ytd), reportedYoy: null, note: null, version };
  }
  const history = (submissionId: number) => t.database.db.selectFrom('figure_versions as v').innerJoin('figures as f', 'f.id', 'v.figure_id')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id').select(['i.code', 'v.version', 'v.ytd_value', 'v.submission_version'])
    .where('v.submission_id', '=', submissionId).orderBy('v.id').execute();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    org = await t.orgId('420106');
    const user = await t.database.db.selectFrom('users').selectAll().where('username', '=', 'wuchang').executeTakeFirstOrThrow();
    actor = {
      userId: user.id, username: user.username, displayName: user.display_name, role: 'district_operator', organisationId: org,
      organisationName: '武昌区', organisationPath: (await t.database.db.selectFrom('organisations').select('path').where('id', '=', org).executeTakeFirstOrThrow()).path,
      locale: 'zh-CN', sessionId: 'test',
    };
  });
  afterAll(() => t.close());

  it('inserts new and updates existing figures in one call, with one version each, in the order given', async () => {
    const key = await freshMonth();
    const first = await t.database.db.transaction().execute(async (trx) => {
      const m = await loadMonth(trx, actor, key, org);
      return writeFigures(trx, m, [await figure(m, 'gdp', '100', 0), await figure(m, 'retail_sales', '50', 0)], meta());
    });
    const second = await t.database.db.transaction().execute(async (trx) => {
      const m = await loadMonth(trx, actor, key, org);
      return writeFigures(trx, m, [
        await figure(m, 'fdi', '1.5', 0), await figure(m, 'gdp', '110', 1), await figure(m, 'retail_sales', '50', 1), await figure(m, 'foreign_trade', '7', 0),
      ], meta());
    });
    expect(second.changed.map((c) => [c.code, c.before, c.after])).toEqual([['fdi', null, '1.5'], ['gdp', '100', '110'], ['foreign_trade', null, '7']]);
    const rows = (await history(first.submission.id)).map((r) => [r.code, r.version, String(r.ytd_value), r.submission_version]);
    expect(rows).toEqual([
      ['gdp', 1, '100000000', 2], ['retail_sales', 1, '50000000', 2],
      ['fdi', 1, '1500000', 3], ['gdp', 2, '110000000', 3], ['foreign_trade', 1, '7000000', 3],
    ]);
  });

  it('refuses with 409 and writes nothing when a figure changed after the month was read (the guard of the upsert)', async () => {
    const key = await freshMonth();
    await t.database.db.transaction().execute(async (trx) => {
      const m = await loadMonth(trx, actor, key, org);
      await writeFigures(trx, m, [await figure(m, 'gdp', '100', 0)], meta());
    });
    const stale = await loadMonth(t.database.db, actor, key, org);
    // The figure moves on (version 2) after `stale` was read, without the submission's version moving
    // (which the early check would catch): only the figure's own version can tell.
    await t.database.db.updateTable('figures').set({ version: 2, ytd_value: 105_000_000 }).where('submission_id', '=', stale.submission!.id).execute();
    const before = await history(stale.submission!.id);
    // ignoreVersions (as the import commit uses) skips the early check, so the upsert's guard must catch it;
    // and a new figure inserted next to the stale one must not survive either.
    const attempt = t.database.db.transaction().execute(async (trx) =>
      writeFigures(trx, stale, [await figure(stale, 'retail_sales', '60', 0), await figure(stale, 'gdp', '120', 1)], { ...meta(), ignoreVersions: true }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 409, code: 'STALE_VERSION' });
    expect(await history(stale.submission!.id)).toEqual(before);
    const now = await loadMonth(t.database.db, actor, key, org);
    expect([...now.figures.values()].map((f) => [f.version, String(f.ytd_value)])).toEqual([[2, '105000000']]);
    expect(now.submission!.version).toBe(stale.submission!.version);
  });

  it('refuses two values for one indicator in one write', async () => {
    const key = await freshMonth();
    const attempt = t.database.db.transaction().execute(async (trx) => {
      const m = await loadMonth(trx, actor, key, org);
      return writeFigures(trx, m, [await figure(m, 'gdp', '100', 0), await figure(m, 'gdp', '101', 0)], meta());
    });
    await expect(attempt).rejects.toMatchObject({ status: 409 });
    expect((await loadMonth(t.database.db, actor, key, org)).submission).toBeUndefined();
  });
});
