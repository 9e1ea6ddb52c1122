import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import type { KyselyPlugin } from 'kysely';
import { describeEachDialect } from '../../test/dialects';
import { createDashboardReadModel, overviewRawSql } from './dashboards.read-model';
import { dashboardsFixture, FAI, type Json } from './dashboards.test-fixture';

describeEachDialect('dashboards', (dialect) => {
  const f = dashboardsFixture(dialect);
  const { org, call, ok, gdpTarget, indicatorId, insertMonth, overview, gdpCell } = f;

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
      const result = await overview('reviewer', `&groupId=${f.centralGroup}`);
      expect(result.rows).toHaveLength(7);
      expect(result.rows.some((r) => r.organisationId === org['420112'])).toBe(false);
      expect(gdpCell(result.rows, '420106')).toMatchObject({ rank: 2, groupRank: 1 });
      // City: (12.85 + 12.85 + 9 + 30) / 4; central group: (12.85 + 12.85 + 9) / 3.
      expect(result.averages.find((a) => a.indicatorCode === FAI)).toMatchObject({ cityCompletion: '16.175', groupCompletion: '11.566667' });
    });

    it('agrees with the raw SQL aggregate the benchmark compares it with', async () => {
      const raw = await overviewRawSql(f.t.database.db, '2026-02');
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
      const model = createDashboardReadModel({ db: f.t.database.db.withPlugin(counting), clock: f.t.clock });
      const city = await f.t.database.db.selectFrom('organisations').selectAll().where('code', '=', '420100').executeTakeFirstOrThrow();
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
      const group = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=progressGap&groupId=${f.centralGroup}`);
      expect((group.rows as Json[]).slice(0, 3).map((r) => [r.organisationId, r.value, r.rank])).toEqual([
        [org['420103'], '-3.816667', 1], [org['420106'], '-3.816667', 1], [org['420104'], '-7.666667', 3],
      ]);
      expect(group.average).toBe('-5.1');
    });

    it('exports a grouped ranking with the group\'s own total line, never 各区合计', async () => {
      const groupName = (await f.t.database.db.selectFrom('organisation_groups').select('name').where('id', '=', f.centralGroup).executeTakeFirstOrThrow()).name;
      const read = async (query: string) => {
        const response = await call('reviewer', 'GET', `/api/dashboard/ranking.xlsx?period=2026-02&indicator=${FAI}&measure=progressGap${query}`);
        expect(response.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.raw as unknown as ArrayBuffer);
        const names: unknown[] = [];
        workbook.worksheets[0]!.getColumn(3).eachCell((cell) => names.push(cell.value));
        return names;
      };
      const grouped = await read(`&groupId=${f.centralGroup}`);
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

  describe('growth on the base it stands on', () => {
    it('computes growth against an adjusted base (同口径) when the unit gives one, and weighs the group with that base', async () => {
      const db = f.t.database.db;
      const figure = await db.selectFrom('figures as f').innerJoin('submissions as s', 's.id', 'f.submission_id').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select('f.id').where('s.organisation_id', '=', org['420106']!).where('p.year', '=', 2026).where('p.month', '=', 2)
        .where('f.indicator_id', '=', await indicatorId(FAI)).executeTakeFirstOrThrow();
      await db.updateTable('figures').set({ adjusted_base: toScaled('10'), reported_yoy_comparable: null, comparable_reason: '进规企业调整' }).where('id', '=', figure.id).execute();
      try {
        // The comparable basis comes before the natural one: (12.85 − 10) / 10 = 28.5 %, beside the natural 11.74 %.
        expect(gdpCell((await overview('reviewer')).rows, '420106')).toMatchObject({ growth: '28.5', yoy: '11.73913', reportedYoy: '11.74' });
        // The group weighs 武昌 with that base: the ranking's growth figure of 武昌 alone is its own rate.
        const group = await ok('reviewer', 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=yoy&groupId=${f.centralGroup}`);
        expect(group.average).toBe('28.5');
      } finally {
        await db.updateTable('figures').set({ adjusted_base: null, comparable_reason: null, reported_yoy: toScaled('11.74') }).where('id', '=', figure.id).execute();
      }
    });

    it('keeps last year\'s month as approved while a revision of it is open', async () => {
      const db = f.t.database.db;
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
      const city = await f.t.database.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', '420100').executeTakeFirstOrThrow();
      const { id } = await f.t.database.db.insertInto('organisations')
        .values({ code: 'XLSX-1', name: '=1+1', kind: 'zone', parent_id: city.id, path: '', division_code: null, created_at: 'x', updated_at: 'x' })
        .returning('id').executeTakeFirstOrThrow();
      await f.t.database.db.updateTable('organisations').set({ path: `${city.path}${id}/` }).where('id', '=', id).execute();
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
