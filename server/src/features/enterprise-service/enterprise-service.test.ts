import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  cultivationBoardSchema, enterpriseProblemCountsSchema, enterpriseProblemListSchema, enterpriseProblemSchema, liaisonBoardSchema,
} from '@hongtu/contracts/enterprise-service';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertDepartment } from '../project-problems/project-problems.test-helpers';
import { insertEnterprise } from './enterprise-service.test-helpers';

describeEachDialect('enterprise service (企业服务)', (dialect) => {
  let t: TestApp;
  let wuchangEnterprise: number;
  let jianganEnterprise: number;
  let fgw: number;
  let swj: number;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const call = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>, locale = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie: await as(user), 'accept-language': locale }, ...(payload ? { payload } : {}) });
  const tables = ['enterprise_problems', 'enterprise_problem_events', 'enterprise_visits', 'enterprise_liaisons', 'cultivation_candidates', 'cultivation_targets'] as const;
  const counts = async () => Promise.all(tables.map(async (table) => Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
  const base = '/api/enterprise-service';
  const raise = async (change: Record<string, unknown> = {}, user = 'wuchang', locale = 'zh-CN') =>
    call(user, 'POST', `${base}/problems`, { enterpriseId: wuchangEnterprise, category: 'finance', title: '流动资金贷款续贷困难', description: '企业反映一笔 500 万元贷款 4 月到期', departmentId: fgw, ...change }, locale);
  const trail = async (id: number) => (await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'enterprise_problem')
    .where('entity_id', '=', String(id)).orderBy('id').execute()).map((r) => r.action);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchangEnterprise = await insertEnterprise(t, '420106', '武汉测试光电有限公司');
    jianganEnterprise = await insertEnterprise(t, '420102', '江岸测试商贸有限公司');
    fgw = await t.orgId('WH-FGW');
    swj = await t.orgId('WH-SWJ');
  });
  afterAll(() => t.close());

  it('raises a problem, signed for in 1 working day and answered in its category\'s days; not satisfied, reopened; confirmed with satisfaction; every step audited', async () => {
    // Thursday 5 March 2026: signed for by Friday 6 March; 融资 (10 working days) answered by Thursday 19 March.
    const raised = await raise();
    expect(raised.statusCode, raised.body).toBe(201);
    const problem = enterpriseProblemSchema.parse(raised.json());
    expect(problem).toMatchObject({
      status: 'submitted', raisedOn: '2026-03-05', acknowledgeDueOn: '2026-03-06', answerDueOn: '2026-03-19', dueOn: '2026-03-06',
      workingDaysLeft: 1, departmentName: '武汉市发展和改革委员会', enterpriseName: '武汉测试光电有限公司', districtName: '武昌区', raisedVia: 'district',
    });
    expect(problem.actions).toMatchObject({ acknowledge: false, confirm: false });

    const seen = enterpriseProblemSchema.parse((await call('fgw', 'GET', `${base}/problems/${problem.id}`)).json());
    expect(seen.actions).toMatchObject({ acknowledge: true, answer: true, confirm: false });
    const acknowledged = await call('fgw', 'POST', `${base}/problems/${problem.id}/acknowledge`, { version: 1 });
    expect(acknowledged.json()).toMatchObject({ status: 'acknowledged', dueOn: '2026-03-19', workingDaysLeft: 10 });
    const answered = await call('fgw', 'POST', `${base}/problems/${problem.id}/answer`, { version: 2, text: '已协调合作银行办理无还本续贷' });
    expect(answered.json()).toMatchObject({ status: 'answered', dueOn: null, answer: '已协调合作银行办理无还本续贷' });
    // A repeated answer of the same version (a double click) changes nothing.
    expect((await call('fgw', 'POST', `${base}/problems/${problem.id}/answer`, { version: 2, text: '已协调合作银行办理无还本续贷' })).json().version).toBe(3);

    const reopened = await call('wuchang', 'POST', `${base}/problems/${problem.id}/reopen`, { version: 3, text: '企业反映续贷仍未落实', satisfaction: 2 });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'acknowledged', reopenCount: 1, satisfaction: 2, dueOn: '2026-03-19' });
    await call('fgw', 'POST', `${base}/problems/${problem.id}/answer`, { version: 4, text: '续贷已于本周办结' });
    const confirmed = await call('wuchang', 'POST', `${base}/problems/${problem.id}/confirm`, { version: 5, satisfaction: 5 });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'closed', closedOn: '2026-03-05', satisfaction: 5, closedByCity: false });
    expect(await trail(problem.id)).toEqual([
      'enterprise_problem.raise', 'enterprise_problem.acknowledge', 'enterprise_problem.answer', 'enterprise_problem.reopen', 'enterprise_problem.answer', 'enterprise_problem.confirm',
    ]);
    expect(enterpriseProblemSchema.parse(confirmed.json()).events.map((e) => e.action)).toEqual(['raise', 'acknowledge', 'answer', 'reopen', 'answer', 'confirm']);
  });

  it('shows a district its own enterprises\' problems, a department those sent to it, the city all', async () => {
    const mine = enterpriseProblemSchema.parse((await raise({ title: '厂房用电增容', category: 'utilities', departmentId: swj })).json());
    const theirs = await call('jiangan', 'POST', `${base}/problems`, { enterpriseId: jianganEnterprise, category: 'policy', title: '稳岗补贴未兑现', departmentId: fgw });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const titles = async (user: string) => enterpriseProblemListSchema.parse((await call(user, 'GET', `${base}/problems?open=true`)).json()).items.map((i) => i.title).sort();
    expect(await titles('wuchang')).toEqual(['厂房用电增容']);
    expect(await titles('jiangan')).toEqual(['稳岗补贴未兑现']);
    // 发改委 reads the whole city's figures by its grant, but sees only the problems sent to it.
    expect(await titles('fgw')).toEqual(['稳岗补贴未兑现']);
    expect(await titles('reviewer')).toEqual(['厂房用电增容', '稳岗补贴未兑现']);
    expect((await call('fgw', 'GET', `${base}/problems/${mine.id}`)).statusCode).toBe(404);
    expect((await call('jiangan', 'GET', `${base}/problems/${mine.id}`)).statusCode).toBe(404);
    // The department it was not sent to cannot sign for it.
    expect((await call('fgw', 'POST', `${base}/problems/${mine.id}/acknowledge`, { version: 1 })).statusCode).toBe(404);
  });

  it('refuses bad input and another district\'s enterprise with a clear message, writing nothing', async () => {
    const before = await counts();
    expect((await raise({ enterpriseId: jianganEnterprise })).statusCode).toBe(404);
    // A department outside the city (黄石市's), and a district that is no department.
    const huangshi = await insertDepartment(t, '420200', '黄石市发展和改革委员会');
    const outside = await raise({ departmentId: huangshi });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().message).toBe('请选择本市的一个职能部门来办理该诉求');
    expect((await raise({ departmentId: huangshi }, 'wuchang', 'zh-TW')).json().message).toBe('請選擇本市的一個職能部門來辦理該訴求');
    expect((await raise({ departmentId: await t.orgId('420102') }, 'wuchang', 'en')).json().message).toBe('Choose a department of the enterprise\'s city to handle the problem');
    expect((await raise({ category: 'weather' })).statusCode).toBe(400);
    expect((await raise({ title: '  ' })).statusCode).toBe(400);
    expect((await raise({}, 'fgw')).statusCode).toBe(403);
    expect(await counts()).toEqual(before);

    const open = enterpriseProblemSchema.parse((await raise({ title: '招工难', category: 'labour' })).json());
    await call('fgw', 'POST', `${base}/problems/${open.id}/answer`, { version: 1, text: '已推送至人社部门招聘会' });
    const afterAnswer = await counts();
    for (const satisfaction of [0, 6, -1]) {
      const bad = await call('wuchang', 'POST', `${base}/problems/${open.id}/confirm`, { version: 2, satisfaction });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().message).toBe('满意度须为 1 至 5 分的整数');
    }
    expect((await call('wuchang', 'POST', `${base}/problems/${open.id}/confirm`, { version: 2, satisfaction: 4.5 })).statusCode).toBe(400);
    const stale = await call('wuchang', 'POST', `${base}/problems/${open.id}/confirm`, { version: 1, satisfaction: 4 });
    expect(stale.statusCode).toBe(409);
    const early = await call('reviewer', 'POST', `${base}/problems/${open.id}/supervise`, { version: 2, text: '请加快' }, 'en');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('The problem is "answered, awaiting confirmation": it cannot be supervised now');
    expect(await counts()).toEqual(afterAnswer);
    expect(enterpriseProblemSchema.parse((await call('wuchang', 'GET', `${base}/problems/${open.id}`)).json()).status).toBe('answered');
  });

  it('lists overdue problems most overdue first, escalates them to 督办 and lets the city close one', async () => {
    // Two weeks later (Thursday 19 March): every problem not signed for is overdue.
    t.clock.advanceMinutes(14 * 24 * 60);
    cookies.clear();
    // One more, signed for on time, answer due later: overdue first by its earlier deadline, the other two next.
    const later = enterpriseProblemSchema.parse((await raise({ title: '技改项目审批', category: 'approval' })).json());
    await call('fgw', 'POST', `${base}/problems/${later.id}/acknowledge`, { version: 1 });
    const overdue = enterpriseProblemListSchema.parse((await call('reviewer', 'GET', `${base}/problems/overdue?pageSize=2`)).json());
    expect(overdue.today).toBe('2026-03-19');
    expect(overdue.total).toBe(2);
    expect(overdue.items.map((p) => p.title).sort()).toEqual(['厂房用电增容', '稳岗补贴未兑现']);
    expect(overdue.items.every((p) => p.overdue && p.dueOn === '2026-03-06' && p.overdueWorkingDays === 9)).toBe(true);
    const page2 = enterpriseProblemListSchema.parse((await call('reviewer', 'GET', `${base}/problems/overdue?pageSize=1&page=2`)).json());
    expect([page2.total, page2.items.length, page2.items[0]!.id]).toEqual([2, 1, overdue.items[1]!.id]);
    const onlyWuchang = enterpriseProblemListSchema.parse((await call('wuchang', 'GET', `${base}/problems/overdue`)).json());
    expect(onlyWuchang.items.every((p) => p.districtName === '武昌区')).toBe(true);
    // The department sees those sent to it, another district none of them; the city every one.
    const all = enterpriseProblemListSchema.parse((await call('reviewer', 'GET', `${base}/problems/overdue?pageSize=100`)).json()).items;
    const department = enterpriseProblemListSchema.parse((await call('fgw', 'GET', `${base}/problems/overdue`)).json());
    expect(department.items.every((p) => p.departmentName === '武汉市发展和改革委员会')).toBe(true);
    expect(department.total).toBe(all.filter((p) => p.departmentName === '武汉市发展和改革委员会').length);
    expect(department.total).toBeGreaterThan(0);
    const jiangan = enterpriseProblemListSchema.parse((await call('jiangan', 'GET', `${base}/problems/overdue`)).json());
    expect(jiangan.items.filter((p) => p.districtName === '武昌区')).toEqual([]);
    expect(onlyWuchang.total).toBe(all.filter((p) => p.districtName === '武昌区').length);

    const target = overdue.items[0]!;
    const notMine = await call('wuchang', 'POST', `${base}/problems/${target.id}/supervise`, { version: target.version, text: '请加快' });
    expect(notMine.statusCode).toBe(403);
    const supervised = await call('reviewer', 'POST', `${base}/problems/${target.id}/supervise`, { version: target.version, text: '请三个工作日内签收办理' });
    expect(supervised.statusCode, supervised.body).toBe(200);
    // Thursday 19 March + 3 working days = Tuesday 24 March.
    expect(supervised.json()).toMatchObject({ supervisionCount: 1, dueOn: '2026-03-24', overdue: false });
    const closed = await call('reviewer', 'POST', `${base}/problems/${target.id}/close`, { version: target.version + 1, text: '企业已另行解决' });
    expect(closed.json()).toMatchObject({ status: 'closed', closedByCity: true, closedOn: '2026-03-19' });
  });

  it('counts problems collected and solved per district as the seeds report them', async () => {
    const all = enterpriseProblemCountsSchema.parse((await call('reviewer', 'GET', `${base}/problems/counts?from=2026-03-01&to=2026-03-31`)).json());
    const wuchang = all.items.find((i) => i.districtName === '武昌区')!;
    const rows = await t.database.db.selectFrom('enterprise_problems').select(['status', 'closed_on']).where('organisation_id', '=', await t.orgId('420106')).execute();
    expect(wuchang.collected).toBe(rows.length);
    expect(wuchang.solved).toBe(rows.filter((r) => r.status === 'closed').length);
    expect(all.total.collected).toBe(all.items.reduce((n, i) => n + i.collected, 0));
    const mine = enterpriseProblemCountsSchema.parse((await call('jiangan', 'GET', `${base}/problems/counts?from=2026-03-01&to=2026-03-31`)).json());
    expect(mine.items.map((i) => i.districtName)).toEqual(['江岸区']);
    expect((await call('reviewer', 'GET', `${base}/problems/counts?from=2026-03`)).statusCode).toBe(400);
  });

  it('keeps a liaison per key enterprise, logs visits with the problems raised on them, and lists those not visited for N days', async () => {
    const cadres = (await call('wuchang', 'GET', `${base}/cadres?enterpriseId=${wuchangEnterprise}`)).json().items as { id: number; name: string }[];
    const cadre = cadres.find((c) => c.name === '武昌区发改局填报员')!;
    expect(cadres.map((c) => c.name)).not.toContain('江岸区发改局填报员');
    // Another district's enterprise: answered as if it did not exist.
    expect((await call('jiangan', 'GET', `${base}/cadres?enterpriseId=${wuchangEnterprise}`)).statusCode).toBe(404);
    expect((await call('wuchang', 'PUT', `${base}/liaisons`, { enterpriseId: wuchangEnterprise, userId: cadre.id })).statusCode).toBe(200);
    const jiangan = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'jiangan').executeTakeFirstOrThrow()).id;
    const wrongCadre = await call('wuchang', 'PUT', `${base}/liaisons`, { enterpriseId: wuchangEnterprise, userId: jiangan, version: 1 });
    expect(wrongCadre.statusCode).toBe(422);
    expect(wrongCadre.json().message).toBe('联络专员须为企业所在区的在岗用户');
    let board = liaisonBoardSchema.parse((await call('wuchang', 'GET', `${base}/liaisons?unvisited=true`)).json());
    expect(board.items.map((i) => [i.enterpriseName, i.liaisonName, i.needsVisit, i.lastVisitedOn])).toEqual([['武汉测试光电有限公司', '武昌区发改局填报员', true, null]]);

    const future = await call('wuchang', 'POST', `${base}/visits`, { enterpriseId: wuchangEnterprise, visitedOn: '2026-03-20', summary: '走访' });
    expect(future.statusCode).toBe(422);
    const visit = await call('wuchang', 'POST', `${base}/visits`, {
      enterpriseId: wuchangEnterprise, visitedOn: '2026-03-18', summary: '千名干部进千企走访，了解二季度订单和用工情况',
      problems: [{ category: 'labour', title: '二季度扩产缺普工 80 人', description: '', departmentId: swj }],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const [problemId] = visit.json().problemIds as number[];
    expect(enterpriseProblemSchema.parse((await call('wuchang', 'GET', `${base}/problems/${problemId}`)).json())).toMatchObject({ raisedVia: 'liaison', visitId: visit.json().id });
    board = liaisonBoardSchema.parse((await call('wuchang', 'GET', `${base}/liaisons?gapDays=30`)).json());
    expect(board.items[0]).toMatchObject({ lastVisitedOn: '2026-03-18', daysSinceVisit: 1, needsVisit: false, visits: 1 });
    expect(board.unvisited).toBe(0);
    // Not visited for more than 0 days… within 1: still fine; the city sees the board of every district.
    expect(liaisonBoardSchema.parse((await call('reviewer', 'GET', `${base}/liaisons?gapDays=1&unvisited=true`)).json()).total).toBe(0);
    expect((await call('jiangan', 'POST', `${base}/visits`, { enterpriseId: wuchangEnterprise, visitedOn: '2026-03-18', summary: '走访' })).statusCode).toBe(404);
  });

  it('tracks 进规 candidates against the threshold and a district\'s Q1 target against time progress', async () => {
    const near = await insertEnterprise(t, '420106', '武昌测试制造有限公司');
    const save = await call('wuchang', 'PUT', `${base}/cultivation/candidates`, { enterpriseId: near, kind: 'industry', revenueWan: '１,８５０.５', revenueMonth: '2026-02' });
    expect(save.statusCode, save.body).toBe(200);
    const bad = await call('wuchang', 'PUT', `${base}/cultivation/candidates`, { enterpriseId: near, kind: 'industry', revenueWan: '12abc', revenueMonth: '2026-02', version: 1 });
    expect(bad.statusCode).toBe(400);
    const early = await call('wuchang', 'POST', `${base}/cultivation/candidates/${save.json().id}/enter`, { version: 1, enteredMonth: '2026-03' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('该企业营业收入 1850.5 万元，尚未达到入库标准 2000 万元');
    await call('wuchang', 'PUT', `${base}/cultivation/candidates`, { enterpriseId: near, kind: 'industry', revenueWan: '2030', revenueMonth: '2026-02', version: 1 });
    expect((await call('wuchang', 'POST', `${base}/cultivation/candidates/${save.json().id}/enter`, { version: 2, enteredMonth: '2026-02' })).statusCode).toBe(422);
    expect((await call('wuchang', 'POST', `${base}/cultivation/candidates/${save.json().id}/enter`, { version: 2, enteredMonth: '2026-03' })).statusCode).toBe(200);

    expect((await call('reviewer', 'PUT', `${base}/cultivation/targets`, { organisationId: await t.orgId('420106'), year: 2026, period: 'q1', group: 'above_scale', target: 6 })).statusCode).toBe(200);
    const street = await call('reviewer', 'PUT', `${base}/cultivation/targets`, { organisationId: await t.orgId('420106-ZNL'), year: 2026, period: 'q1', group: 'above_scale', target: 1 });
    expect(street.statusCode).toBe(422);
    const board = cultivationBoardSchema.parse((await call('wuchang', 'GET', `${base}/cultivation?year=2026`)).json());
    expect(board.candidates.items[0]).toMatchObject({ enterpriseName: '武昌测试制造有限公司', revenueWan: '2030', thresholdWan: '2000', reached: true, gapWan: '0', mayEnterMonth: '2026-03', enteredMonth: '2026-03' });
    // 1 of 6 by the end of March: 16.67 % done, the quarter's time all passed.
    expect(board.targets).toEqual([expect.objectContaining({ districtName: '武昌区', target: 6, completed: 1, completion: '16.67', timeProgress: '100.00', status: 'behind' })]);
    expect(cultivationBoardSchema.parse((await call('jiangan', 'GET', `${base}/cultivation?year=2026`)).json()).targets).toEqual([]);
  });
});
