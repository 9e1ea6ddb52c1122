import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemDispatchSchema, problemListSchema, problemSchema } from '@hongtu/contracts/project-problems';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';

describeEachDialect('project problems (项目问题)', (dialect) => {
  let t: TestApp;
  let wuchangProject: number;
  let jianganProject: number;
  let fgw: number;
  let swj: number;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, locale = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie: await as(user), 'accept-language': locale }, ...(payload ? { payload } : {}) });
  const count = async (table: 'project_problems' | 'project_problem_events') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const raise = async (change: Record<string, unknown> = {}, user = 'wuchang') =>
    call(user, 'POST', '/api/project-problems', { projectId: wuchangProject, category: 'land', title: '用地报批滞后', description: '土地指标尚未下达', departmentId: fgw, deadlineDays: 5, ...change });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchangProject = await insertProject(t, '420106', { name: '武昌测试项目' });
    jianganProject = await insertProject(t, '420102', { name: '江岸测试项目' });
    fgw = await t.orgId('WH-FGW');
    swj = await t.orgId('WH-SWJ');
  });
  afterAll(() => t.close());

  it('raises a problem with a deadline in working days, answered by the department and closed by the raiser, every step audited', async () => {
    // Thursday 5 March 2026 + 5 working days = Thursday 12 March.
    const raised = await raise();
    expect(raised.statusCode, raised.body).toBe(201);
    const problem = problemSchema.parse(raised.json());
    expect(problem).toMatchObject({ status: 'assigned', raisedOn: '2026-03-05', dueOn: '2026-03-12', departmentName: '武汉市发展和改革委员会', overdue: false, calendarKnown: true });
    expect(problem.actions).toMatchObject({ close: false, answer: false, attach: true });

    const seen = await call('fgw', 'GET', `/api/project-problems/${problem.id}`);
    expect(seen.statusCode).toBe(200);
    expect(problemSchema.parse(seen.json()).actions).toMatchObject({ answer: true, decline: true, close: false });

    const answered = await call('fgw', 'POST', `/api/project-problems/${problem.id}/answer`, { version: 1, text: '已协调市自然资源和规划局，3月底前下达指标' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: '已协调市自然资源和规划局，3月底前下达指标' });
    // A repeated answer of the same version (a double click) changes nothing.
    const again = await call('fgw', 'POST', `/api/project-problems/${problem.id}/answer`, { version: 1, text: '已协调市自然资源和规划局，3月底前下达指标' });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(2);

    const closed = await call('wuchang', 'POST', `/api/project-problems/${problem.id}/close`, { version: 2 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-03-05', closeWorkingDays: 0 });
    const trail = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'project_problem').where('entity_id', '=', String(problem.id)).orderBy('id').execute();
    expect(trail.map((r) => r.action)).toEqual(['project_problem.raise', 'project_problem.answer', 'project_problem.close']);
    expect(problemSchema.parse(closed.json()).events.map((e) => e.action)).toEqual(['raise', 'answer', 'close']);
  });

  it('shows a district its own projects\' problems, a department those sent to it, the city all', async () => {
    const mine = problemSchema.parse((await raise({ title: '电力配套滞后', category: 'utilities', departmentId: swj })).json());
    const theirs = await call('jiangan', 'POST', '/api/project-problems', { projectId: jianganProject, category: 'funds', title: '专项债资金未到位', description: '', departmentId: fgw, deadlineDays: 10 });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const titles = async (user: string) => problemListSchema.parse((await call(user, 'GET', '/api/project-problems?open=true')).json()).items.map((i) => i.title).sort();
    expect(await titles('wuchang')).toEqual(['电力配套滞后']);
    expect(await titles('jiangan')).toEqual(['专项债资金未到位']);
    // 发改委 reads the whole city's figures by its grant, but sees only the problems sent to it.
    expect(await titles('fgw')).toEqual(['专项债资金未到位']);
    expect(await titles('reviewer')).toEqual(['专项债资金未到位', '电力配套滞后']);
    expect((await call('fgw', 'GET', `/api/project-problems/${mine.id}`)).statusCode).toBe(404);
    expect((await call('jiangan', 'GET', `/api/project-problems/${mine.id}`)).statusCode).toBe(404);
  });

  it('lets a department return a problem that is not its own, and the city send it to another', async () => {
    const problem = problemSchema.parse((await raise({ title: '施工用工短缺', category: 'labour' })).json());
    const declined = await call('fgw', 'POST', `/api/project-problems/${problem.id}/decline`, { version: 1, text: '属人社部门职责' });
    expect(declined.json()).toMatchObject({ status: 'declined' });
    const same = await call('reviewer', 'POST', `/api/project-problems/${problem.id}/assign`, { version: 2, departmentId: fgw, deadlineDays: 5 });
    expect(same.statusCode).toBe(422);
    expect(same.json().message).toContain('武汉市发展和改革委员会');
    const assigned = await call('reviewer', 'POST', `/api/project-problems/${problem.id}/assign`, { version: 2, departmentId: swj, deadlineDays: 3 });
    expect(assigned.statusCode, assigned.body).toBe(200);
    // Thursday 5 March + 3 working days = Tuesday 10 March.
    expect(assigned.json()).toMatchObject({ status: 'assigned', departmentName: '武汉市商务局（招商局）', dueOn: '2026-03-10', deadlineDays: 3 });
  });

  it('refuses bad input with a localized message and writes nothing', async () => {
    const before = [await count('project_problems'), await count('project_problem_events')];
    const other = await raise({ projectId: jianganProject });
    expect(other.statusCode).toBe(404);
    const notDepartment = await raise({ departmentId: await t.orgId('420102') });
    expect(notDepartment.statusCode).toBe(422);
    expect(notDepartment.json().message).toBe('请选择一个职能部门来办理该问题');
    const tw = await call('wuchang', 'POST', '/api/project-problems', { projectId: wuchangProject, category: 'land', title: '用地', description: '', departmentId: await t.orgId('420102'), deadlineDays: 5 }, 'zh-TW');
    expect(tw.json().message).toBe('請選擇一個職能部門來辦理該問題');
    expect((await raise({ deadlineDays: 0 })).statusCode).toBe(400);
    expect((await raise({ deadlineDays: 61 })).statusCode).toBe(400);
    expect((await raise({ title: '  ' })).statusCode).toBe(400);
    expect((await raise({}, 'fgw')).statusCode).toBe(403);
    expect([await count('project_problems'), await count('project_problem_events')]).toEqual(before);

    const open = problemSchema.parse((await raise({ title: '征收拆迁未完成', category: 'demolition' })).json());
    const early = await call('wuchang', 'POST', `/api/project-problems/${open.id}/close`, { version: 1 }, 'en');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('The problem is "with the department": it cannot be closed now');
    const notDue = await call('reviewer', 'POST', `/api/project-problems/${open.id}/supervise`, { version: 1, text: '请加快办理' });
    expect(notDue.statusCode).toBe(409);
    expect(notDue.json().message).toBe('该问题尚未超过办理期限（2026-03-12），不能督办');
    const stale = await call('fgw', 'POST', `/api/project-problems/${open.id}/answer`, { version: 7, text: '已办' });
    expect(stale.statusCode).toBe(409);
    expect(problemSchema.parse((await call('wuchang', 'GET', `/api/project-problems/${open.id}`)).json()).status).toBe('assigned');
  });

  it('escalates an overdue problem to 督办, lists the dispatch by district, department and age, and exports it', async () => {
    // Three weeks later (Thursday 26 March): every problem still with its department is overdue.
    t.clock.advanceMinutes(21 * 24 * 60);
    cookies.clear();
    const dispatch = problemDispatchSchema.parse((await call('reviewer', 'GET', '/api/project-problems/dispatch')).json());
    expect(dispatch.today).toBe('2026-03-26');
    expect(dispatch.items.every((p) => p.status !== 'closed')).toBe(true);
    const overdue = dispatch.items.filter((p) => p.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(dispatch.items.slice(0, overdue.length).every((p) => p.overdue)).toBe(true);
    expect(dispatch.byDistrict.map((d) => d.name).sort()).toEqual(['武昌区', '江岸区'].sort());
    const wuchang = dispatch.byDistrict.find((d) => d.name === '武昌区')!;
    expect(wuchang.oldestDays).toBe(21);

    const target = overdue.find((p) => p.districtName === '武昌区')!;
    expect(target.overdueWorkingDays).toBeGreaterThan(0);
    const supervised = await call('reviewer', 'POST', `/api/project-problems/${target.id}/supervise`, { version: target.version, text: '请于五个工作日内办结' });
    expect(supervised.statusCode, supervised.body).toBe(200);
    // Thursday 26 March + 5 working days = Thursday 2 April.
    expect(supervised.json()).toMatchObject({ supervisionCount: 1, dueOn: '2026-04-02', overdue: false });

    const onlyFgw = problemDispatchSchema.parse((await call('fgw', 'GET', '/api/project-problems/dispatch')).json());
    expect(onlyFgw.items.every((p) => p.departmentName === '武汉市发展和改革委员会')).toBe(true);

    const file = await call('reviewer', 'GET', '/api/project-problems/dispatch.xlsx');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('problem-dispatch-2026-03-26.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('项目问题调度清单')!;
    expect(sheet.getRow(1).getCell(5).value).toBe('问题');
    expect(sheet.rowCount).toBe(dispatch.items.length + 1);
  });

  it('counts the deadline in working days across 国庆 and its make-up Saturday', async () => {
    // Wednesday 30 September 2026 + 3 working days: 8, 9 and Saturday 10 October (调休).
    t.clock.advanceMinutes((Date.parse('2026-09-30T02:00:00Z') - t.clock.now().getTime()) / 60_000);
    cookies.clear();
    const raised = await raise({ deadlineDays: 3, title: '国庆前提出的问题' });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(raised.json()).toMatchObject({ raisedOn: '2026-09-30', dueOn: '2026-10-10' });
  });
});
