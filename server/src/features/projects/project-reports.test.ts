// A project's monthly reports through the HTTP API on both databases: saving drafts with their
// versions, the domain's checks of the amounts, the workflow (submit, return, approve — each
// repeated move harmless), the district's scope, and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectReportListSchema, projectReportSchema, type ProjectReport } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../test/dialects';
import { snapshotDatabase, type Refusal } from '../../test/db-snapshot';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject, insertReport } from './projects.test-helpers';

type Json = Record<string, unknown>;

describeEachDialect('project monthly reports', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let reviewer: string;

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json): Promise<ProjectReport> => {
    const { status, body } = await send(method, url, cookie, payload);
    expect(status, JSON.stringify(body)).toBe(200);
    return projectReportSchema.parse(body);
  };
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code: string, refusal: Refusal = status === 404 || status === 403 ? 'denied' : 'failed') => {
    const before = await snapshotDatabase(t.database.db, refusal);
    const { status: got, body } = await request();
    expect(got, JSON.stringify(body)).toBe(status);
    expect(body.code).toBe(code);
    expect(await snapshotDatabase(t.database.db, refusal)).toBe(before);
    return body as { code: string; message: string; details?: { path: string; message: string }[] };
  };
  const save = (monthInvestment: string, ytdInvestment: string, version: number, extra: Json = {}) => ({ monthInvestment, ytdInvestment, progressText: '主体结构施工至12层\n塔吊2台', problems: '', nextSteps: '', inStatistics: true, version, ...extra });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, reviewer] = await Promise.all([t.login('wuchang'), t.login('reviewer')]);
  });
  afterAll(() => t.close());

  it('starts a month empty, with what the plan expects by then', async () => {
    const id = await insertProject(t, '420106');
    const month = await ok('GET', `/api/projects/${id}/reports/2026-02`, wuchang);
    expect(month).toMatchObject({
      status: 'not_started', version: 0, monthInvestment: null, ytdInvestment: null, annualPlan: '30000', plannedYtd: '5000',
      timeProgress: '16.67', completion: null, actions: { edit: true, submit: true, approve: false, returnReport: false }, events: [],
    });
  });

  it('saves drafts month after month, year to date adding up, with completion against time progress', async () => {
    const id = await insertProject(t, '420106');
    const jan = await ok('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('1,200', '1200', 0));
    expect(jan).toMatchObject({ status: 'draft', version: 1, monthInvestment: '1200', ytdInvestment: '1200', inStatistics: true, progressText: '主体结构施工至12层\n塔吊2台' });
    const feb = await ok('PUT', `/api/projects/${id}/reports/2026-02`, wuchang, save('1370', '2570', 0));
    // 2,570 of 30,000 at the end of February: 8.57 %, 8.1 pp behind 16.67 %.
    expect(feb).toMatchObject({ previousYtd: '1200', completion: '8.57', timeProgress: '16.67', gap: '-8.1', plannedYtd: '5000' });
    const list = projectReportListSchema.parse((await send('GET', `/api/projects/${id}/reports`, reviewer)).body);
    expect(list.items.map((r) => [r.periodKey, r.ytdInvestment, r.previousYtd])).toEqual([['2026-01', '1200', null], ['2026-02', '2570', '1200']]);
    const again = await ok('PUT', `/api/projects/${id}/reports/2026-02`, wuchang, save('1380', '2580', 1));
    expect(again.version).toBe(2);
    expect(again.events.map((e) => [e.action, e.version])).toEqual([['save', 1], ['save', 2]]);
    const audit = await t.database.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'project_report.save').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ ytdInvestment: '2570', version: 1 });
    expect(JSON.parse(audit.after_json!)).toMatchObject({ ytdInvestment: '2580', version: 2 });
  });

  describe('bad input is refused with a localized message and nothing written', () => {
    it('a year to date that is not last month\'s plus this month', async () => {
      const id = await insertProject(t, '420106');
      await insertReport(t, id, 'draft');
      const error = await refused(() => send('PUT', `/api/projects/${id}/reports/2026-02`, wuchang, save('300', '900', 0)), 422, 'PROJECT_REPORT_YTD_MISMATCH');
      expect(error.message).toBe('本年累计完成投资应等于上月累计加本月完成，即800万元');
      expect(error.details![0]!.path).toBe('body.ytdInvestment');
    });

    it('a report for another district\'s project', async () => {
      const theirs = await insertProject(t, '420102');
      await refused(() => send('PUT', `/api/projects/${theirs}/reports/2026-01`, wuchang, save('100', '100', 0)), 404, 'NOT_FOUND');
      await refused(() => send('GET', `/api/projects/${theirs}/reports/2026-01`, wuchang), 404, 'NOT_FOUND');
    });

    it('a month not come yet, a month of another year, a year to date above the total, an amount missing', async () => {
      const id = await insertProject(t, '420106');
      await refused(() => send('PUT', `/api/projects/${id}/reports/2026-04`, wuchang, save('100', '100', 0)), 422, 'PROJECT_REPORT_FUTURE_MONTH');
      const other = await refused(() => send('PUT', `/api/projects/${id}/reports/2025-12`, wuchang, save('100', '100', 0), 'en'), 422, 'PROJECT_REPORT_OUTSIDE_PLAN_YEAR');
      expect(other.message).toBe('Reports are filed for the months of the plan year (2026) only');
      await refused(() => send('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('130000', '130000', 0)), 422, 'PROJECT_REPORT_YTD_ABOVE_TOTAL');
      await refused(() => send('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('100', '', 0)), 400, 'PROJECT_AMOUNT_REQUIRED');
      await refused(() => send('PUT', `/api/projects/${id}/reports/2026-13`, wuchang, save('100', '100', 0)), 400, 'VALIDATION_FAILED');
    });

    it('a save of an older version (409), and a save of a month with the city', async () => {
      const id = await insertProject(t, '420106');
      await insertReport(t, id, 'draft');
      await refused(() => send('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('600', '600', 0)), 409, 'STALE_VERSION');
      const submitted = await insertProject(t, '420106');
      await insertReport(t, submitted, 'submitted');
      const error = await refused(() => send('PUT', `/api/projects/${submitted}/reports/2026-01`, wuchang, save('600', '600', 1)), 409, 'PROJECT_REPORT_STATE');
      expect(error.message).toBe('项目月报当前状态（已报送待审）下不能执行此操作');
    });
  });

  it('goes draft → submitted → returned → submitted → approved, every repeated move harmless', async () => {
    const id = await insertProject(t, '420106');
    const url = `/api/projects/${id}/reports/2026-03`;
    await ok('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('1000', '1000', 0));
    await ok('PUT', `/api/projects/${id}/reports/2026-02`, wuchang, save('1000', '2000', 0));
    const draft = await ok('PUT', url, wuchang, save('1500', '3500', 0));
    // The operator may not decide; the reviewer may not submit.
    await refused(() => send('POST', `${url}/approve`, wuchang, { version: 1 }), 403, 'FORBIDDEN');
    await refused(() => send('POST', `${url}/submit`, reviewer, { version: 1 }), 403, 'FORBIDDEN');

    const submitted = await ok('POST', `${url}/submit`, wuchang, { version: draft.version });
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, actions: { edit: false, submit: false } });
    // A double click: the same answer, one event.
    const twice = await ok('POST', `${url}/submit`, wuchang, { version: draft.version });
    expect(twice.events.filter((e) => e.action === 'submit')).toHaveLength(1);
    const forReviewer = await ok('GET', url, reviewer);
    expect(forReviewer.actions).toEqual({ edit: false, submit: false, approve: true, returnReport: true });

    await refused(() => send('POST', `${url}/return`, reviewer, { version: 2, reason: '' }), 400, 'VALIDATION_FAILED');
    const returned = await ok('POST', `${url}/return`, reviewer, { version: 2, reason: '形象进度与照片不符，请核实' });
    expect(returned).toMatchObject({ status: 'returned', reason: '形象进度与照片不符，请核实', version: 3 });
    const fixed = await ok('PUT', url, wuchang, save('1600', '3600', 3));
    expect(fixed.status).toBe('returned');
    const again = await ok('POST', `${url}/submit`, wuchang, { version: fixed.version });
    expect(again).toMatchObject({ status: 'submitted', reason: null });

    await refused(() => send('POST', `${url}/approve`, reviewer, { version: 1 }), 409, 'STALE_VERSION');
    const approved = await ok('POST', `${url}/approve`, reviewer, { version: again.version });
    expect(approved.status).toBe('approved');
    expect(approved.approvedAt).not.toBeNull();
    const repeat = await ok('POST', `${url}/approve`, reviewer, { version: again.version });
    expect(repeat.version).toBe(approved.version);
    expect(approved.events.map((e) => e.action)).toEqual(['save', 'submit', 'return', 'save', 'submit', 'approve']);
    expect(approved.events.find((e) => e.action === 'approve')!.actorName).toBe('市发改委审核员');

    await refused(() => send('PUT', url, wuchang, save('1600', '3600', approved.version)), 409, 'PROJECT_REPORT_STATE');
    await refused(() => send('POST', `${url}/return`, reviewer, { version: approved.version, reason: '再看看' }), 409, 'PROJECT_REPORT_STATE');
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'project_report').where('result', '=', 'success').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['project_report.submit', 'project_report.return', 'project_report.approve']));
  });

  it('checks a report again when it is submitted: last month may have changed since', async () => {
    const id = await insertProject(t, '420106');
    await ok('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('1000', '1000', 0));
    const feb = await ok('PUT', `/api/projects/${id}/reports/2026-02`, wuchang, save('500', '1500', 0));
    await ok('PUT', `/api/projects/${id}/reports/2026-01`, wuchang, save('1100', '1100', 1));
    await refused(() => send('POST', `/api/projects/${id}/reports/2026-02/submit`, wuchang, { version: feb.version }), 422, 'PROJECT_REPORT_YTD_MISMATCH');
  });
});
