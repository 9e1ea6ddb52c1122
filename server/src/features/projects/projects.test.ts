// The project library through the HTTP API on both databases: create, read, list, update with its
// version, the district's scope, duplicates across districts, and every bad input refused with a
// localized message and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectListSchema, projectSchema, type Project } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../test/dialects';
import { snapshotDatabase, type Refusal } from '../../test/db-snapshot';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject, projectBody } from './projects.test-helpers';

type Json = Record<string, unknown>;
interface ErrorBody { code: string; message: string; details?: { path: string; message: string }[] }

describeEachDialect('projects (重大项目)', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let jiangan: string;
  let reviewer: string;
  const org: Record<string, number> = {};

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const create = async (change: Json = {}, cookie = wuchang) => {
    const { status, body } = await send('POST', '/api/projects', cookie, projectBody(change));
    expect(status, JSON.stringify(body)).toBe(201);
    return projectSchema.parse(body);
  };
  /** A refusal with its status and code, a detail at `path`, and nothing written but the refusal's audit row. */
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code: string, path?: RegExp, refusal: Refusal = status === 404 || status === 403 ? 'denied' : 'failed') => {
    const before = await snapshotDatabase(t.database.db, refusal);
    const { status: got, body } = await request();
    const error = body as unknown as ErrorBody;
    expect(got, JSON.stringify(body)).toBe(status);
    expect(error.code).toBe(code);
    if (path) expect(error.details?.map((d) => d.path).join(' '), JSON.stringify(body)).toMatch(path);
    expect(await snapshotDatabase(t.database.db, refusal)).toBe(before);
    return error;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, jiangan, reviewer] = await Promise.all([t.login('wuchang'), t.login('jiangan'), t.login('reviewer')]);
    for (const code of ['420106', '420102', '420106-ZNL']) org[code] = await t.orgId(code);
  });
  afterAll(() => t.close());

  describe('create and read', () => {
    it('creates a project of the operator\'s district with exact amounts, a code of its own and an audit row', async () => {
      const project = await create({ name: '武昌滨江总部基地', totalInvestment: '１２０,０００.５', annualPlan: '30000.25', schedule: { kind: 'quarterly', shares: ['20', '50', '75', '100'] } });
      expect(project).toMatchObject({
        organisationId: org['420106'], organisationName: '武昌区', code: '420106-2026-001', name: '武昌滨江总部基地',
        totalInvestment: '120000.5', annualPlan: '30000.25', planYear: 2026, version: 1, actions: { edit: true }, duplicates: [],
        ownerCreditCode: '91110000710925462X', longitude: 114.33, latitude: 30.54, tags: ['headquarters'],
        planned: { signing: '2024-05-01', start: '2025-03-01', completion: '2027-12-31', land: null },
        schedule: { kind: 'quarterly', shares: ['20', '50', '75', '100'] },
      });
      // The plan month by month, from its schedule, adds up to the annual plan exactly.
      const months = project.monthlyPlan.map(Number);
      expect(months.slice(0, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(6000.05, 6);
      expect(project.monthlyPlan.reduce((a, b) => a + BigInt(Math.round(Number(b) * 1e6)), 0n)).toBe(30_000_250_000n);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project.create').where('entity_id', '=', String(project.id)).executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json!)).toMatchObject({ code: '420106-2026-001', total_investment: '120000.5', annual_plan: '30000.25' });
      const second = await create();
      expect(second.code).toBe('420106-2026-002');
    });

    it('lets the city reviewer read it without the right to edit', async () => {
      const project = await create();
      const { status, body } = await send('GET', `/api/projects/${project.id}`, reviewer);
      expect(status).toBe(200);
      expect((body as unknown as Project).actions.edit).toBe(false);
    });

    it('answers another district\'s project exactly like a missing one', async () => {
      const theirs = await insertProject(t, '420102');
      const other = await refused(() => send('GET', `/api/projects/${theirs}`, wuchang), 404, 'NOT_FOUND');
      const missing = await send('GET', '/api/projects/999999', wuchang);
      expect({ ...missing.body, requestId: null }).toEqual({ ...other, requestId: null });
    });
  });

  describe('list', () => {
    it('shows a district only its own projects and the city all, filtered, sorted and paged', async () => {
      await insertProject(t, '420106', { name: '列表测试甲', category: 'headquarters', total_investment: 200_000_000_000n, annual_plan: 0n });
      await insertProject(t, '420102', { name: '列表测试乙', category: 'headquarters', total_investment: 150_000_000_000n, annual_plan: 0n });
      const list = async (cookie: string, query: string) => {
        const { status, body } = await send('GET', `/api/projects?${query}`, cookie);
        expect(status, JSON.stringify(body)).toBe(200);
        return projectListSchema.parse(body);
      };
      const own = await list(wuchang, 'q=列表测试');
      expect(own.items.map((i) => i.name)).toEqual(['列表测试甲']);
      const city = await list(reviewer, 'q=列表测试&sort=totalInvestment&order=desc');
      expect(city.items.map((i) => [i.name, i.organisationName, i.totalInvestment])).toEqual([['列表测试甲', '武昌区', '200000'], ['列表测试乙', '江岸区', '150000']]);
      const filtered = await list(reviewer, `category=headquarters&organisationId=${org['420102']}`);
      expect(filtered.items.every((i) => i.organisationId === org['420102'] && i.category === 'headquarters')).toBe(true);
      const all = await list(reviewer, 'pageSize=1&page=1&sort=code');
      const page2 = await list(reviewer, 'pageSize=1&page=2&sort=code');
      expect(all.total).toBeGreaterThan(1);
      expect(all.items).toHaveLength(1);
      expect(page2.items[0]!.code > all.items[0]!.code).toBe(true);
    });

    it('refuses a page larger than the limit', async () => {
      const { status, body } = await send('GET', '/api/projects?pageSize=5000', reviewer);
      expect(status).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('update', () => {
    it('changes a project read at its version, and answers 409 to an edit of an older one, writing nothing', async () => {
      const project = await create();
      const { status, body } = await send('PUT', `/api/projects/${project.id}`, wuchang, projectBody({ name: '改名后的项目', annualPlan: '40000', version: 1 }));
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ name: '改名后的项目', annualPlan: '40000', version: 2, code: project.code });
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project.update').where('entity_id', '=', String(project.id)).executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!)).toMatchObject({ version: 1, annual_plan: '30000' });
      expect(JSON.parse(audit.after_json!)).toMatchObject({ version: 2, annual_plan: '40000', name: '改名后的项目' });
      await refused(() => send('PUT', `/api/projects/${project.id}`, wuchang, projectBody({ name: '过时的修改', version: 1 })), 409, 'STALE_VERSION');
    });

    it('refuses to change another district\'s project (404, nothing written)', async () => {
      const theirs = await insertProject(t, '420102');
      await refused(() => send('PUT', `/api/projects/${theirs}`, wuchang, projectBody({ version: 1 })), 404, 'NOT_FOUND');
    });

    it('refuses a code another project has', async () => {
      const a = await create();
      const b = await create();
      await refused(() => send('PUT', `/api/projects/${b.id}`, wuchang, projectBody({ code: a.code, version: 1 })), 409, 'PROJECT_CODE_TAKEN', /body\.code/);
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ code: a.code })), 409, 'PROJECT_CODE_TAKEN');
    });
  });

  describe('bad input is refused with a localized message and nothing written', () => {
    it('a project in another district\'s scope, or in a street', async () => {
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ organisationId: org['420102'] })), 404, 'NOT_FOUND');
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ organisationId: org['420106-ZNL'] })), 400, 'NOT_A_REPORTING_UNIT');
    });

    it('a start date before signing', async () => {
      const body = projectBody({ actual: { signing: '2024-05-10', start: '2024-05-01' } });
      const zh = await refused(() => send('POST', '/api/projects', wuchang, body), 422, 'PROJECT_MILESTONE_ORDER', /body\.actual\.start/);
      expect(zh.message).toBe('实际开工日期（2024-05-01）早于实际签约日期（2024-05-10）');
      const en = await refused(() => send('POST', '/api/projects', wuchang, body, 'en'), 422, 'PROJECT_MILESTONE_ORDER');
      expect(en.message).toBe('The actual start date (2024-05-01) is before the actual signing date (2024-05-10)');
      const tw = await refused(() => send('POST', '/api/projects', wuchang, body, 'zh-TW'), 422, 'PROJECT_MILESTONE_ORDER');
      expect(tw.message).toBe('實際開工日期（2024-05-01）早於實際簽約日期（2024-05-10）');
    });

    it('an annual plan above the total investment', async () => {
      const error = await refused(() => send('POST', '/api/projects', wuchang, projectBody({ totalInvestment: '50000', annualPlan: '50000.01' })), 422, 'PROJECT_ANNUAL_PLAN_ABOVE_TOTAL', /body\.annualPlan/);
      expect(error.message).toBe('年度计划投资不能超过项目总投资');
    });

    it('a bad credit code', async () => {
      const error = await refused(() => send('POST', '/api/projects', wuchang, projectBody({ ownerCreditCode: '91110000710925462Y' })), 422, 'PROJECT_CREDIT_CODE_INVALID', /body\.ownerCreditCode/);
      expect(error.message).toContain('91110000710925462Y');
    });

    it('a city-level project below its category\'s entry threshold, every problem listed', async () => {
      const error = await refused(() => send('POST', '/api/projects', wuchang, projectBody({ category: 'headquarters', totalInvestment: '99999', annualPlan: '100000' }), 'en'), 422, 'PROJECT_ANNUAL_PLAN_ABOVE_TOTAL');
      expect(error.details!.map((d) => d.path)).toEqual(['body.annualPlan', 'body.totalInvestment']);
      expect(error.details![1]!.message).toContain('Headquarters economy');
      expect(error.details![1]!.message).toContain('10');
    });

    it('a status in the year that the dates contradict, and an amount that is no number', async () => {
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ yearStatus: 'preparatory', stage: 'land', actual: { signing: '2024-05-10', start: '2025-03-18' } })), 422, 'PROJECT_STAGE_BEFORE_ACTUAL');
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ totalInvestment: '12abc' })), 400, 'NUMBER_INVALID', /body\.totalInvestment/);
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ annualPlan: '' })), 400, 'PROJECT_AMOUNT_REQUIRED', /body\.annualPlan/);
      await refused(() => send('POST', '/api/projects', wuchang, projectBody({ level: 'national' })), 400, 'VALIDATION_FAILED', /body\.level/);
    });

    it('a write by a role that may only read', async () => {
      await refused(() => send('POST', '/api/projects', reviewer, projectBody()), 403, 'FORBIDDEN');
    });
  });

  describe('duplicates across districts', () => {
    it('warns of a name or an owner another district has, naming the district and nothing else of its project', async () => {
      const mine = await create({ name: '光谷南大健康产业园（一期）' });
      const { status, body } = await send('POST', '/api/projects', jiangan, projectBody({ name: '光谷南大健康产业园 (一期)', ownerCreditCode: null }));
      expect(status, JSON.stringify(body)).toBe(201);
      const project = projectSchema.parse(body);
      expect(project.duplicates).toEqual([{ match: 'name', organisationName: '武昌区', code: null, message: '武昌区已有同名项目，请核实是否重复录入' }]);
      // The city, which may see both, is told the other project's code.
      const city = await send('GET', `/api/projects/${project.id}`, reviewer);
      expect((city.body as unknown as Project).duplicates[0]).toMatchObject({ organisationName: '武昌区', code: mine.code });
    });
  });
});
