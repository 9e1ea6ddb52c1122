import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { districtDashboardSchema, overviewSchema, rankingSchema, warningBoardSchema } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import type { KyselyPlugin } from 'kysely';
import { createDashboardReadModel, overviewRawSql } from './dashboards.read-model';

type Json = Record<string, unknown>;
type Cell = { indicatorCode: string } & Json;
type Row = { organisationId: number; organisationName: string; cells: Cell[] };
const FAI = 'fixed_asset_investment';

/** The routes write their JSON without zod; every answer here must still match its contract. */
const CONTRACTS = [
  ['/api/dashboard/overview?', overviewSchema],
  ['/api/dashboard/ranking?', rankingSchema],
  ['/api/dashboard/district/', districtDashboardSchema],
  ['/api/dashboard/warnings?', warningBoardSchema],
] as const;

describeEachDialect('dashboards', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};
  let centralGroup: number;

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method, url, headers: { cookie: cookies[who]!, ...headers }, ...(payload ? { payload } : {}) });
    const contract = CONTRACTS.find(([prefix]) => url.startsWith(prefix))?.[1];
    if (contract && response.statusCode === 200) expect(() => contract.parse(response.json()), url).not.toThrow();
    return { status: response.statusCode, body: response.headers['content-type']?.toString().includes('json') ? (response.json() as Json) : {}, raw: response.rawPayload };
  };
  const ok = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json, headers?: Record<string, string>) => {
    const response = await call(who, method, url, payload, headers);
    expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  // The test's flow is fixed-asset investment (due from 1-2月): the Wuhan 60 % / 80 % rule applies to it.
  const gdpTarget = (code: string, amount: string, version = 0, schedule: Json | null = null) => ok('reviewer', 'PUT', '/api/targets', {
    year: 2026, organisationId: org[code], indicatorCode: FAI, amountTarget: amount, amountComparator: 'ge',
    growthTarget: null, growthComparator: null, noTarget: false, schedule, version,
  });
  const indicatorId = async (code: string) => (await t.database.db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  /** Bulk seeding straight into the tables: one district-month with its figures. */
  async function insertMonth(code: string, year: number, month: number, status: 'approved' | 'submitted', figures: { code: string; ytd: string; yoy?: string; doc?: [string, string] }[]) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', year).where('month', '=', month).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status, submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    for (const f of figures) {
      await db.insertInto('figures').values({
        submission_id: submission.id, indicator_id: await indicatorId(f.code), ytd_value: toScaled(f.ytd), reported_yoy: f.yoy ? toScaled(f.yoy) : null,
        note: null, source: f.doc ? 'document' : 'synthetic', source_ref: f.doc?.[0] ?? null, source_quote: f.doc?.[1] ?? null, updated_by: null, updated_at: 'x',
      }).execute();
    }
  }
  /** One more figure in an existing district-month. */
  async function addFigure(code: string, year: number, month: number, indicator: string, ytd: string, yoy: string | null = null) {
    const db = t.database.db;
    const submission = await db.selectFrom('submissions as s').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .select('s.id').where('s.organisation_id', '=', org[code]!).where('p.year', '=', year).where('p.month', '=', month).executeTakeFirstOrThrow();
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: await indicatorId(indicator), ytd_value: toScaled(ytd), reported_yoy: yoy === null ? null : toScaled(yoy),
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
  }
  const overview = async (who: string, query = '', headers?: Record<string, string>) =>
    (await ok(who, 'GET', `/api/dashboard/overview?period=2026-02${query}`, undefined, headers)) as unknown as { rows: Row[]; includesUnapproved: boolean; averages: Json[]; indicators: Json[] };
  const gdpCell = (rows: Row[], code: string) => rows.find((r) => r.organisationId === org[code])?.cells.find((c) => c.indicatorCode === FAI);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'leader', 'wuchang', 'jiangan']) cookies[who] = await t.login(who);
    for (const code of ['420102', '420103', '420104', '420106', '420112']) org[code] = await t.orgId(code);
    centralGroup = (await t.database.db.selectFrom('organisation_groups').select('id').where('code', '=', 'WH-CENTRAL').executeTakeFirstOrThrow()).id;
    for (const [year, month] of [[2025, 2], [2026, 2]]) await ok('reviewer', 'POST', '/api/periods', { year, month });
    for (const code of ['420102', '420103', '420104', '420106']) await gdpTarget(code, '100');
    await gdpTarget('420112', '100');
    await ok('reviewer', 'PUT', '/api/responsibilities', {
      year: 2026, organisationId: org['420106'], indicatorCode: FAI, leader: '常务副区长', department: '区统计局', taskForce: 'GDP专班', measures: '稳增长',
    });
    // Last year's February for 武昌区, so growth can be computed: (12.85 − 11.5) / 11.5 = 11.739130 %.
    await insertMonth('420106', 2025, 2, 'approved', [{ code: FAI, ytd: '11.5' }]);
    // 武昌区 through the real workflow: save, submit, approve.
    const base = `/api/submissions/2026-02/${org['420106']}`;
    const saved = await ok('wuchang', 'PUT', `${base}/figures`, { figures: [
      { indicatorCode: FAI, ytdValue: '12.85', reportedYoy: '11.74', note: null, version: 0 },
    ] });
    const submitted = await ok('wuchang', 'POST', `${base}/submit`, { version: saved.version });
    await ok('reviewer', 'POST', `${base}/approve`, { version: submitted.version });
    // The unemployment rate is quarterly: no form asks for it in February, but a read model ranks what is stored.
    await addFigure('420106', 2026, 2, 'registered_unemployment_rate', '2.9');
    // 江岸区 submits 20 but is not approved yet.
    const jiangan = `/api/submissions/2026-02/${org['420102']}`;
    const draft = await ok('jiangan', 'PUT', `${jiangan}/figures`, { figures: [{ indicatorCode: FAI, ytdValue: '20', reportedYoy: null, note: null, version: 0 }] });
    await ok('jiangan', 'POST', `${jiangan}/submit`, { version: draft.version });
    // Bulk: 江汉区 ties with 武昌区 (from a document), 硚口区 lags (red), 东西湖区 (new city) leads.
    await insertMonth('420103', 2026, 2, 'approved', [{ code: FAI, ytd: '12.85', doc: ['000.txt', '江汉区1-2月固定资产投资12.85亿元'] }, { code: 'registered_unemployment_rate', ytd: '3.1' }]);
    await insertMonth('420104', 2026, 2, 'approved', [{ code: FAI, ytd: '9' }, { code: 'registered_unemployment_rate', ytd: '3.4' }]);
    await insertMonth('420112', 2026, 2, 'approved', [{ code: FAI, ytd: '30' }]);
  });
  afterAll(() => t.close());

  describe('overview', () => {
    it('computes completion, time progress and gap exactly, with growth and the Wuhan card', async () => {
      const { rows, includesUnapproved } = await overview('reviewer');
      expect(includesUnapproved).toBe(false);
      expect(rows).toHaveLength(17);
      expect(gdpCell(rows, '420106')).toMatchObject({
        ytdValue: '12.85', amountTarget: '100', completion: '12.85', timeProgress: '16.666667', progressGap: '-3.816667',
        yoy: '11.73913', reportedYoy: '11.74', yoyMismatch: false, card: 'yellow', rank: 2, groupRank: 1, source: 'entered',
      });
      expect(gdpCell(rows, '420104')).toMatchObject({ completion: '9', card: 'red', rank: 4, groupRank: 3 });
      expect(gdpCell(rows, '420112')).toMatchObject({ completion: '30', card: null, rank: 1, groupRank: 1 });
    });

    it('gives each carded cell the card\'s reason in the caller\'s language', async () => {
      const zh = await overview('reviewer');
      expect(gdpCell(zh.rows, '420106')).toMatchObject({ card: 'yellow', cardReason: '完成率12.85%，低于时序进度16.67%的80%（时序进度比77.1%）→ 黄牌' });
      expect(gdpCell(zh.rows, '420112')).toMatchObject({ card: null, cardReason: null });
      expect(gdpCell(zh.rows, '420104')?.cardReason).toMatch(/红牌$/);
      const en = await overview('reviewer', '', { 'accept-language': 'en' });
      expect(gdpCell(en.rows, '420106')?.cardReason).toBe('Completion 12.85%, below 80% of time progress 16.67% (progress ratio 77.1%) → yellow card');
      expect(gdpCell(en.rows, '420112')?.cardReason).toBeNull();
    });

    it('shares a rank on ties and tells where each figure came from', async () => {
      const { rows } = await overview('reviewer');
      expect(gdpCell(rows, '420103')).toMatchObject({ rank: 2, groupRank: 1, source: 'document', sourceRef: '000.txt', sourceQuote: '江汉区1-2月固定资产投资12.85亿元' });
    });

    it('hides figures not yet approved; the reviewer may include them, a leader may not', async () => {
      expect(gdpCell((await overview('reviewer')).rows, '420102')).toMatchObject({ ytdValue: null, completion: null, rank: null, card: null });
      const review = await overview('reviewer', '&includeUnapproved=true');
      expect(review.includesUnapproved).toBe(true);
      expect(gdpCell(review.rows, '420102')).toMatchObject({ ytdValue: '20', completion: '20', rank: 2 });
      expect(gdpCell(review.rows, '420106')).toMatchObject({ rank: 3 });
      const leader = await overview('leader', '&includeUnapproved=true');
      expect(leader.includesUnapproved).toBe(false);
      expect(gdpCell(leader.rows, '420102')?.ytdValue).toBeNull();
    });

    it('shows a district operator only its own row, ranked city-wide', async () => {
      const { rows } = await overview('wuchang');
      expect(rows.map((r) => r.organisationId)).toEqual([org['420106']]);
      expect(gdpCell(rows, '420106')).toMatchObject({ rank: 2, groupRank: 1, card: 'yellow' });
    });

    it('filters by group: its districts only, with group averages', async () => {
      const result = await overview('reviewer', `&groupId=${centralGroup}`);
      expect(result.rows).toHaveLength(7);
      expect(result.rows.some((r) => r.organisationId === org['420112'])).toBe(false);
      expect(gdpCell(result.rows, '420106')).toMatchObject({ rank: 2, groupRank: 1 });
      // City: (12.85 + 12.85 + 9 + 30) / 4; central group: (12.85 + 12.85 + 9) / 3.
      expect(result.averages.find((a) => a.indicatorCode === FAI)).toMatchObject({ cityCompletion: '16.175', groupCompletion: '11.566667' });
    });

    it('agrees with the raw SQL aggregate the benchmark compares it with', async () => {
      const raw = await overviewRawSql(t.database.db, '2026-02');
      const fai = await indicatorId(FAI);
      const wuchang = raw.find((r) => r.organisation_id === org['420106'] && r.indicator_id === fai);
      expect(raw.every((r) => r.organisation_id !== org['420102'])).toBe(true);
      expect(Number(wuchang?.completion)).toBeCloseTo(12.85, 6);
      expect(Number(wuchang?.last_year_ytd)).toBe(11_500_000);
      expect(wuchang).toMatchObject({ card: 'yellow' });
      expect([Number(wuchang?.city_rank), Number(wuchang?.group_rank)]).toEqual([2, 1]);
    });

    it('reads with a fixed handful of set-based queries, never one per district', async () => {
      let queries = 0;
      const counting: KyselyPlugin = {
        transformQuery: (args) => { queries += 1; return args.node; },
        transformResult: async (args) => args.result,
      };
      const model = createDashboardReadModel({ db: t.database.db.withPlugin(counting), clock: t.clock });
      const city = await t.database.db.selectFrom('organisations').selectAll().where('code', '=', '420100').executeTakeFirstOrThrow();
      const actor = { userId: 1, username: 'r', displayName: 'r', role: 'city_reviewer' as const, organisationId: city.id, organisationName: city.name, organisationPath: city.path, locale: 'zh-CN' as const, sessionId: 's' };
      const ctx = { actor, ip: '', requestId: '', locale: 'zh-CN' as const, userAgent: null, audited: false };
      const overview = await model.overview(ctx, { period: '2026-02' });
      expect(overview.rows.length).toBeGreaterThan(10);
      // The sixth and seventh: this year's targets, and last year's because the enabled rule
      // "target not met three months in a row" reaches back over New Year from February; then last
      // year's month as the city approved it (its submissions, approvals and figures: three); the
      // city's territorial scope (its overlaps and its ranking setting: two).
      expect(queries).toBe(12);
    });
  });

  describe('ranking', () => {
    it('ranks a lower-is-better indicator ascending', async () => {
      const ranking = await ok('reviewer', 'GET', '/api/dashboard/ranking?period=2026-02&indicator=registered_unemployment_rate&measure=ytdValue');
      const ranked = (ranking.rows as Json[]).filter((r) => r.rank !== null).map((r) => [r.organisationId, r.value, r.rank]);
      expect(ranked).toEqual([[org['420106'], '2.9', 1], [org['420103'], '3.1', 2], [org['420104'], '3.4', 3]]);
      expect(ranking.indicator).toMatchObject({ direction: 'lower' });
    });

    it('ranks by completion, best first, inside a group when asked', async () => {
      const city = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=completion`);
      expect((city.rows as Json[]).slice(0, 4).map((r) => [r.organisationId, r.rank, r.card])).toEqual([
        [org['420112'], 1, null], [org['420103'], 2, 'yellow'], [org['420106'], 2, 'yellow'], [org['420104'], 4, 'red'],
      ]);
      const group = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=progressGap&groupId=${centralGroup}`);
      expect((group.rows as Json[]).slice(0, 3).map((r) => [r.organisationId, r.value, r.rank])).toEqual([
        [org['420103'], '-3.816667', 1], [org['420106'], '-3.816667', 1], [org['420104'], '-7.666667', 3],
      ]);
      expect(group.average).toBe('-5.1');
    });

    it('exports a grouped ranking with the group\'s own total line, never 各区合计', async () => {
      const groupName = (await t.database.db.selectFrom('organisation_groups').select('name').where('id', '=', centralGroup).executeTakeFirstOrThrow()).name;
      const read = async (query: string) => {
        const response = await call('reviewer', 'GET', `/api/dashboard/ranking.xlsx?period=2026-02&indicator=${FAI}&measure=progressGap${query}`);
        expect(response.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
        const names: unknown[] = [];
        workbook.worksheets[0]!.getColumn(3).eachCell((cell) => names.push(cell.value));
        return names;
      };
      const grouped = await read(`&groupId=${centralGroup}`);
      expect(grouped).toContain(`${groupName}合计`);
      expect(grouped).not.toContain('各区合计');
      expect(await read('')).toContain('各区合计');
    });

    it('carries each district\'s growth target', async () => {
      await ok('reviewer', 'PUT', '/api/targets', {
        year: 2026, organisationId: org['420104'], indicatorCode: 'retail_sales', amountTarget: null, amountComparator: null,
        growthTarget: '8.5', growthComparator: 'ge', noTarget: false, schedule: null, version: 0,
      });
      const ranking = await ok('reviewer', 'GET', '/api/dashboard/ranking?period=2026-02&indicator=retail_sales&measure=yoy');
      const rows = ranking.rows as Json[];
      expect(rows.find((r) => r.organisationId === org['420104'])).toMatchObject({ growthTarget: '8.5', amountTarget: null });
      expect(rows.find((r) => r.organisationId === org['420106'])).toMatchObject({ growthTarget: null });
      const gdp = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=completion`);
      expect((gdp.rows as Json[]).find((r) => r.organisationId === org['420106'])).toMatchObject({ amountTarget: '100', growthTarget: null });
    });

    it('refuses an unknown indicator', async () => {
      expect((await call('reviewer', 'GET', '/api/dashboard/ranking?period=2026-02&indicator=nope')).status).toBe(400);
    });
  });

  describe('warning board and district page', () => {
    it('lists red before yellow with reasons in the caller\'s language and who answers for it', async () => {
      const board = await ok('reviewer', 'GET', '/api/dashboard/warnings?period=2026-02');
      const cards = board.cards as Json[];
      expect(cards.map((c) => [c.organisationId, c.colour])).toEqual([[org['420104'], 'red'], [org['420103'], 'yellow'], [org['420106'], 'yellow']]);
      expect(cards[2]).toMatchObject({
        indicatorCode: FAI, ruleId: 'wuhan.progress_ratio', leader: '常务副区长', department: '区统计局',
        reason: '完成率12.85%，低于时序进度16.67%的80%（时序进度比77.1%）→ 黄牌',
      });
      const en = await ok('reviewer', 'GET', '/api/dashboard/warnings?period=2026-02', undefined, { 'accept-language': 'en' });
      expect((en.cards as Json[])[2]!.reason).toBe('Completion 12.85%, below 80% of time progress 16.67% (progress ratio 77.1%) → yellow card');
      const own = await ok('wuchang', 'GET', '/api/dashboard/warnings?period=2026-02');
      expect((own.cards as Json[]).map((c) => c.organisationId)).toEqual([org['420106']]);
    });

    it('shows a district its trend, target trajectory, cards and responsibility; another district is 404', async () => {
      const page = await ok('wuchang', 'GET', `/api/dashboard/district/${org['420106']}`);
      expect(page).toMatchObject({ year: 2026, cardsPeriodKey: '2026-02' });
      const gdp = (page.indicators as Json[]).find((i) => i.indicatorCode === FAI)!;
      expect((gdp.months as Json[])[1]).toMatchObject({ month: 2, ytdValue: '12.85', targetTrajectory: '16.666667', completion: '12.85', yoy: '11.73913' });
      expect(gdp.responsibility).toMatchObject({ leader: '常务副区长', taskForce: 'GDP专班' });
      expect((page.cards as Json[]).map((c) => c.colour)).toEqual(['yellow']);
      const other = await call('wuchang', 'GET', `/api/dashboard/district/${org['420102']}`);
      expect(other.status).toBe(404);
    });
  });

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

  describe('growth on the base it stands on', () => {
    it('computes growth against an adjusted base (同口径) when the unit gives one, and weighs the group with that base', async () => {
      const db = t.database.db;
      const figure = await db.selectFrom('figures as f').innerJoin('submissions as s', 's.id', 'f.submission_id').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select('f.id').where('s.organisation_id', '=', org['420106']!).where('p.year', '=', 2026).where('p.month', '=', 2)
        .where('f.indicator_id', '=', await indicatorId(FAI)).executeTakeFirstOrThrow();
      await db.updateTable('figures').set({ adjusted_base: toScaled('10'), reported_yoy_comparable: null, comparable_reason: '进规企业调整' }).where('id', '=', figure.id).execute();
      try {
        // The comparable basis comes before the natural one: (12.85 − 10) / 10 = 28.5 %, beside the natural 11.74 %.
        expect(gdpCell((await overview('reviewer')).rows, '420106')).toMatchObject({ growth: '28.5', yoy: '11.73913', reportedYoy: '11.74' });
        // The group weighs 武昌 with that base: the ranking's growth figure of 武昌 alone is its own rate.
        const group = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=yoy&groupId=${centralGroup}`);
        expect(group.average).toBe('28.5');
      } finally {
        await db.updateTable('figures').set({ adjusted_base: null, comparable_reason: null, reported_yoy: toScaled('11.74') }).where('id', '=', figure.id).execute();
      }
    });

    it('keeps last year\'s month as approved while a revision of it is open', async () => {
      const db = t.database.db;
      const last = await db.selectFrom('submissions as s').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select(['s.id']).where('s.organisation_id', '=', org['420106']!).where('p.year', '=', 2025).where('p.month', '=', 2).executeTakeFirstOrThrow();
      const figure = await db.selectFrom('figures').select('id').where('submission_id', '=', last.id).executeTakeFirstOrThrow();
      // Approved at version 1 with 11.5; a revision is granted (returned) and 20 is being entered.
      await db.insertInto('submission_events').values({ submission_id: last.id, action: 'approve', from_status: 'submitted', to_status: 'approved', submission_version: 1, reason: null, actor_id: null, at: 'x' }).execute();
      await db.insertInto('figure_versions').values({
        figure_id: figure.id, submission_id: last.id, version: 1, ytd_value: toScaled('11.5'), reported_yoy: null, note: null, source: 'synthetic',
        changed_by: null, changed_at: 'x', submission_version: 1, adjusted_base: null, reported_yoy_comparable: null, comparable_reason: null,
      }).execute();
      await db.updateTable('submissions').set({ status: 'returned' }).where('id', '=', last.id).execute();
      await db.updateTable('figures').set({ ytd_value: toScaled('20') }).where('id', '=', figure.id).execute();
      // The computed growth stays on the approved 11.5: (12.85 − 11.5) / 11.5.
      expect(gdpCell((await overview('reviewer')).rows, '420106')).toMatchObject({ yoy: '11.73913' });
    });
  });

  describe('exports and configuration changes', () => {
    it('exports the overview and ranking: formula-like text neutralised, negative numbers stay numbers', async () => {
      const city = await t.database.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', '420100').executeTakeFirstOrThrow();
      const { id } = await t.database.db.insertInto('organisations')
        .values({ code: 'XLSX-1', name: '=1+1', kind: 'zone', parent_id: city.id, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
        .returning('id').executeTakeFirstOrThrow();
      await t.database.db.updateTable('organisations').set({ path: `${city.path}${id}/` }).where('id', '=', id).execute();
      org['XLSX-1'] = id;
      await insertMonth('XLSX-1', 2026, 2, 'approved', [{ code: FAI, ytd: '5', yoy: '-3.5' }]);
      for (const url of ['/api/dashboard/overview.xlsx?period=2026-02', `/api/dashboard/ranking.xlsx?period=2026-02&indicator=${FAI}&measure=yoy`]) {
        const response = await call('reviewer', 'GET', url);
        expect(response.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0]!;
        const values: unknown[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
        expect(values, url).toContain("'=1+1");
        expect(values, url).not.toContain('=1+1');
        expect(values, url).toContain(-3.5);
      }
    });

    it('replaces linear time progress with the target schedule', async () => {
      // 东西湖区: 30 % done; a monthly schedule due 40 % by February → 75 % of time progress → yellow.
      const shares = ['20', '40', '50', '55', '60', '65', '70', '75', '80', '85', '90', '100'];
      await gdpTarget('420112', '100', 1, { kind: 'monthly', shares });
      expect(gdpCell((await overview('reviewer')).rows, '420112')).toMatchObject({ timeProgress: '40', progressGap: '-10', card: 'yellow' });
    });

    it('follows the configured rules: no card once the Wuhan rule is disabled', async () => {
      const rules = (await ok('reviewer', 'GET', '/api/warning-rules')).items as Json[];
      const wuhan = rules.find((r) => r.code === 'wuhan.progress_ratio')!;
      await ok('reviewer', 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: false, config: wuhan.config as Json, version: wuhan.version });
      expect((await ok('reviewer', 'GET', '/api/dashboard/warnings?period=2026-02')).cards).toEqual([]);
      expect(gdpCell((await overview('reviewer')).rows, '420104')?.card).toBeNull();
    });
  });
});
