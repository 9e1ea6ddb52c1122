// The stored district totals (project_district_years / _months) through the HTTP API on both
// databases: after every kind of write — a project created, changed (its plan, plan year, start),
// a report saved, submitted, returned, saved again, approved, a district's workbook
// imported — the stored rows equal a recomputation from the projects and reports, by plain SQL and
// by the rebuild; a random sequence of writes (fast-check) keeps them equal too.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectSchema } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { expectTotalsRecomputed, projectBody } from './projects.test-helpers';

type Json = Record<string, unknown>;

describeEachDialect('project district totals', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let reviewer: string;

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json) => {
    const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Json) => {
    const { status, body } = await send(method, url, cookie, payload);
    expect(status, JSON.stringify(body)).toBe(method === 'POST' && url === '/api/projects' ? 201 : 200);
    return body;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, reviewer] = await Promise.all([t.login('wuchang'), t.login('reviewer')]);
  });
  afterAll(() => t.close());

  const reportBody = (monthInvestment: string, ytdInvestment: string, version: number, inStatistics = true) => ({ monthInvestment, ytdInvestment, progressText: '施工', problems: '', nextSteps: '', inStatistics, version });

  it('keeps the totals through every kind of write', async () => {
    await expectTotalsRecomputed(t);
    const created = projectSchema.parse(await ok('POST', '/api/projects', wuchang, projectBody({ annualPlan: '24000', yearStatus: 'preparatory', stage: 'signed', planned: { signing: '2024-05-01', start: '2026-02-01', completion: '2027-12-31' }, actual: { signing: '2024-05-10' } })));
    await expectTotalsRecomputed(t);
    const wuchangId = await t.orgId('420106');
    const year = await t.database.db.selectFrom('project_district_years').selectAll().where('organisation_id', '=', wuchangId).where('year', '=', 2026).executeTakeFirstOrThrow();
    expect(Number(year.project_count)).toBeGreaterThanOrEqual(1);

    const url = `/api/projects/${created.id}/reports/2026-01`;
    const draft = await ok('PUT', url, wuchang, reportBody('1000', '1000', 0));
    await expectTotalsRecomputed(t);
    const submitted = await ok('POST', `${url}/submit`, wuchang, { version: draft.version });
    await expectTotalsRecomputed(t);
    const returned = await ok('POST', `${url}/return`, reviewer, { version: submitted.version, reason: '数据有误' });
    await expectTotalsRecomputed(t);
    const again = await ok('PUT', url, wuchang, reportBody('1200', '1200', returned.version as number, false));
    await expectTotalsRecomputed(t);
    const resubmitted = await ok('POST', `${url}/submit`, wuchang, { version: again.version });
    await ok('POST', `${url}/approve`, reviewer, { version: resubmitted.version });
    await expectTotalsRecomputed(t);
    const month = await t.database.db.selectFrom('project_district_months').selectAll().where('organisation_id', '=', wuchangId).where('year', '=', 2026).where('month', '=', 1).executeTakeFirstOrThrow();
    expect(Number(month.filed_count)).toBeGreaterThanOrEqual(1);

    // The plan and the start change: it counts as started from February.
    const current = projectSchema.parse(await ok('GET', `/api/projects/${created.id}`, reviewer));
    projectSchema.parse(await ok('PUT', `/api/projects/${created.id}`, wuchang, projectBody({
      name: current.name, annualPlan: '36000', yearStatus: 'new_start', stage: 'started',
      planned: { signing: '2024-05-01', start: '2026-01-10', completion: '2027-12-31' }, actual: { signing: '2024-05-10', start: '2026-02-20' }, version: current.version,
    })));
    await expectTotalsRecomputed(t);
    const march = await t.database.db.selectFrom('project_district_months').select(['planned_starts', 'starts_reached']).where('organisation_id', '=', wuchangId).where('year', '=', 2026).where('month', '=', 2).executeTakeFirstOrThrow();
    expect(Number(march.starts_reached)).toBeGreaterThanOrEqual(1);
  });

  it('keeps the totals through a random sequence of report and project writes', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push(projectSchema.parse(await ok('POST', '/api/projects', wuchang, projectBody({ annualPlan: String(12_000 * (i + 1)) }))).id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), p: fc.nat(2), month: fc.integer({ min: 1, max: 2 }), amount: fc.integer({ min: 0, max: 5_000 }), inStatistics: fc.boolean() }),
      fc.record({ kind: fc.constantFrom('submit' as const, 'approve' as const, 'return' as const), p: fc.nat(2), month: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ kind: fc.constant('plan' as const), p: fc.nat(2), plan: fc.integer({ min: 1_000, max: 60_000 }), planYear: fc.constantFrom(2026, 2027), startMonth: fc.integer({ min: 1, max: 12 }) }),
    );
    let written = 0;
    const counted = (r: { status: number }) => { if (r.status === 200) written++; };
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
      for (const o of ops) {
        const id = ids[o.p]!;
        if (o.kind === 'plan') {
          const current = projectSchema.parse(await ok('GET', `/api/projects/${id}`, reviewer));
          counted(await send('PUT', `/api/projects/${id}`, wuchang, projectBody({
            name: current.name, annualPlan: String(o.plan), planYear: o.planYear, yearStatus: 'preparatory', stage: 'signed', actual: { signing: '2024-05-10' },
            planned: { signing: '2024-05-01', start: `2026-${String(o.startMonth).padStart(2, '0')}-01`, completion: '2028-12-31' }, version: current.version,
          })));
          continue;
        }
        const url = `/api/projects/${id}/reports/2026-0${o.month}`;
        const report = (await send('GET', url, reviewer)).body as { version: number; ytdInvestment: string | null; previousYtd: string | null };
        if (o.kind === 'save') {
          const previous = Number(report.previousYtd ?? 0);
          counted(await send('PUT', url, wuchang, reportBody(String(o.amount), String(previous + o.amount), report.version, o.inStatistics)));
        } else {
          counted(await send('POST', `${url}/${o.kind}`, o.kind === 'submit' ? wuchang : reviewer, { version: report.version, ...(o.kind === 'return' ? { reason: '请核实' } : {}) }));
        }
      }
      await expectTotalsRecomputed(t);
    }), { numRuns: 6, seed: 20_261_202 });
    // The sequences wrote something (a refused write changes nothing and proves little).
    expect(written).toBeGreaterThan(3);
  });
});
