import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportDetailSchema, reportSummarySchema } from '@hongtu/contracts/reports';
import { settle } from '../../../platform/jobs/jobs.test-helpers';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { seedIndicatorDemo } from '../indicator-demo/load';
import { seedProjectsDemo } from '../projects-demo/load';
import { DEMO_BULLETIN_MONTHS, seedReportsDemo } from './load';

// The demo as loaded (server start with --demo, `seed-demo`): the bulletins the seed-checked reports need are published.
describeEachDialect('reports demo, as loaded', (dialect) => {
  let t: TestApp;
  let wuchang: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedIndicatorDemo(t.database, t.clock)).toBe(true);
    expect(await seedProjectsDemo(t.database, t.clock)).toBe(true);
    expect(await seedReportsDemo(t.database, t.clock)).toBe(true);
    wuchang = await t.login('wuchang');
  });
  afterAll(() => t.close());

  it('publishes each month of the seed-checked reports once, and nothing again on a second load', async () => {
    const rows = await t.database.db.selectFrom('published_bulletins').select('period_key').orderBy('period_key').execute();
    expect(rows.map((r) => r.period_key)).toEqual([...DEMO_BULLETIN_MONTHS]);
    expect(await seedReportsDemo(t.database, t.clock)).toBe(false);
  });

  it('states 武昌区\'s major projects in its dispatch list of the current year, each number traced', async () => {
    const answer = await settle(t, wuchang, await t.app.inject({
      method: 'POST', url: '/api/reports', headers: { cookie: wuchang }, payload: { kind: 'project-dispatch', period: '2026-10' },
    }));
    expect(answer.statusCode, answer.body).toBe(200);
    const id = reportSummarySchema.parse(answer.json()).id;
    const detail = reportDetailSchema.parse((await t.app.inject({ method: 'GET', url: `/api/reports/${id}`, headers: { cookie: wuchang } })).json());
    const text = detail.document.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');
    expect(text).toMatch(/武昌区共有重大项目\d+个/);
    expect(detail.document.sources.some((s) => s.origin === 'record')).toBe(true);
  });

  it('names who answers for each card in the city\'s ranking notice (the warning board\'s leader and department)', async () => {
    const reviewer = await t.login('reviewer');
    const answer = await settle(t, reviewer, await t.app.inject({
      method: 'POST', url: '/api/reports', headers: { cookie: reviewer }, payload: { kind: 'ranking-notice', period: '2022-09' },
    }));
    expect(answer.statusCode, answer.body).toBe(200);
    const id = reportSummarySchema.parse(answer.json()).id;
    const detail = reportDetailSchema.parse((await t.app.inject({ method: 'GET', url: `/api/reports/${id}`, headers: { cookie: reviewer } })).json());
    const board = (await t.app.inject({ method: 'GET', url: '/api/dashboard/warnings?period=2022-09', headers: { cookie: reviewer } })).json() as { cards: { department: string | null; colour: string }[] };
    const departments = [...new Set(board.cards.filter((c) => c.colour !== 'watch' && c.department).map((c) => c.department!))];
    expect(departments.length).toBeGreaterThan(0);
    const cells = detail.document.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : []));
    expect(departments.some((d) => cells.includes(d))).toBe(true);
  });

  for (const [period, value] of [['2022-Q3', '2022-09'], ['2017-H1', '2017-06']] as const) {
    it(`lets 武昌区's operator generate its ${period} plan-execution report from the published ${value} bulletin`, async () => {
      const answer = await settle(t, wuchang, await t.app.inject({
        method: 'POST', url: '/api/reports', headers: { cookie: wuchang }, payload: { kind: 'execution-report', period },
      }));
      expect(answer.statusCode, answer.body).toBe(200);
      const summary = reportSummarySchema.parse(answer.json());
      expect(summary).toMatchObject({ organisationName: '武昌区', periodKey: period, provisional: false });
      const detail = reportDetailSchema.parse((await t.app.inject({ method: 'GET', url: `/api/reports/${summary.id}`, headers: { cookie: wuchang } })).json());
      const figures = detail.document.sources.filter((s) => s.origin === 'figure' && s.organisationId === summary.organisationId);
      expect(figures.length).toBeGreaterThan(0);
      // Every figure of 武昌区 is traced to its approved submission.
      expect(figures.every((s) => s.submissionId !== null && s.approvedAt !== null)).toBe(true);
    });
  }

  it('states the cards as published with the month: who answers, as judged when it was published', async () => {
    const reviewer = await t.login('reviewer');
    const departmentsIn = async () => {
      const answer = await settle(t, reviewer, await t.app.inject({
        method: 'POST', url: '/api/reports', headers: { cookie: reviewer }, payload: { kind: 'ranking-notice', period: '2022-09' },
      }));
      expect(answer.statusCode, answer.body).toBe(200);
      const id = reportSummarySchema.parse(answer.json()).id;
      const detail = reportDetailSchema.parse((await t.app.inject({ method: 'GET', url: `/api/reports/${id}`, headers: { cookie: reviewer } })).json());
      return detail.document.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : []));
    };
    const row = await t.database.db.selectFrom('published_bulletins').select(['id', 'cards_json']).where('period_key', '=', '2022-09').executeTakeFirstOrThrow();
    const published = JSON.parse(row.cards_json!) as { organisationId: number; indicatorCode: string; department: string | null; colour: string }[];
    const card = published.find((c) => c.colour !== 'watch' && c.department);
    expect(card).toBeDefined();
    // Who answers for that card changes after the month was published.
    const changed = await t.app.inject({
      method: 'PUT', url: '/api/responsibilities', headers: { cookie: reviewer },
      payload: { year: 2022, organisationId: card!.organisationId, indicatorCode: card!.indicatorCode, leader: '新任副区长', department: '发布后新设专班', taskForce: '工业投资专班', measures: '' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const board = (await t.app.inject({ method: 'GET', url: '/api/dashboard/warnings?period=2022-09', headers: { cookie: reviewer } })).json() as { cards: { department: string | null }[] };
    expect(board.cards.some((c) => c.department === '发布后新设专班')).toBe(true);
    // The month's report states the card as published ...
    const asPublished = await departmentsIn();
    expect(asPublished).toContain(card!.department);
    expect(asPublished).not.toContain('发布后新设专班');
    // ... and a month published before the cards were kept (the same publication, as stored then) has them
    // judged as the report is made.
    const { id: _id, ...stored } = await t.database.db.selectFrom('published_bulletins').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    await t.database.db.insertInto('published_bulletins').values({ ...stored, cards_json: null }).execute();
    expect(await departmentsIn()).toContain('发布后新设专班');
  });
});
