import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

describeEachDialect('monthly reporting workflow', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let operator: string;
  let wuchang: number;
  const url = (period: string, suffix = '') => `/api/submissions/${period}/${wuchang}${suffix}`;
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: Json) => {
    const response = await t.app.inject({ method, url: path, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const figure = (body: Json, code: string) => (body.figures as Json[]).find((f) => f.indicatorCode === code)!;
  const auditCount = async (action: string) =>
    Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
    wuchang = await t.orgId('420106');
    for (const month of [1, 2]) {
      const opened = await call(reviewer, 'POST', '/api/periods', { year: 2026, month });
      expect(opened.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('opens a period with the default deadline: the 5th of the next month, end of day in Asia/Shanghai', async () => {
    const periods = await call(reviewer, 'GET', '/api/periods?year=2026');
    const january = (periods.body.items as Json[]).find((p) => p.key === '2026-01')!;
    expect(january.deadline).toBe('2026-02-05T15:59:59.999Z');
  });

  it('normalizes numbers as users type them and refuses nonsense without writing anything', async () => {
    const saved = await call(operator, 'PUT', url('2026-01', '/figures'), {
      figures: [
        { indicatorCode: 'general_budget_revenue', ytdValue: '1,234.5', reportedYoy: '５.２', note: null, version: 0 },
        { indicatorCode: 'investment_funds_in_place', ytdValue: '—', reportedYoy: null, note: null, version: 0 },
      ],
    });
    expect(saved.status).toBe(200);
    expect(figure(saved.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '1234.5', reportedYoy: '5.2', version: 1, source: 'entered' });
    expect(figure(saved.body, 'investment_funds_in_place').ytdValue).toBeNull();
    for (const bad of ['12abc', 'NaN', '1e309']) {
      const refused = await call(operator, 'PUT', url('2026-01', '/figures'), {
        figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: bad, reportedYoy: null, note: null, version: 1 }],
      });
      expect(refused.status, bad).toBe(400);
      expect((refused.body.details as Json[])[0]!.path).toBe('body.figures.0.ytdValue');
    }
    const after = await call(operator, 'GET', url('2026-01'));
    expect(figure(after.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '1234.5', version: 1 });
  });

  it('answers a stale edit with 409 and keeps the newer value', async () => {
    const first = await call(operator, 'PUT', url('2026-01', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '1300', reportedYoy: '5.2', note: null, version: 1 }],
    });
    expect(first.status).toBe(200);
    const stale = await call(operator, 'PUT', url('2026-01', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '999', reportedYoy: null, note: null, version: 1 }],
    });
    expect(stale.status).toBe(409);
    expect(figure((await call(operator, 'GET', url('2026-01'))).body, 'general_budget_revenue').ytdValue).toBe('1300');
  });

  it('submits once even when the submit is retried, and audits it', async () => {
    const month = await call(operator, 'GET', url('2026-01'));
    const version = month.body.version as number;
    const first = await call(operator, 'POST', url('2026-01', '/submit'), { version });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('submitted');
    const retry = await call(operator, 'POST', url('2026-01', '/submit'), { version });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(first.body.version);
    const history = await call(operator, 'GET', url('2026-01', '/history'));
    expect((history.body.events as Json[]).filter((e) => e.action === 'submit')).toHaveLength(1);
    expect(await auditCount('submission.submit')).toBe(1);
  });

  it('blocks a YTD that falls below last month\'s, with the reason, in a dry run and at submit', async () => {
    // January approved so February can be compared with it.
    const jan = await call(reviewer, 'GET', url('2026-01'));
    expect((await call(reviewer, 'POST', url('2026-01', '/approve'), { version: jan.body.version as number })).status).toBe(200);
    const saved = await call(operator, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '1200', reportedYoy: null, note: null, version: 0 }],
    });
    expect(saved.status).toBe(200);
    const dryRun = await call(operator, 'POST', url('2026-02', '/check'), {});
    expect(dryRun.body.blocking).toBe(true);
    const finding = (dryRun.body.findings as Json[]).find((f) => f.code === 'DECREASING_YTD')!;
    expect(finding.message).toContain('1300');
    const refused = await call(operator, 'POST', url('2026-02', '/submit'), { version: saved.body.version as number });
    expect(refused.status).toBe(422);
    expect((await call(operator, 'GET', url('2026-02'))).body.status).toBe('draft');
  });

  it('flags a 万元-for-亿元 slip against last month', async () => {
    const check = await call(operator, 'POST', url('2026-02', '/check'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '13000000', reportedYoy: null, note: null, version: 1 }],
    });
    expect((check.body.findings as Json[]).some((f) => f.code === 'UNIT_SLIP')).toBe(true);
  });

  it('goes submit → return one figure → resubmit → approve; the reviewer never edits', async () => {
    const current = await call(operator, 'GET', url('2026-02'));
    const fixed = await call(operator, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '2,650.8', reportedYoy: null, note: null, version: figure(current.body, 'general_budget_revenue').version as number }],
    });
    const submitted = await call(operator, 'POST', url('2026-02', '/submit'), { version: fixed.body.version as number });
    expect(submitted.status).toBe(200);

    const reviewerEdit = await call(reviewer, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '1', reportedYoy: null, note: null, version: 2 }],
    });
    expect(reviewerEdit.status).toBe(403);

    const returned = await call(reviewer, 'POST', url('2026-02', '/return'), {
      version: submitted.body.version as number, reason: '请核实GDP', figures: [{ indicatorCode: 'general_budget_revenue', reason: '与统计局数据不一致' }],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(figure(returned.body, 'general_budget_revenue')).toMatchObject({ returned: true, returnReason: '与统计局数据不一致' });

    const corrected = await call(operator, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '2651.3', reportedYoy: null, note: '按统计局反馈更正', version: figure(returned.body, 'general_budget_revenue').version as number }],
    });
    const resubmitted = await call(operator, 'POST', url('2026-02', '/submit'), { version: corrected.body.version as number });
    expect(resubmitted.body.status).toBe('submitted');
    expect(figure(resubmitted.body, 'general_budget_revenue').returned).toBe(false);
    const approved = await call(reviewer, 'POST', url('2026-02', '/approve'), { version: resubmitted.body.version as number });
    expect(approved.body.status).toBe('approved');

    const locked = await call(operator, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '1', reportedYoy: null, note: null, version: figure(approved.body, 'general_budget_revenue').version as number }],
    });
    expect(locked.status).toBe(409);
  });

  it('corrects an approved month only through a revision request, keeping every version', async () => {
    const approved = await call(operator, 'GET', url('2026-02'));
    const requested = await call(operator, 'POST', url('2026-02', '/revision-request'), { version: approved.body.version as number, reason: '统计口径调整' });
    expect(requested.body.status).toBe('revision_requested');
    const granted = await call(reviewer, 'POST', url('2026-02', '/revision-decision'), { version: requested.body.version as number, grant: true });
    expect(granted.body.status).toBe('returned');
    const revised = await call(operator, 'PUT', url('2026-02', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '2660', reportedYoy: null, note: '口径调整', version: figure(granted.body, 'general_budget_revenue').version as number }],
    });
    expect(figure(revised.body, 'general_budget_revenue').ytdValue).toBe('2660');

    const history = await call(operator, 'GET', url('2026-02', '/history'));
    const revenueValues = (history.body.versions as Json[]).filter((v) => v.indicatorCode === 'general_budget_revenue').map((v) => v.ytdValue);
    expect(revenueValues).toEqual(['1200', '2650.8', '2651.3', '2660']);
    // The month as it stood when it was approved.
    const approvedVersion = approved.body.version as number;
    const asOf = await call(operator, 'GET', url('2026-02', `/as-of?submissionVersion=${approvedVersion}`));
    expect(figure(asOf.body, 'general_budget_revenue').ytdValue).toBe('2651.3');
    expect(asOf.body.status).toBe('approved');
  });

  it('names who acted by user name and display name in the history', async () => {
    const displayName = async (username: string) =>
      (await t.database.db.selectFrom('users').select('display_name').where('username', '=', username).executeTakeFirstOrThrow()).display_name;
    const history = await call(operator, 'GET', url('2026-02', '/history'));
    const submit = (history.body.events as Json[]).find((e) => e.action === 'submit')!;
    expect(submit).toMatchObject({ actorName: 'wuchang', actorDisplayName: await displayName('wuchang') });
    const approve = (history.body.events as Json[]).find((e) => e.action === 'approve')!;
    expect(approve).toMatchObject({ actorName: 'reviewer', actorDisplayName: await displayName('reviewer') });
    const version = (history.body.versions as Json[])[0]!;
    expect(version).toMatchObject({ changedBy: 'wuchang', changedByDisplayName: await displayName('wuchang') });
  });

  it('shows a past version without today\'s return flags; an earlier return\'s figures are not stored', async () => {
    const history = await call(operator, 'GET', url('2026-02', '/history'));
    const events = history.body.events as Json[];
    const returnVersion = events.find((e) => e.action === 'return')!.submissionVersion as number;
    const firstSubmit = events.find((e) => e.action === 'submit')!.submissionVersion as number;
    // Before the return: submitted, nothing returned, no reason.
    const beforeReturn = await call(operator, 'GET', url('2026-02', `/as-of?submissionVersion=${firstSubmit}`));
    expect(beforeReturn.body).toMatchObject({ status: 'submitted', reason: null });
    expect(figure(beforeReturn.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '2650.8', returned: false, returnReason: null });
    // At the (since resubmitted) return: the month's status and reason, but which figures is unknown.
    const atReturn = await call(operator, 'GET', url('2026-02', `/as-of?submissionVersion=${returnVersion}`));
    expect(atReturn.body).toMatchObject({ status: 'returned', reason: '请核实GDP' });
    expect(figure(atReturn.body, 'general_budget_revenue')).toMatchObject({ returned: false, returnReason: null, sourceRef: null, sourceQuote: null });
  });

  it('flags a late submission and never drops it', async () => {
    t.clock.advanceMinutes(60 * 24 * 40); // past 2026-03-05; sessions have expired meanwhile
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
    const opened = await call(reviewer, 'POST', '/api/periods', { year: 2026, month: 3, deadlineDate: '2026-03-01' });
    expect(opened.status).toBe(201);
    const saved = await call(operator, 'PUT', url('2026-03', '/figures'), {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: '3900', reportedYoy: null, note: null, version: 0 }],
    });
    const submitted = await call(operator, 'POST', url('2026-03', '/submit'), { version: saved.body.version as number });
    expect(submitted.body).toMatchObject({ status: 'submitted', late: true });
    const board = await call(reviewer, 'GET', '/api/periods/2026-03/board');
    const row = (board.body.rows as Json[]).find((r) => r.organisationId === wuchang)!;
    expect(row).toMatchObject({ status: 'submitted', late: true });
    const other = (board.body.rows as Json[]).find((r) => r.organisationId !== wuchang)!;
    expect(other).toMatchObject({ status: 'not_started', late: true });
  });

  it('requires an explanation when reported growth disagrees with last year\'s figures', async () => {
    // Last year's same period, approved, so growth can be computed: 2025-03 = 3000 → 3900 is +30 %.
    await call(reviewer, 'POST', '/api/periods', { year: 2025, month: 3 });
    const lastYear = await call(operator, 'PUT', `/api/submissions/2025-03/${wuchang}/figures`, {
      figures: [{ indicatorCode: 'fixed_asset_investment', ytdValue: '300', reportedYoy: null, note: null, version: 0 }],
    });
    expect(lastYear.status).toBe(200);
    // Only an approved figure is a base of growth.
    const draftBase = await call(operator, 'POST', url('2026-03', '/check'), {
      figures: [{ indicatorCode: 'fixed_asset_investment', ytdValue: '360', reportedYoy: '24.6', note: null, version: 0 }],
    });
    expect((draftBase.body.findings as Json[]).filter((f) => f.indicatorCode === 'fixed_asset_investment')).toEqual([]);
    const submittedBase = await call(operator, 'POST', `/api/submissions/2025-03/${wuchang}/submit`, { version: lastYear.body.version as number });
    expect((await call(reviewer, 'POST', `/api/submissions/2025-03/${wuchang}/approve`, { version: submittedBase.body.version as number })).status).toBe(200);
    const unexplained = await call(operator, 'POST', url('2026-03', '/check'), {
      figures: [{ indicatorCode: 'fixed_asset_investment', ytdValue: '360', reportedYoy: '24.6', note: null, version: 0 }],
    });
    const mismatch = (unexplained.body.findings as Json[]).find((f) => f.indicatorCode === 'fixed_asset_investment')!;
    expect(mismatch).toMatchObject({ code: 'YOY_MISMATCH', severity: 'error' });
    expect(mismatch.message).toContain('20.00');
    const explained = await call(operator, 'POST', url('2026-03', '/check'), {
      figures: [{ indicatorCode: 'fixed_asset_investment', ytdValue: '360', reportedYoy: '24.6', note: '同口径增速', version: 0 }],
    });
    const kept = (explained.body.findings as Json[]).find((f) => f.indicatorCode === 'fixed_asset_investment')!;
    expect(kept).toMatchObject({ code: 'YOY_MISMATCH_EXPLAINED', severity: 'warning' });
  });

  it('shows the return in force at a version with each figure\'s reason', async () => {
    const month = await call(reviewer, 'GET', url('2026-03'));
    expect(month.body.status).toBe('submitted');
    const submittedVersion = month.body.version as number;
    const returned = await call(reviewer, 'POST', url('2026-03', '/return'), {
      version: submittedVersion, reason: '请补充说明', figures: [{ indicatorCode: 'general_budget_revenue', reason: '与季度核算不符' }],
    });
    expect(returned.status).toBe(200);
    const returnVersion = returned.body.version as number;
    const atReturn = await call(operator, 'GET', url('2026-03', `/as-of?submissionVersion=${returnVersion}`));
    expect(atReturn.body).toMatchObject({ status: 'returned', reason: '请补充说明' });
    expect(figure(atReturn.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '3900', returned: true, returnReason: '与季度核算不符' });
    const beforeReturn = await call(operator, 'GET', url('2026-03', `/as-of?submissionVersion=${submittedVersion}`));
    expect(beforeReturn.body).toMatchObject({ status: 'submitted', reason: null });
    expect(figure(beforeReturn.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '3900', returned: false, returnReason: null });
    // Today's state still carries the flag.
    expect(figure((await call(operator, 'GET', url('2026-03'))).body, 'general_budget_revenue')).toMatchObject({ returned: true, returnReason: '与季度核算不符' });
  });

  it('lists periods with their published district-months in the caller\'s scope', async () => {
    const published = async (cookie: string) =>
      Object.fromEntries(((await call(cookie, 'GET', '/api/periods?year=2026')).body.items as Json[]).map((p) => [p.key, p.publishedCount]));
    // 2026-01 approved; 2026-02 back with the district after a granted revision; 2026-03 returned.
    expect(await published(reviewer)).toEqual({ '2026-01': 1, '2026-02': 0, '2026-03': 0 });
    expect(await published(operator)).toEqual({ '2026-01': 1, '2026-02': 0, '2026-03': 0 });
    const jiangan = await t.login('jiangan');
    expect(await published(jiangan)).toEqual({ '2026-01': 0, '2026-02': 0, '2026-03': 0 });
    const all = (await call(reviewer, 'GET', '/api/periods')).body.items as Json[];
    expect(all.find((p) => p.key === '2025-03')).toMatchObject({ publishedCount: 1 });
  });
});
