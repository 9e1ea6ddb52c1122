import { afterAll, beforeAll, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { submissionApprovals, submissionApprovalsOfMonths } from './figure-approvals';

// The submissions a report cites, several months asked at once: each asked month gets its own
// units' submissions (of that month, not another), in the order asked, as one month asked alone.
describeEachDialect('the submissions of several months asked at once', (dialect) => {
  let t: TestApp;
  const org: Record<string, number> = {};
  const submissionOf: Record<string, number> = {};

  async function insertMonth(code: string, month: number, status: 'approved' | 'submitted', figureVersion: number) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', month).executeTakeFirstOrThrow();
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', 'gdp').executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status, submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    if (status === 'approved') {
      await db.insertInto('submission_events').values({
        submission_id: submission.id, action: 'approve', from_status: 'submitted', to_status: 'approved', submission_version: 1, reason: null,
        actor_id: await t.userId('reviewer'), at: `2026-0${month}-20T02:00:00.000Z`,
      }).execute();
    }
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled('10'), reported_yoy: null, version: figureVersion,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
    submissionOf[`${code}:${month}`] = submission.id;
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const reviewer = await t.login('reviewer');
    for (const code of ['420106', '420102']) org[code] = await t.orgId(code);
    for (const month of [7, 8]) {
      const opened = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie: reviewer }, payload: { year: 2026, month } });
      expect(opened.statusCode, opened.body).toBeLessThan(300);
    }
    await insertMonth('420106', 7, 'approved', 2);
    await insertMonth('420102', 7, 'submitted', 1);
    await insertMonth('420106', 8, 'approved', 3);
  });
  afterAll(() => t.close());

  it('gives each asked month its own units\' submissions, in the order asked', async () => {
    const [july, august, julyAlone, none] = await submissionApprovalsOfMonths(t.database.db, [
      { year: 2026, month: 7, organisationIds: [org['420106']!, org['420102']!] },
      { year: 2026, month: 8, organisationIds: [org['420106']!, org['420102']!] },
      { year: 2026, month: 7, organisationIds: [org['420102']!] },
      { year: 2026, month: 8, organisationIds: [] },
    ]);
    expect(july!.get(org['420106']!)).toMatchObject({ submissionId: submissionOf['420106:7'], status: 'approved', approvedAt: '2026-07-20T02:00:00.000Z', approvedBy: '市发改委审核员' });
    expect(july!.get(org['420106']!)!.figureVersions.get('gdp')).toBe(2);
    expect(july!.get(org['420102']!)).toMatchObject({ submissionId: submissionOf['420102:7'], status: 'submitted', approvedAt: null, approvedBy: null });
    // 江岸区 has no August submission; 武昌区's August is its own, not July's.
    expect([...august!.keys()]).toEqual([org['420106']]);
    expect(august!.get(org['420106']!)).toMatchObject({ submissionId: submissionOf['420106:8'], approvedAt: '2026-08-20T02:00:00.000Z' });
    expect(august!.get(org['420106']!)!.figureVersions.get('gdp')).toBe(3);
    // A unit not asked for is not given, though its submission of that month was read for another.
    expect([...julyAlone!.keys()]).toEqual([org['420102']]);
    expect(none!.size).toBe(0);
  });

  it('gives for one month what the one-month reader gives', async () => {
    const ids = [org['420106']!, org['420102']!];
    const [batched] = await submissionApprovalsOfMonths(t.database.db, [{ year: 2026, month: 7, organisationIds: ids }]);
    expect(await submissionApprovals(t.database.db, ids, 2026, 7)).toEqual(batched);
  });
});
