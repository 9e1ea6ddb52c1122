// The dispatch through the HTTP API on both databases: the warning lists from the city's rules,
// projects in statistics beside the district's fixed-asset investment, the dashboard's aggregates,
// the map with the uploaded boundaries, the city approval with its threshold, and the events; a
// district sees its own projects only, and every refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cityApprovalSchema,
  indicatorLinkListSchema,
  projectDashboardSchema,
  projectEventListSchema,
  projectMapSchema,
  projectWarningListSchema,
} from '@hongtu/contracts/project-dispatch';
import { describeEachDialect } from '../../test/dialects';
import { snapshotDatabase } from '../../test/db-snapshot';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject, insertReport, wan } from '../projects/projects.test-helpers';
import { approveMonth, openPeriod } from '../spreadsheets/spreadsheets.test-helpers';
import { SCHEMATIC_BOUNDARY } from './project-dispatch.test-helpers';

type Json = Record<string, unknown>;

describeEachDialect('project dispatch (项目调度)', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let reviewer: string;
  let leader: string;
  const ids: Record<string, number> = {};

  const get = async (url: string, cookie: string, locale = 'zh-CN') => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': locale } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Json;
  };
  const send = async (method: 'PUT' | 'POST', url: string, cookie: string, payload: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, payload });
    return { status: response.statusCode, body: response.json() as Json };
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, reviewer, leader] = await Promise.all([t.login('wuchang'), t.login('reviewer'), t.login('leader')]);
    // The city's rules: Wuhan's (on by default) and Yinchuan's traffic lights switched on.
    await t.database.db.updateTable('warning_rules').set({ enabled: 1 }).where('code', 'like', 'yinchuan.%').execute();
    const approved = (month: number, ytd: number, inStatistics = 1) => ({ month, month_investment: wan(ytd), ytd_investment: wan(ytd), in_statistics: inStatistics, status: 'approved' as const });
    // Behind: 3,000 of a 30,000 plan by March is 10 % against 25 % (ratio 40 % → red); the city leader contacts it.
    ids.behind = await insertProject(t, '420106', { name: '武昌落后项目', contact_leader: '市领导', longitude: wan(114.33), latitude: wan(30.54) });
    await insertReport(t, ids.behind, 'approved', approved(3, 3_000));
    // Planned to start in February, not started.
    ids.pending = await insertProject(t, '420106', {
      name: '武昌未开工项目', year_status: 'preparatory', stage: 'land', planned_start: '2026-02-01', actual_start: null, planned_completion: '2028-12-31',
      longitude: wan(114.45), latitude: wan(30.70),
    });
    // Reported in January only: stalled by March.
    ids.stalled = await insertProject(t, '420106', { name: '武昌停滞项目' });
    await insertReport(t, ids.stalled, 'approved', approved(1, 2_500));
    // On time, but not in statistics (江岸区).
    ids.outside = await insertProject(t, '420102', { name: '江岸未纳统项目', longitude: wan(114.30), latitude: wan(30.62) });
    await insertReport(t, ids.outside, 'approved', approved(3, 7_500, 0));
    // On time and in statistics: on no list.
    ids.fine = await insertProject(t, '420106', { name: '武昌正常项目' });
    await insertReport(t, ids.fine, 'approved', approved(3, 8_000));
    // A draft is not filed: it neither reports nor counts.
    await insertReport(t, ids.fine, 'draft', { month: 2, month_investment: wan(1), ytd_investment: wan(1) });
  });
  afterAll(() => t.close());

  describe('warnings', () => {
    it('puts each project on its lists with the reasons in words, most severe first', async () => {
      const list = projectWarningListSchema.parse(await get('/api/project-dispatch/warnings?period=2026-03', reviewer));
      const byName = Object.fromEntries(list.items.map((i) => [i.name, i]));
      expect(Object.keys(byName).sort()).toEqual(['武昌停滞项目', '武昌未开工项目', '武昌落后项目', '江岸未纳统项目'].sort());
      expect(byName['武昌落后项目']).toMatchObject({ kinds: ['behind'], colour: 'red', completion: '10', timeProgress: '25', ytdInvestment: '3000', annualPlan: '30000' });
      expect(byName['武昌落后项目']!.reasons.join()).toMatch(/60%.*红牌/);
      expect(byName['武昌未开工项目']).toMatchObject({ kinds: ['not_started'], colour: 'yellow' });
      expect(byName['武昌停滞项目']).toMatchObject({ kinds: ['stalled'], colour: 'yellow', monthsWithoutReport: 2 });
      expect(byName['武昌停滞项目']!.reasons).toEqual(['已开工，连续2个月未报送月度进展 → 黄牌']);
      expect(byName['江岸未纳统项目']).toMatchObject({ kinds: ['not_in_statistics'], colour: 'yellow' });
      expect(list.items[0]!.colour).toBe('red');
      expect(list.counts).toEqual({ behind: 1, not_started: 1, stalled: 1, not_in_statistics: 1 });
    });

    it('filters by list and by the stall rule\'s months, and speaks the reader\'s language', async () => {
      const stalled = projectWarningListSchema.parse(await get('/api/project-dispatch/warnings?period=2026-03&kind=stalled', reviewer, 'en'));
      expect(stalled.items.map((i) => i.name)).toEqual(['武昌停滞项目']);
      expect(stalled.items[0]!.reasons[0]).toContain('no monthly report for 2 months in a row');
      const patient = projectWarningListSchema.parse(await get('/api/project-dispatch/warnings?period=2026-03&stalledMonths=3', reviewer));
      expect(patient.items.map((i) => i.name)).not.toContain('武昌停滞项目');
      const tw = projectWarningListSchema.parse(await get('/api/project-dispatch/warnings?period=2026-03&kind=behind', reviewer, 'zh-TW'));
      expect(tw.items[0]!.reasons[0]).toContain('紅牌');
    });

    it('shows a district its own projects only', async () => {
      const list = projectWarningListSchema.parse(await get('/api/project-dispatch/warnings?period=2026-03', wuchang));
      expect(list.items.map((i) => i.organisationName)).not.toContain('江岸区');
      expect(list.items).toHaveLength(3);
      const theirs = projectWarningListSchema.parse(await get(`/api/project-dispatch/warnings?period=2026-03&organisationId=${await t.orgId('420102')}`, wuchang));
      expect(theirs.items).toEqual([]);
    });

    it('refuses a month that is no month, and a stall rule out of range', async () => {
      for (const url of ['/api/project-dispatch/warnings?period=2026-13', '/api/project-dispatch/warnings?period=2026-03&stalledMonths=0', '/api/project-dispatch/warnings?period=2026-03&kind=late']) {
        const response = await t.app.inject({ method: 'GET', url, headers: { cookie: reviewer } });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('projects in statistics beside the district\'s fixed-asset investment', () => {
    it('sets the projects\' sum beside the approved figure, with the difference and the share', async () => {
      const periodKey = await openPeriod(t, 2026, 3);
      await approveMonth(t, wuchang, reviewer, periodKey, await t.orgId('420106'), [{ indicatorCode: 'fixed_asset_investment', ytdValue: '52.31' }]);
      const link = indicatorLinkListSchema.parse(await get('/api/project-dispatch/indicator-link?period=2026-03', reviewer));
      const wuchangRow = link.rows.find((r) => r.organisationName === '武昌区')!;
      // In statistics in March: 3,000 + 8,000 (the 江岸 project is not in statistics, the stalled one has no March report).
      expect(wuchangRow).toMatchObject({ projectCount: 2, projectsYtd: '11000', reportedYtd: '523100', difference: '512100', flag: 'consistent' });
      expect(wuchangRow.explanation).toBe('2个纳统项目完成投资占全区固定资产投资的2.1%');
      const jiangan = link.rows.find((r) => r.organisationName === '江岸区')!;
      expect(jiangan).toMatchObject({ projectCount: 0, reportedYtd: null, flag: 'no_projects' });
      const own = indicatorLinkListSchema.parse(await get('/api/project-dispatch/indicator-link?period=2026-03', wuchang));
      expect(own.rows.map((r) => r.organisationName)).toEqual(['武昌区']);
    });
  });

  describe('dashboard', () => {
    it('counts projects by stage and status and sets plan against actual per district and month, ranked against time progress', async () => {
      const board = projectDashboardSchema.parse(await get('/api/project-dispatch/dashboard?period=2026-03', reviewer));
      expect(board.timeProgress).toBe('25');
      expect(board.byYearStatus).toEqual(expect.arrayContaining([{ key: 'continuing', count: 4 }, { key: 'preparatory', count: 1 }]));
      expect(board.byStage.reduce((s, c) => s + c.count, 0)).toBe(5);
      const wc = board.districts.find((d) => d.organisationName === '武昌区')!;
      expect(wc).toMatchObject({ projectCount: 4, annualPlan: '120000', ytdInvestment: '13500', plannedStarts: 1, started: 0, startRate: '0' });
      expect(wc.months).toEqual([
        { month: 1, planned: '10000', actual: '2500' },
        { month: 2, planned: '10000', actual: '0' },
        { month: 3, planned: '10000', actual: '11000' },
      ]);
      const ja = board.districts.find((d) => d.organisationName === '江岸区')!;
      expect(ja).toMatchObject({ ytdInvestment: '7500', completion: '25', gap: '0', rank: 1, plannedStarts: 0, startRate: null });
      expect(wc.rank).toBe(2);
      expect(board.own).toEqual([]);
    });

    it('gives the leader the projects he contacts (包联) with their warnings', async () => {
      const board = projectDashboardSchema.parse(await get('/api/project-dispatch/dashboard?period=2026-03', leader));
      expect(board.own.map((p) => [p.name, p.colour])).toEqual([['武昌落后项目', 'red']]);
    });
  });

  describe('map', () => {
    it('shows no boundary until the city uploads one, then checks each point against its district', async () => {
      const before = projectMapSchema.parse(await get('/api/project-dispatch/map?period=2026-03', reviewer));
      expect(before.boundary).toBeNull();
      expect(before.points.map((p) => p.inside)).toEqual([null, null, null]);

      const uploaded = await send('PUT', '/api/project-dispatch/boundaries', reviewer, { name: '测试区界', source: '测试用示意图', geojson: SCHEMATIC_BOUNDARY });
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
      expect(uploaded.body).toMatchObject({ name: '测试区界', unmatched: ['无此区'] });
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project_boundary.upload').executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json!)).toMatchObject({ name: '测试区界', source: '测试用示意图' });

      const map = projectMapSchema.parse(await get('/api/project-dispatch/map?period=2026-03', reviewer));
      const byName = Object.fromEntries(map.points.map((p) => [p.name, p]));
      expect(byName['武昌落后项目']).toMatchObject({ inside: true, colour: 'red', longitude: 114.33, latitude: 30.54 });
      expect(byName['武昌未开工项目']).toMatchObject({ inside: false, colour: 'yellow' });
      expect(byName['江岸未纳统项目']).toMatchObject({ inside: true });
      const own = projectMapSchema.parse(await get('/api/project-dispatch/map?period=2026-03', wuchang));
      expect(own.points.map((p) => p.name).sort()).toEqual(['武昌未开工项目', '武昌落后项目'].sort());
    });

    it('refuses a boundary that is not a closed ring, naming the district, and writes nothing', async () => {
      const before = await snapshotDatabase(t.database.db, 'failed');
      const open = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '武昌区' }, geometry: { type: 'Polygon', coordinates: [[[114, 30], [115, 30], [115, 31], [114, 31]]] } }] };
      const refused = await send('PUT', '/api/project-dispatch/boundaries', reviewer, { name: '坏文件', source: '测试', geojson: open });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'PROJECT_BOUNDARY_MALFORMED', message: '区界文件中“武昌区”的边界不是闭合的经纬度多边形' });
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);
    });
  });

  describe('city list', () => {
    it('takes a district project into the city list once, with its version and an audit row', async () => {
      const id = await insertProject(t, '420106', { level: 'district', category: 'infrastructure', total_investment: wan(50_000), annual_plan: wan(5_000) });
      const approved = await send('POST', `/api/projects/${id}/city-approval`, reviewer, { version: 1 });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      expect(cityApprovalSchema.parse(approved.body)).toMatchObject({ projectId: id, level: 'city', version: 2, approvedBy: '市发改委审核员' });
      const row = await t.database.db.selectFrom('projects').select(['level', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ level: 'city', version: 2 });
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project.city_approve').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!)).toEqual({ level: 'district', version: 1 });

      const again = await send('POST', `/api/projects/${id}/city-approval`, reviewer, { version: 2 });
      expect(again).toMatchObject({ status: 409, body: { code: 'PROJECT_ALREADY_IN_CITY_LIST' } });
      const stale = await send('POST', `/api/projects/${id}/city-approval`, reviewer, { version: 1 });
      expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_VERSION' } });
    });

    it('refuses a project below its category\'s entry threshold, in words, and writes nothing', async () => {
      const id = await insertProject(t, '420106', { level: 'district', category: 'headquarters', total_investment: wan(99_999), annual_plan: wan(5_000) });
      const before = await snapshotDatabase(t.database.db, 'failed');
      const refused = await send('POST', `/api/projects/${id}/city-approval`, reviewer, { version: 1 });
      expect(refused).toMatchObject({ status: 400, body: { code: 'PROJECT_CITY_LIST_THRESHOLD', message: '总部经济项目总投资须不低于10亿元才能列入市重点项目' } });
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);
      const en = await send('POST', `/api/projects/${id}/city-approval`, reviewer, { version: 1 }, 'en');
      expect((en.body as { message: string }).message).toContain('headquarters economy');
    });
  });

  describe('events', () => {
    it('lists a district\'s mass starts with their stated count and investment, and the projects of the batch it may see', async () => {
      const org = await t.orgId('420106');
      const event = await t.database.db.insertInto('project_events').values({
        organisation_id: org, kind: 'mass_start', title: '一季度重大项目集中开工', held_in: '2026-03', project_count: 2, total_investment: wan(35.5),
        source_file: null, source_quote: null, created_at: 'x',
      }).returning('id').executeTakeFirstOrThrow();
      await t.database.db.insertInto('project_event_projects').values([{ event_id: event.id, project_id: ids.behind! }, { event_id: event.id, project_id: ids.fine! }]).execute();
      const list = projectEventListSchema.parse(await get('/api/project-dispatch/events', reviewer));
      expect(list.items).toEqual([expect.objectContaining({ kind: 'mass_start', projectCount: 2, totalInvestment: '35.5', organisationName: '武昌区', projects: expect.arrayContaining([{ id: ids.behind, name: '武昌落后项目' }]) })]);
      const jiangan = await t.login('jiangan');
      expect(projectEventListSchema.parse(await get('/api/project-dispatch/events', jiangan)).items).toEqual([]);
    });
  });
});
