import { afterAll, beforeAll, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { q1BoardSchema, type Q1Board } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

describeEachDialect('q1 开门红', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json) => {
    const response = await t.app.inject({ method, url, headers: { cookie: cookies[who]! }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const ok = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json) => {
    const response = await call(who, method, url, payload);
    expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const board = async (who = 'leader') => q1BoardSchema.parse(await ok(who, 'GET', '/api/q1/2026'));
  const gdp = (b: Q1Board, code: string) => b.rows.find((r) => r.organisationId === org[code])!.cells.find((c) => c.indicatorCode === 'gdp')!;
  const week = (code: string, w: number, ytdValue: string, version: number) =>
    call('wuchang', 'PUT', `/api/q1/2026/${org[code]}/weeks/${w}`, { figures: [{ indicatorCode: 'gdp', ytdValue, note: ' 项目集中开工 ', version }] });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'leader', 'wuchang', 'jiangan']) cookies[who] = await t.login(who);
    for (const code of ['420102', '420106']) org[code] = await t.orgId(code);
    const target = (code: string, amount: string, schedule: Json | null) => ok('reviewer', 'PUT', '/api/targets', {
      year: 2026, organisationId: org[code], indicatorCode: 'gdp', amountTarget: amount, amountComparator: 'ge',
      growthTarget: null, growthComparator: null, noTarget: false, schedule, version: 0,
    });
    // 武昌区: Q1 ≥ 30 % of 100; 江岸区: no schedule → linear 25 % of 200.
    await target('420106', '100', { kind: 'quarterly', shares: ['30', '55', '80', '100'] });
    await target('420102', '200', null);
    // 江岸区 February approved at 20 (monthly source).
    await ok('reviewer', 'POST', '/api/periods', { year: 2026, month: 2 });
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', 2).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org['420102']!, status: 'approved', submitted_at: 'x', approved_at: 'x', reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    const gdpId = (await db.selectFrom('indicators').select('id').where('code', '=', 'gdp').executeTakeFirstOrThrow()).id;
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: gdpId, ytd_value: toScaled('20'), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
  });
  afterAll(() => t.close());

  it('derives the Q1 target from a 30 % schedule, else 25 % flagged linear, and the week calendar by Shanghai date', async () => {
    const b = await board();
    // Test clock: 2026-03-05 in Shanghai → 9 weeks ended (the 9th on Sunday 1 March), this is week 10.
    expect(b.today).toBe('2026-03-05');
    expect(b.weeksElapsed).toBe(9);
    expect(b.currentWeek).toBe(10);
    // Paced by calendar days: 31 + 28 + 5 = 64 of Q1's 90 days have passed by the end of 5 March.
    expect([b.q1Days, b.daysElapsed, b.timeProgress]).toEqual([90, 64, '71.111111']);
    expect(b.weeks).toHaveLength(13);
    expect(b.weeks[0]).toEqual({ week: 1, endDate: '2026-01-04', pace: '4.444444' });
    expect(b.weeks[12]).toEqual({ week: 13, endDate: '2026-03-31', pace: '100' });
    const wuchang = gdp(b, '420106');
    expect(wuchang).toMatchObject({ annualTarget: '100', q1Share: '30', linear: false, q1Target: '30', ytd: null, rank: null });
    const jiangan = gdp(b, '420102');
    expect(jiangan).toMatchObject({
      q1Share: '25', linear: true, q1Target: '50', monthlyYtd: '20', monthlyMonth: 2, ytd: '20', ytdSource: 'month',
      completion: '40', expectedProgress: '65.555556', status: 'behind', rank: 1,
    });
    // The pace line of the Q1 target, 50 × days passed / 90: week 1 ends on day 4.
    expect(jiangan.weeks[0]!.targetToDate).toBe('2.222222');
    expect(jiangan.weeks[12]!.targetToDate).toBe('50');
  });

  it('paces week 1 of 2023, a single day (1 January is a Sunday), at 1 / 90 of Q1, not 1 / 13', async () => {
    const b = q1BoardSchema.parse(await ok('leader', 'GET', '/api/q1/2023'));
    expect(b.weeks[0]).toEqual({ week: 1, endDate: '2023-01-01', pace: '1.111111' });
    expect(b.weeks[1]).toEqual({ week: 2, endDate: '2023-01-08', pace: '8.888889' });
    expect([b.q1Days, b.daysElapsed, b.timeProgress]).toEqual([90, 90, '100']);
    expect(q1BoardSchema.parse(await ok('leader', 'GET', '/api/q1/2024')).q1Days).toBe(91);
  });

  it('records a week (typed text normalized), then ranks by Q1 completion', async () => {
    const saved = await week('420106', 9, '１２.50', 0);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ week: 9, figures: [{ indicatorCode: 'gdp', ytdValue: '12.5', note: '项目集中开工', version: 1 }] });
    const again = await week('420106', 9, '13', 1);
    expect(again.status).toBe(200);
    const wuchang = gdp(await board(), '420106');
    expect(wuchang).toMatchObject({
      weeklyYtd: '13', weeklyWeek: 9, ytd: '13', ytdSource: 'week', completion: '43.333333',
      expectedProgress: '66.666667', status: 'behind', rank: 1,
    });
    // Week 9 ends on 1 March, day 60 of 90: the pace asks 30 × 60 / 90 = 20.
    expect(wuchang.weeks[8]).toEqual({ week: 9, ytdValue: '13', note: '项目集中开工', version: 2, targetToDate: '20' });
    expect(gdp(await board(), '420102').rank).toBe(2);
  });

  it('refuses a stale version with 409 and leaves the week unchanged', async () => {
    const stale = await week('420106', 9, '99', 1);
    expect(stale.status).toBe(409);
    expect(gdp(await board(), '420106').weeklyYtd).toBe('13');
  });

  it('answers 404 outside the operator scope and refuses bad input', async () => {
    expect((await week('420102', 3, '5', 0)).status).toBe(404);
    expect((await week('420106', 14, '5', 0)).status).toBe(400);
    expect((await week('420106', 3, '12abc', 0)).status).toBe(400);
    expect((await call('reviewer', 'PUT', `/api/q1/2026/${org['420106']}/weeks/3`, { figures: [{ indicatorCode: 'gdp', ytdValue: '1', note: null, version: 0 }] })).status).toBe(403);
  });

  it('audits every saved week in the same transaction', async () => {
    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'q1.week.put').orderBy('id').execute();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.entity_id).toBe(`2026/${org['420106']}/9`);
    expect(rows[1]!.entity_type).toBe('q1_week');
  });

  it('shows a district the other districts only as the dashboards publish them: no targets, no weekly figures or notes', async () => {
    const saved = await call('jiangan', 'PUT', `/api/q1/2026/${org['420102']}/weeks/9`, {
      figures: [{ indicatorCode: 'gdp', ytdValue: '35', note: '江岸区内部说明', version: 0 }],
    });
    expect(saved.status).toBe(200);
    // The city sees everything.
    const city = gdp(await board('reviewer'), '420102');
    expect(city).toMatchObject({ annualTarget: '200', q1Target: '50', weeklyYtd: '35', ytdSource: 'week' });
    // 武昌区 sees its own cell whole, and 江岸区 by its approved month only.
    const seen = await board('wuchang');
    expect(gdp(seen, '420106')).toMatchObject({ annualTarget: '100', q1Target: '30', weeklyYtd: '13' });
    const other = gdp(seen, '420102');
    expect(other).toMatchObject({ annualTarget: null, q1Target: null, weeklyYtd: null, weeklyWeek: null, monthlyYtd: '20', ytd: '20', ytdSource: 'month', completion: '40' });
    expect(other.weeks.every((w) => w.ytdValue === null && w.note === null && w.targetToDate === null)).toBe(true);
    expect(JSON.stringify(seen)).not.toContain('江岸区内部说明');
  });
});

