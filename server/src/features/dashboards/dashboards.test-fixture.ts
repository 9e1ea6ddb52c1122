// The dashboards' API tests share one month of data: February 2026 for five districts of Wuhan,
// through the real workflow where it matters (武昌区) and straight into the tables elsewhere.
import { afterAll, beforeAll, expect } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { districtDashboardSchema, overviewSchema, rankingSchema, warningBoardSchema } from '@hongtu/contracts';
import type { DialectName } from '../../db/connection';
import { buildTestApp, type TestApp } from '../../test/test-app';

export type Json = Record<string, unknown>;
export type Cell = { indicatorCode: string } & Json;
export type Row = { organisationId: number; organisationName: string; cells: Cell[] };
export const FAI = 'fixed_asset_investment';

/** The routes write their JSON without zod; every answer here must still match its contract. */
const CONTRACTS = [
  ['/api/dashboard/overview?', overviewSchema],
  ['/api/dashboard/ranking?', rankingSchema],
  ['/api/dashboard/district/', districtDashboardSchema],
  ['/api/dashboard/warnings?', warningBoardSchema],
] as const;

/** Registers the shared set-up (beforeAll / afterAll) in the calling describe block and returns its helpers. */
export function dashboardsFixture(dialect: DialectName) {
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};
  let t: TestApp;
  let centralGroup = 0;

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

  return {
    get t() { return t; },
    get centralGroup() { return centralGroup; },
    cookies, org, call, ok, gdpTarget, indicatorId, insertMonth, addFigure, overview, gdpCell,
  };
}
