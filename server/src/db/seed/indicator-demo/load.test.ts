import { afterAll, beforeAll, expect, it } from 'vitest';
import { compare, fromScaled } from '@hongtu/domain';
import { districtDashboardSchema, overviewSchema, q1BoardSchema } from '@hongtu/contracts';
import { territoriesSchema } from '@hongtu/contracts/territories';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { seedIndicatorDemo } from './load';
import { Q004_FUNDS } from './document-sources';
import { amountInQuote, growthInQuote } from './quoted-numbers';

// The demo as loaded (server start, `npm run seed`), read back from the tables and through the API.
describeEachDialect('indicator demo, as loaded', (dialect) => {
  let t: TestApp;
  let reviewer: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedIndicatorDemo(t.database, t.clock)).toBe(true);
    reviewer = await t.login('reviewer');
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie: reviewer } });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as unknown;
  };
  const text = (v: bigint | number | string | null) => (v === null ? null : fromScaled(v).toString());

  it("holds seed 004's verdict on the 2022 Q1–3 board: 武昌区's funds in place, industrial funds, foreign capital and FDI are ahead of time progress", async () => {
    const expected = { investment_funds_in_place: '739', industrial_funds_in_place: '236', utilized_foreign_capital: '3.12', fdi: '1.13' };
    // The overview (key indicators): 招商引资实际到位资金.
    const overview = overviewSchema.parse(await get('/api/dashboard/overview?period=2022-09'));
    const row = overview.rows.find((r) => r.organisationName === '武昌区')!;
    const funds = row.cells.find((c) => c.indicatorCode === 'investment_funds_in_place')!;
    expect(compare(funds.ytdValue!, '739')).toBe(0);
    expect(funds).toMatchObject({ source: 'document', sourceQuote: Q004_FUNDS, reportedYoy: null, card: null });
    expect(compare(funds.completion!, funds.timeProgress)).toBeGreaterThan(0);
    // The district page: all four at September.
    const wuchang = await t.orgId('420106');
    const page = districtDashboardSchema.parse(await get(`/api/dashboard/district/${wuchang}?year=2022`));
    expect(page.cardsPeriodKey).toBe('2022-09');
    for (const [code, value] of Object.entries(expected)) {
      const september = page.indicators.find((i) => i.indicatorCode === code)!.months.find((m) => m.month === 9)!;
      expect(compare(september.ytdValue!, value), code).toBe(0);
      expect(september).toMatchObject({ source: 'document', sourceQuote: Q004_FUNDS });
      // No growth stated in the quote, so none stored with it.
      expect(september.reportedYoy, code).toBeNull();
      // "均超时序进度": completion above time progress (75 % at September), and no card of any rule.
      expect(compare(september.completion!, september.timeProgress), code).toBeGreaterThan(0);
      expect(compare(september.progressGap!, 0), code).toBeGreaterThan(0);
      expect(page.cards.filter((c) => c.indicatorCode === code), code).toEqual([]);
    }
    // "城镇登记失业率控制在2.81%以内": the synthetic rate of 前三季度 stays within the stated ceiling.
    const rate = page.indicators.find((i) => i.indicatorCode === 'registered_unemployment_rate')!;
    expect(rate).toMatchObject({ amountComparator: 'le' });
    expect(compare(rate.amountTarget!, '2.81')).toBe(0);
    expect(rate.months.find((m) => m.month === 9)!.amountMet).toBe(true);
  });

  it('stores every document-labelled figure with its quote, and only numbers the quote writes', async () => {
    const rows = await t.database.db.selectFrom('figures').select(['ytd_value', 'reported_yoy', 'reported_yoy_comparable', 'source_ref', 'source_quote'])
      .where('source', '=', 'document').execute();
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.source_ref).toMatch(/^00\d_/);
      expect(r.source_quote?.length).toBeGreaterThan(5);
      const quote = r.source_quote!;
      if (r.ytd_value !== null) expect(amountInQuote(text(r.ytd_value)!, quote), `${text(r.ytd_value)} in ${quote}`).toBe(true);
      for (const g of [r.reported_yoy, r.reported_yoy_comparable]) if (g !== null) expect(growthInQuote(text(g)!, quote), `${text(g)} in ${quote}`).toBe(true);
    }
  });

  it('stores every document-labelled target with its quote, and only numbers the quote writes', async () => {
    const annual = await t.database.db.selectFrom('targets').select(['amount_target', 'growth_target', 'source_quote']).where('source', '=', 'document').execute();
    const period = await t.database.db.selectFrom('period_targets').select(['amount_target', 'source_quote']).where('source', '=', 'document').execute();
    expect(annual.length).toBeGreaterThan(15);
    expect(period.length).toBeGreaterThanOrEqual(9);
    for (const r of [...annual, ...period]) {
      const quote = r.source_quote!;
      expect(quote.length).toBeGreaterThan(5);
      if (r.amount_target !== null) expect(amountInQuote(text(r.amount_target)!, quote), `${text(r.amount_target)} in ${quote}`).toBe(true);
      if ('growth_target' in r && r.growth_target !== null) expect(growthInQuote(text(r.growth_target)!, quote), quote).toBe(true);
    }
  });

  it('loads no estimate as an actual, and the January 固投 figures not at all', async () => {
    const cited = await t.database.db.selectFrom('figures').select('source_quote').where('source', '=', 'document').execute();
    expect(cited.some((r) => r.source_quote!.includes('预计'))).toBe(false);
    const january = await t.database.db.selectFrom('figures')
      .innerJoin('submissions', 'submissions.id', 'figures.submission_id')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'submissions.period_id')
      .innerJoin('indicators', 'indicators.id', 'figures.indicator_id')
      .select('figures.id').where('indicators.code', '=', 'fixed_asset_investment').where('reporting_periods.month', '=', 1).execute();
    expect(january).toEqual([]);
  });

  it('stores "控制在…以内" as a ≤ target, 同口径 growth as comparable growth', async () => {
    const wuchang = await t.orgId('420106');
    const ceilings = await t.database.db.selectFrom('targets').innerJoin('indicators', 'indicators.id', 'targets.indicator_id')
      .select(['targets.year', 'targets.amount_target', 'targets.amount_comparator', 'targets.source'])
      .where('indicators.code', '=', 'registered_unemployment_rate').where('targets.organisation_id', '=', wuchang).where('targets.year', 'in', [2017, 2022])
      .orderBy('targets.year').execute();
    expect(ceilings.map((c) => [c.year, text(c.amount_target), c.amount_comparator, c.source])).toEqual([[2017, '3.2', 'le', 'document'], [2022, '2.81', 'le', 'document']]);
    const revenue = await t.database.db.selectFrom('figures').select(['reported_yoy', 'reported_yoy_comparable', 'comparable_reason'])
      .where('source', '=', 'document').where('source_quote', 'like', '%同口径同比增长44.7%').executeTakeFirstOrThrow();
    expect([revenue.reported_yoy, text(revenue.reported_yoy_comparable)]).toEqual([null, '44.7']);
    expect(revenue.comparable_reason).toBeTruthy();
  });

  it("shows 西塞山区's Q1 2023 targets as stated amounts on the Q1 board, not a share of the annual target", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/q1/2023', headers: { cookie: await t.login('xisaishan') } });
    expect(response.statusCode, response.body).toBe(200);
    const board = q1BoardSchema.parse(response.json());
    const xisaishan = board.rows.find((r) => r.organisationName === '西塞山区')!;
    const fai = xisaishan.cells.find((c) => c.indicatorCode === 'fixed_asset_investment')!;
    expect(compare(fai.q1Target!, '23.54')).toBe(0);
    expect(fai.linear).toBe(false);
    expect(compare(xisaishan.cells.find((c) => c.indicatorCode === 'retail_sales')!.q1Target!, '23')).toBe(0);
    // The annual target is the synthetic one: the Q1 target is not 30 % of it by construction.
    expect(compare(fai.q1Target!, fai.annualTarget!)).not.toBe(0);
  });

  it("loads the seeds' counts into the catalogue's count indicators: 004's 签约项目57个 and 24 projects started, 003's Q1 进规 target", async () => {
    const wuchang = await t.orgId('420106');
    const page = districtDashboardSchema.parse(await get(`/api/dashboard/district/${wuchang}?year=2022`));
    const september = (code: string) => page.indicators.find((i) => i.indicatorCode === code)!.months.find((m) => m.month === 9)!;
    expect(september('signed_projects')).toMatchObject({ ytdValue: '57', source: 'document' });
    expect(september('major_projects_started')).toMatchObject({ ytdValue: '24', source: 'document' });
    // No synthetic counts: only what a document states.
    const synthetic = await t.database.db.selectFrom('figures').innerJoin('indicators', 'indicators.id', 'figures.indicator_id')
      .select('figures.id').where('indicators.code', 'in', ['signed_projects', 'major_projects_started', 'enterprises_entering_scale']).where('figures.source', '!=', 'document').execute();
    expect(synthetic).toEqual([]);
    const q1 = await t.database.db.selectFrom('period_targets').innerJoin('indicators', 'indicators.id', 'period_targets.indicator_id')
      .select(['period_targets.amount_target', 'period_targets.through_month', 'period_targets.amount_comparator'])
      .where('indicators.code', '=', 'enterprises_entering_scale').where('period_targets.organisation_id', '=', await t.orgId('420203')).execute();
    expect(q1.map((r) => [text(r.amount_target), r.through_month, r.amount_comparator])).toEqual([['6', 3, 'ge']]);
  });

  it("loads the city's own figures, the 2020 figures and the 2021 and 2025 targets", async () => {
    const city = await t.orgId('420100');
    const gdp2020 = await t.database.db.selectFrom('figures')
      .innerJoin('submissions', 'submissions.id', 'figures.submission_id')
      .innerJoin('reporting_periods', 'reporting_periods.id', 'submissions.period_id')
      .innerJoin('indicators', 'indicators.id', 'figures.indicator_id')
      .select(['figures.ytd_value', 'figures.reported_yoy', 'figures.source', 'submissions.status', 'reporting_periods.month'])
      .where('submissions.organisation_id', '=', city).where('reporting_periods.year', '=', 2020).where('indicators.code', '=', 'gdp')
      .orderBy('reporting_periods.month').execute();
    expect(gdp2020.map((r) => [r.month, text(r.ytd_value), text(r.reported_yoy), r.source, r.status])).toEqual([
      [3, null, '-40.5', 'document', 'approved'],
      [12, '15616.1', '-4.7', 'document', 'approved'],
    ]);
    // The city's own figure stands for the city on the 2020-12 board (not a sum of districts).
    const overview = overviewSchema.parse(await get('/api/dashboard/overview?period=2020-12'));
    expect(overview.averages.find((a) => a.indicatorCode === 'gdp')).toMatchObject({ cityOwnYtd: '15616.1', cityOwnYoy: '-4.7' });
    const hanyang = await t.orgId('420105');
    const targets = await t.database.db.selectFrom('targets').innerJoin('indicators', 'indicators.id', 'targets.indicator_id')
      .select(['targets.year', 'indicators.code', 'targets.amount_target', 'targets.growth_target'])
      .where('targets.organisation_id', '=', hanyang).where('targets.year', 'in', [2021, 2025]).where('targets.source', '=', 'document').execute();
    const byKey = new Map(targets.map((r) => [`${r.year} ${r.code}`, [text(r.amount_target), text(r.growth_target)]]));
    expect(byKey.get('2021 gdp')).toEqual([null, '10']);
    expect(byKey.get('2021 investment_funds_in_place')).toEqual(['650', null]);
    expect(byKey.get('2025 gdp')).toEqual(['1100', null]);
  });

  it('registers the overlap the documents support: 武汉经开区 holds part of 汉南区, and the city sums count that ground once', async () => {
    const scope = territoriesSchema.parse(await get('/api/territories'));
    expect(scope.overlaps.map((o) => [o.organisationName, o.overlapsOrganisationName, o.kind])).toEqual([['武汉经开区', '汉南区', 'contains_part']]);
    const zone = await t.orgId('WH-JKQ');
    const overview = overviewSchema.parse(await get('/api/dashboard/overview?period=2022-09'));
    expect(overview.territory?.excludedFromCitySums).toEqual([zone]);
    // The zone keeps its own row and figures.
    expect(overview.rows.some((r) => r.organisationId === zone)).toBe(true);
  });
});
