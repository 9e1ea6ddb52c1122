import ExcelJS from 'exceljs';
import { describe, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { dashboardsFixture, FAI, type Json, type Row } from './dashboards.test-fixture';

// Targets of every kind, group figures and ranks as bulletins do them, on top of the shared February.
describeEachDialect('dashboards (March)', (dialect) => {
  const f = dashboardsFixture(dialect);
  const { org, call, ok, insertMonth } = f;

  describe('targets of every kind, group figures and ranks as bulletins do them (March)', () => {
    const REVENUE = 'general_budget_revenue';
    const target = (code: string, indicatorCode: string, body: Json, year = 2026) => ok('reviewer', 'PUT', '/api/targets', {
      year, organisationId: org[code], indicatorCode, amountTarget: null, amountComparator: null,
      growthTarget: null, growthComparator: null, noTarget: false, schedule: null, version: 0, ...body,
    });
    const march = async (query: string) => ok('reviewer', 'GET', `/api/dashboard/${query}`);
    const rowOf = (rows: Json[], code: string) => rows.find((r) => r.organisationId === org[code])!;

    beforeAll(async () => {
      for (const [year, month] of [[2025, 9], [2025, 12], [2026, 1], [2026, 3]]) await ok('reviewer', 'POST', '/api/periods', { year, month });
      // Revenue: 江岸 is large (target 1000), the others small (20 each).
      for (const [code, amount] of [['420102', '1000'], ['420103', '20'], ['420104', '20'], ['420106', '20']] as const) {
        await target(code, REVENUE, { amountTarget: amount, amountComparator: 'ge' });
      }
      // GDP for 硚口: far behind a share of time progress, and short of 增长6.5%.
      await target('420104', 'gdp', { amountTarget: '100', amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge' });
      // 失业率控制在3.2%以内 for 硚口 (this year and last) and 江汉.
      for (const year of [2025, 2026]) await target('420104', 'registered_unemployment_rate', { amountTarget: '3.2', amountComparator: 'le' }, year);
      await target('420103', 'registered_unemployment_rate', { amountTarget: '3.2', amountComparator: 'le' });
      // January revenue: 硚口 15 %, 江岸 10 %, 江汉 5 %.
      await insertMonth('420102', 2026, 1, 'approved', [{ code: REVENUE, ytd: '100' }]);
      await insertMonth('420103', 2026, 1, 'approved', [{ code: REVENUE, ytd: '1' }]);
      await insertMonth('420104', 2026, 1, 'approved', [{ code: REVENUE, ytd: '3' }]);
      // Last year's quarters of 硚口's unemployment rate, over the ceiling.
      await insertMonth('420104', 2025, 9, 'approved', [{ code: 'registered_unemployment_rate', ytd: '3.5' }]);
      await insertMonth('420104', 2025, 12, 'approved', [{ code: 'registered_unemployment_rate', ytd: '3.6' }]);
      // March: revenue 江岸 98 %, 武昌 80 %, 江汉 and 硚口 50 %.
      await insertMonth('420102', 2026, 3, 'approved', [{ code: REVENUE, ytd: '980' }]);
      await insertMonth('420103', 2026, 3, 'approved', [{ code: REVENUE, ytd: '10' }, { code: 'registered_unemployment_rate', ytd: '3.0' }]);
      await insertMonth('420104', 2026, 3, 'approved', [
        { code: REVENUE, ytd: '10' }, { code: FAI, ytd: '15' }, { code: 'gdp', ytd: '9', yoy: '5.9' }, { code: 'registered_unemployment_rate', ytd: '3.4' },
      ]);
      await insertMonth('420106', 2026, 3, 'approved', [{ code: REVENUE, ytd: '16' }]);
    });

    it('compares with the city\'s Σ YTD ÷ Σ target: 武昌 at 80 % is below the city (95.8 %) though above the mean of rates (69.5 %)', async () => {
      const ranking = await march(`ranking?period=2026-03&indicator=${REVENUE}&measure=completion`);
      expect([ranking.average, ranking.averageBasis, ranking.rankPlaces]).toEqual(['95.849057', 'ratio_of_sums', 1]);
      expect(rowOf(ranking.rows as Json[], '420106')).toMatchObject({ value: '80', aboveAverage: 'below', betterThanAverage: false });
      const overview = await march('overview?period=2026-03');
      expect((overview.averages as Json[]).find((a) => a.indicatorCode === REVENUE)).toMatchObject({ cityCompletion: '95.849057' });
    });

    it('ranks with ties and tells 进位 / 退位 / 持平 / new since the previous period, in the page and the export', async () => {
      const ranking = await march(`ranking?period=2026-03&indicator=${REVENUE}&measure=completion`);
      expect(ranking.previousPeriodKey).toBe('2026-01');
      const ranked = (ranking.rows as Json[]).filter((r) => r.rank !== null).map((r) => [r.organisationId, r.rank, r.previousRank, r.rankChange]);
      expect(ranked).toEqual([
        [org['420102'], 1, 2, { movement: 'up', places: 1 }],
        [org['420106'], 2, null, { movement: 'new', places: 0 }],
        [org['420103'], 3, 3, { movement: 'same', places: 0 }],
        [org['420104'], 3, 1, { movement: 'down', places: 2 }],
      ]);
      expect(rowOf(ranking.rows as Json[], '420102')).toMatchObject({ amountRank: 1, amountRankChange: { movement: 'same', places: 0 } });
      expect(rowOf(ranking.rows as Json[], '420106')).toMatchObject({ amountRank: 2, amountRankChange: { movement: 'new', places: 0 } });
      const response = await call('reviewer', 'GET', `/api/dashboard/ranking.xlsx?period=2026-03&indicator=${REVENUE}&measure=completion`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
      const values: unknown[] = [];
      workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
      for (const word of ['名次变化', '进位1', '新进', '持平', '退位2', '总量排名', '增速排名']) expect(values, word).toContain(word);
      const en = await call('reviewer', 'GET', `/api/dashboard/ranking.xlsx?period=2026-03&indicator=${REVENUE}&measure=completion`, undefined, { 'accept-language': 'en' });
      const english = new ExcelJS.Workbook();
      await english.xlsx.load(en.raw as unknown as ArrayBuffer);
      const words: unknown[] = [];
      english.worksheets[0]!.eachRow((row) => row.eachCell((cell) => words.push(cell.value)));
      expect(words).toEqual(expect.arrayContaining(['up 1', 'new', 'same', 'down 2']));
    });

    it('holds GDP to its growth target (a gap in percentage points and a card), never to the major-project 60 % / 80 % rule', async () => {
      const cell = (await march('overview?period=2026-03')).rows as Row[];
      const gdp = rowOf(cell as unknown as Json[], '420104') as unknown as Row;
      expect(gdp.cells.find((c) => c.indicatorCode === 'gdp')).toMatchObject({
        growth: '5.9', growthTarget: '6.5', growthGap: '-0.6', growthMet: false, completion: '9', card: 'yellow',
        cardReason: '增速5.9%，增长目标不低于6.5%，落后目标0.6个百分点（超过0个百分点）→ 黄牌',
      });
      const board = await march('warnings?period=2026-03');
      const gdpCards = (board.cards as Json[]).filter((c) => c.indicatorCode === 'gdp');
      expect(gdpCards.map((c) => [c.organisationId, c.ruleId, c.colour])).toEqual([[org['420104'], 'targets.growth_shortfall', 'yellow']]);
    });

    it('judges 失业率控制在3.2%以内 met or not, and cards three quarters over it in a row across New Year', async () => {
      const ranking = await march('ranking?period=2026-03&indicator=registered_unemployment_rate&measure=ytdValue');
      const rate = (code: string) => rowOf(ranking.rows as Json[], code);
      expect(rate('420104')).toMatchObject({ ytdValue: '3.4', amountComparator: 'le', amountMet: false, completion: null, card: 'red', monthValue: null });
      expect(rate('420103')).toMatchObject({ ytdValue: '3', amountMet: true, card: null, rank: 1 });
      const board = await march('warnings?period=2026-03');
      const card = (board.cards as Json[]).find((c) => c.indicatorCode === 'registered_unemployment_rate')!;
      expect(card).toMatchObject({ organisationId: org['420104'], ruleId: 'targets.not_met', colour: 'red', reason: '未达到目标要求，已连续3个月→ 红牌' });
      const en = await ok('reviewer', 'GET', '/api/dashboard/warnings?period=2026-03', undefined, { 'accept-language': 'en' });
      expect((en.cards as Json[]).find((c) => c.indicatorCode === 'registered_unemployment_rate')!.reason).toBe('Target not met for 3 months in a row → red card');
    });

    it('lets the latest quarter stand for a quarterly indicator in a month it is not reported, uncarded', async () => {
      const april = await march('overview?period=2026-04');
      const indicator = (april.indicators as Json[]).find((i) => i.code === 'gdp');
      expect(indicator).toMatchObject({ figurePeriodKey: '2026-03' });
      const qiaokou = (april.rows as Row[]).find((r) => r.organisationId === org['420104'])!;
      expect(qiaokou.cells.find((c) => c.indicatorCode === 'gdp')).toMatchObject({ ytdValue: '9', growth: '5.9', growthGap: '-0.6', card: null, monthValue: null });
      const ranking = await march('ranking?period=2026-04&indicator=gdp&measure=yoy');
      expect([ranking.indicator, rowOf(ranking.rows as Json[], '420104').rank]).toEqual([expect.objectContaining({ figurePeriodKey: '2026-03' }), 1]);
      // Before its first quarter, GDP has nothing to show.
      const february = await march('overview?period=2026-02');
      expect((february.indicators as Json[]).find((i) => i.code === 'gdp')).toMatchObject({ figurePeriodKey: null });
    });

    it('shows the month value, computed, for flows only', async () => {
      const rows = (await march('overview?period=2026-03')).rows as Row[];
      const qiaokou = rows.find((r) => r.organisationId === org['420104'])!;
      // 15 − 9 (February): fixed-asset investment; none for the rate; none for revenue (no February figure).
      expect(qiaokou.cells.find((c) => c.indicatorCode === FAI)).toMatchObject({ monthValue: '6' });
      expect(qiaokou.cells.find((c) => c.indicatorCode === REVENUE)).toMatchObject({ monthValue: null });
      const page = await ok('reviewer', 'GET', `/api/dashboard/district/${org['420104']}`);
      const fai = (page.indicators as Json[]).find((i) => i.indicatorCode === FAI)!;
      expect((fai.months as Json[])[2]).toMatchObject({ month: 3, ytdValue: '15', monthValue: '6' });
    });
  });

});
