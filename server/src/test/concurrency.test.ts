import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './dialects';
import { buildTestApp, type TestApp } from './test-app';

/**
 * Requests racing for the same unique row: the losers get 409 with the error shape (never a 500),
 * and where the user did nothing wrong — two operators saving different indicators of a month that
 * has no submission yet — every save succeeds.
 */
describeEachDialect('concurrent writers', (dialect) => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    reviewer = await t.login('reviewer');
  });
  afterAll(() => t.close());

  const send = (cookie: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    t.app.inject({ method, url, headers: { cookie }, payload });

  async function race(n: number, request: (i: number) => ReturnType<typeof send>) {
    const responses = await Promise.all(Array.from({ length: n }, (_, i) => request(i)));
    for (const r of responses) {
      if (r.statusCode >= 400) expect(r.json(), r.body).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
    }
    return responses.map((r) => r.statusCode);
  }

  it('one of six creates of the same organisation code wins; the others get 409', async () => {
    const parentId = await t.orgId('420106');
    const statuses = await race(6, () => send(admin, 'POST', '/api/organisations', { code: 'race-street', name: '并发街道', kind: 'street', parentId }));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('one of six creates of the same district group code wins; the others get 409', async () => {
    const statuses = await race(6, () => send(admin, 'POST', '/api/organisation-groups', { code: 'race-group', name: '并发分组' }));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('one of six opens of the same period wins; the others get 409', async () => {
    const statuses = await race(6, () => send(reviewer, 'POST', '/api/periods', { year: 2031, month: 4 }));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('first saves of different indicators of a month with no submission yet all succeed', async () => {
    expect((await send(reviewer, 'POST', '/api/periods', { year: 2031, month: 5 })).statusCode).toBe(201);
    const wuchang = await t.orgId('420106');
    const codes = ['investment_funds_in_place', 'fixed_asset_investment', 'general_budget_revenue']; // reported every month from May
    for (let round = 0; round < 3; round += 1) {
      const month = `2031-0${5 + round}`;
      if (round > 0) expect((await send(reviewer, 'POST', '/api/periods', { year: 2031, month: 5 + round })).statusCode).toBe(201);
      const operator = await t.login('wuchang');
      const statuses = await race(codes.length, (i) => send(operator, 'PUT', `/api/submissions/${month}/${wuchang}/figures`, {
        figures: [{ indicatorCode: codes[i], ytdValue: String(100 + i), reportedYoy: null, note: null, version: 0 }],
      }));
      expect(statuses).toEqual(codes.map(() => 200));
      const saved = await t.app.inject({ method: 'GET', url: `/api/submissions/${month}/${wuchang}`, headers: { cookie: operator } });
      const figures = (saved.json() as { figures: { indicatorCode: string; ytdValue: string | null }[] }).figures;
      expect(codes.map((c) => figures.find((f) => f.indicatorCode === c)?.ytdValue)).toEqual(['100', '101', '102']);
    }
  });
});
