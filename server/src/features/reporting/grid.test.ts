import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

describeEachDialect('the figures grid: draft save per cell, 万/亿, withdraw, correction of a closed month', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let operator: string;
  let wuchang: number;
  const url = (period: string, suffix = '') => `/api/submissions/${period}/${wuchang}${suffix}`;
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, payload?: Json, language = 'zh-CN') => {
    const response = await t.app.inject({ method, url: path, headers: { cookie, 'accept-language': language }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const figure = (body: Json, code: string) => (body.figures as Json[]).find((f) => f.indicatorCode === code)!;
  const auditCount = async (action: string) =>
    Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);
  const cell = (indicatorCode: string, ytdValue: string | null, version = 0, extra: Json = {}) => ({ indicatorCode, ytdValue, reportedYoy: null, note: null, version, ...extra });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
    wuchang = await t.orgId('420106');
    for (const month of [1, 2, 4]) expect((await call(reviewer, 'POST', '/api/periods', { year: 2026, month })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('saves the valid cells as a draft and answers each refused one with its localized reason', async () => {
    const saves = await auditCount('submission.save');
    const saved = await call(operator, 'POST', url('2026-01', '/draft'), {
      figures: [
        cell('general_budget_revenue', '3.01万'),
        cell('new_urban_jobs', '1.5万'),
        cell('new_market_entities', '１２，３４５'),
        cell('investment_funds_in_place', '12abc'),
        cell('gdp', '100'),
      ],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const month = saved.body.submission as Json;
    expect(month.status).toBe('draft');
    expect(figure(month, 'general_budget_revenue')).toMatchObject({ ytdValue: '0.000301', version: 1 });
    expect(figure(month, 'new_urban_jobs')).toMatchObject({ ytdValue: '15000', version: 1 });
    expect(figure(month, 'new_market_entities')).toMatchObject({ ytdValue: '12345', version: 1 });
    expect(figure(month, 'investment_funds_in_place')).toMatchObject({ ytdValue: null, version: 0 });
    expect(saved.body.rejected).toEqual([
      { indicatorCode: 'investment_funds_in_place', field: 'ytdValue', code: 'NUMBER_INVALID', message: expect.stringContaining('12abc') },
      { indicatorCode: 'gdp', field: 'indicatorCode', code: 'NOT_DUE', message: expect.stringContaining('地区生产总值') },
    ]);
    expect(await auditCount('submission.save')).toBe(saves + 1);
  });

  it('says why in the caller language, and refuses a multiplier on a rate or another unit word', async () => {
    const current = await call(operator, 'GET', url('2026-01'));
    const answered = await call(operator, 'POST', url('2026-01', '/draft'), {
      figures: [cell('investment_funds_in_place', '3万美元'), cell('new_urban_jobs', '1.23456789万', figure(current.body, 'new_urban_jobs').version as number)],
    }, 'en');
    expect(answered.status).toBe(200);
    expect(answered.body.rejected).toEqual([
      { indicatorCode: 'investment_funds_in_place', field: 'ytdValue', code: 'NUMBER_UNIT_MISMATCH', message: expect.stringContaining('100M yuan') },
      { indicatorCode: 'new_urban_jobs', field: 'ytdValue', code: 'NUMBER_TOO_PRECISE', message: expect.any(String) },
    ]);
    expect(figure(answered.body.submission as Json, 'new_urban_jobs').ytdValue).toBe('15000');
  });

  it('reads 万 / 亿 on the whole-month save too, and a stale cell still stops the draft save with nothing written', async () => {
    const put = await call(operator, 'PUT', url('2026-01', '/figures'), { figures: [cell('investment_funds_in_place', '2.5亿')] });
    expect(put.status).toBe(200);
    expect(figure(put.body, 'investment_funds_in_place')).toMatchObject({ ytdValue: '2.5', version: 1 });
    const stale = await call(operator, 'POST', url('2026-01', '/draft'), {
      figures: [cell('investment_funds_in_place', '3', 1), cell('general_budget_revenue', '9', 0)],
    });
    expect(stale.status).toBe(409);
    const after = await call(operator, 'GET', url('2026-01'));
    expect(figure(after.body, 'investment_funds_in_place')).toMatchObject({ ytdValue: '2.5', version: 1 });
    expect(figure(after.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '0.000301', version: 1 });
  });

  it('sends last month\'s note with each figure, for the grid to copy', async () => {
    const january = await call(operator, 'GET', url('2026-01'));
    const note = await call(operator, 'PUT', url('2026-01', '/figures'), {
      figures: [{ ...cell('general_budget_revenue', '0.000301', figure(january.body, 'general_budget_revenue').version as number), note: '含一次性土地收入' }],
    });
    expect(note.status).toBe(200);
    const february = await call(operator, 'GET', url('2026-02'));
    expect(figure(february.body, 'general_budget_revenue')).toMatchObject({ previousNote: '含一次性土地收入', previousMonth: 1 });
  });

  it('withdraws (撤回) a submitted month before the city acts, once, audited; not after approval, not by the reviewer', async () => {
    const draft = await call(operator, 'GET', url('2026-01'));
    expect((draft.body.actions as Json).withdraw).toBe(false);
    const submitted = await call(operator, 'POST', url('2026-01', '/submit'), { version: draft.body.version as number });
    expect(submitted.status).toBe(200);
    expect((submitted.body.actions as Json).withdraw).toBe(true);
    expect((await call(reviewer, 'POST', url('2026-01', '/withdraw'), { version: submitted.body.version as number })).status).toBe(403);
    const withdrawals = await auditCount('submission.withdraw');
    const withdrawn = await call(operator, 'POST', url('2026-01', '/withdraw'), { version: submitted.body.version as number });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'draft', submittedAt: null, actions: { edit: true, withdraw: false } });
    const again = await call(operator, 'POST', url('2026-01', '/withdraw'), { version: submitted.body.version as number });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(withdrawn.body.version);
    expect(await auditCount('submission.withdraw')).toBe(withdrawals + 1);
    const history = await call(operator, 'GET', url('2026-01', '/history'));
    expect((history.body.events as Json[]).at(-1)).toMatchObject({ action: 'withdraw', fromStatus: 'submitted', toStatus: 'draft' });

    const resubmitted = await call(operator, 'POST', url('2026-01', '/submit'), { version: withdrawn.body.version as number });
    const approved = await call(reviewer, 'POST', url('2026-01', '/approve'), { version: resubmitted.body.version as number });
    expect(approved.status).toBe(200);
    const late = await call(operator, 'POST', url('2026-01', '/withdraw'), { version: approved.body.version as number });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SUBMISSION_STATE');
  });

  it('takes a correction request (申请更正) on a closed month; granted, the month is editable until approved again', async () => {
    const saved = await call(operator, 'PUT', url('2026-04', '/figures'), { figures: [cell('general_budget_revenue', '12')] });
    const submitted = await call(operator, 'POST', url('2026-04', '/submit'), { version: saved.body.version as number });
    const approved = await call(reviewer, 'POST', url('2026-04', '/approve'), { version: submitted.body.version as number });
    const periods = await call(reviewer, 'GET', '/api/periods?year=2026');
    const april = (periods.body.items as Json[]).find((p) => p.key === '2026-04')!;
    expect((await call(reviewer, 'PATCH', `/api/periods/${april.id as number}`, { status: 'closed' })).status).toBe(200);

    const closed = await call(operator, 'GET', url('2026-04'));
    expect(closed.body.actions).toMatchObject({ edit: false, requestRevision: true });
    const requested = await call(operator, 'POST', url('2026-04', '/revision-request'), { version: approved.body.version as number, reason: '核实后更正' });
    expect(requested.status).toBe(200);
    expect(requested.body.status).toBe('revision_requested');
    const granted = await call(reviewer, 'POST', url('2026-04', '/revision-decision'), { version: requested.body.version as number, grant: true });
    expect(granted.body.status).toBe('returned');

    const reopened = await call(operator, 'GET', url('2026-04'));
    expect(reopened.body.actions).toMatchObject({ edit: true, submit: true });
    const corrected = await call(operator, 'PUT', url('2026-04', '/figures'), { figures: [cell('general_budget_revenue', '12.5', 1)] });
    expect(corrected.status).toBe(200);
    const resubmitted = await call(operator, 'POST', url('2026-04', '/submit'), { version: corrected.body.version as number });
    expect(resubmitted.status).toBe(200);
    const reapproved = await call(reviewer, 'POST', url('2026-04', '/approve'), { version: resubmitted.body.version as number });
    expect(reapproved.status).toBe(200);

    expect(reapproved.body.actions).toMatchObject({ edit: false });
    const after = await call(operator, 'PUT', url('2026-04', '/figures'), { figures: [cell('general_budget_revenue', '13', 2)] });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('PERIOD_CLOSED');
  });
});
