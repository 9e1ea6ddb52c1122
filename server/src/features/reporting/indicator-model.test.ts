import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { amountText } from '../../db/amount-codec';
import { approvedFigures } from './reporting.public';

type Json = Record<string, unknown>;

/**
 * The indicators as statisticians keep them (docs/DOMAIN.md "Reporting frequency", "Growth basis",
 * "Comparable basis", "Last year's base"): what a month asks for, real growth as reported, an
 * adjusted base with its reason, and last year's figure as the city approved it.
 */
describeEachDialect('reporting: frequency, real growth, comparable basis, last year as approved', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let operator: string;
  let wuchang: number;
  const url = (period: string, suffix = '') => `/api/submissions/${period}/${wuchang}${suffix}`;
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: Json) => {
    const response = await t.app.inject({ method, url: path, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const codes = (body: Json) => (body.figures as Json[]).map((f) => f.indicatorCode);
  const figure = (body: Json, code: string) => (body.figures as Json[]).find((f) => f.indicatorCode === code);
  const findings = (body: Json, code: string) => (body.findings as Json[]).filter((f) => f.indicatorCode === code).map((f) => `${f.code as string}:${f.severity as string}`);
  const row = (indicatorCode: string, ytdValue: string | null, reportedYoy: string | null = null, extra: Json = {}) =>
    ({ indicatorCode, ytdValue, reportedYoy, note: null, version: 0, ...extra });
  const save = (period: string, figures: Json[]) => call(operator, 'PUT', url(period, '/figures'), { figures });
  /** Saves, submits and approves a month in one go (the month must pass its checks). */
  const approve = async (period: string, figures: Json[]) => {
    const saved = await save(period, figures);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await call(operator, 'POST', url(period, '/submit'), { version: saved.body.version as number });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const approved = await call(reviewer, 'POST', url(period, '/approve'), { version: submitted.body.version as number });
    expect(approved.status).toBe(200);
    return approved.body;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
    wuchang = await t.orgId('420106');
    for (const [year, month] of [[2026, 1], [2026, 2], [2026, 3], [2026, 4], [2025, 3], [2025, 4], [2025, 6], [2026, 6]] as const) {
      expect((await call(reviewer, 'POST', '/api/periods', { year, month })).status).toBe(201);
    }
    // A GDP target: GDP is expected in every month it is reported.
    expect((await call(reviewer, 'PUT', '/api/targets', {
      year: 2026, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: null, amountComparator: null,
      growthTarget: '6', growthComparator: 'ge', noTarget: false, schedule: null, version: 0,
    })).status).toBe(200);
  });
  afterAll(() => t.close());

  it('asks a quarterly indicator in March, not in January or February; 固投 from February', async () => {
    const january = await call(operator, 'GET', url('2026-01'));
    expect(codes(january.body)).not.toContain('gdp');
    expect(codes(january.body)).not.toContain('fixed_asset_investment');
    expect(codes(january.body)).toContain('general_budget_revenue');
    expect(january.body.notDue).toEqual(expect.arrayContaining(['gdp', 'fixed_asset_investment', 'urban_disposable_income', 'registered_unemployment_rate']));
    const february = await call(operator, 'GET', url('2026-02'));
    expect(codes(february.body)).not.toContain('gdp');
    expect(codes(february.body)).toContain('fixed_asset_investment');
    const march = await call(operator, 'GET', url('2026-03'));
    expect(codes(march.body)).toEqual(expect.arrayContaining(['gdp', 'urban_disposable_income', 'registered_unemployment_rate']));
    expect(march.body.notDue).toEqual([]);
  });

  it('refuses a figure of an indicator not reported in the month, and writes nothing', async () => {
    const refused = await save('2026-02', [row('retail_sales', '50'), row('gdp', '120', '5')]);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('NOT_DUE');
    expect(refused.body.message).toBe('地区生产总值按季报送，2026年1-2月不填报');
    expect(refused.body.details).toEqual([{ path: 'body.figures.1.indicatorCode', message: '地区生产总值按季报送，2026年1-2月不填报' }]);
    expect((await call(operator, 'GET', url('2026-02'))).body.status).toBe('not_started');
    const fromFebruary = await save('2026-01', [row('fixed_asset_investment', '10')]);
    expect(fromFebruary.status).toBe(400);
    expect(fromFebruary.body.code).toBe('NOT_DUE');
  });

  it('does not count a not-due indicator as missing: January submits without GDP despite its target', async () => {
    const january = await approve('2026-01', [row('general_budget_revenue', '10')]);
    expect(january.status).toBe('approved');
  });

  it('compares a monthly-from-February figure with nothing in February, and a quarterly one with the previous quarter', async () => {
    const february = await approve('2026-02', [row('general_budget_revenue', '20'), row('fixed_asset_investment', '40')]);
    expect(figure(february, 'fixed_asset_investment')).toMatchObject({ previousYtd: null, previousMonth: null });
    expect(figure(february, 'general_budget_revenue')).toMatchObject({ previousYtd: '10', previousMonth: 1 });
  });

  it('takes a real-growth row with only its rate: no amount needed, no note, no comparison with the amounts', async () => {
    // Last year's March, approved: GDP 100 亿元, so amounts would give +20 % for 120.
    await approve('2025-03', [row('gdp', '100', '4.8'), row('fixed_asset_investment', '50')]);
    const missing = await call(operator, 'POST', url('2026-03', '/check'), { figures: [row('general_budget_revenue', '30'), row('fixed_asset_investment', '60')] });
    expect(findings(missing.body, 'gdp')).toEqual(['MISSING_RATE:error']);
    const amountOnly = await call(operator, 'POST', url('2026-03', '/check'), { figures: [row('gdp', '120')] });
    expect(findings(amountOnly.body, 'gdp')).toEqual(['MISSING_RATE:error']);
    const withAmount = await call(operator, 'POST', url('2026-03', '/check'), { figures: [row('gdp', '120', '4.5')] });
    expect(findings(withAmount.body, 'gdp')).toEqual([]);

    const march = await approve('2026-03', [row('general_budget_revenue', '30'), row('fixed_asset_investment', '60'), row('gdp', null, '4.5')]);
    expect(figure(march, 'gdp')).toMatchObject({ ytdValue: null, reportedYoy: '4.5', computedYoy: null, computedYoyBase: null, lastYearYtd: '100' });
    expect(march.status).toBe('approved');
  });

  it('refuses an adjusted base without its reason, and on an indicator whose growth is not computed from amounts', async () => {
    const noReason = await save('2026-04', [row('general_budget_revenue', '44', '10', { adjustedBase: '40' })]);
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('COMPARABLE_REASON_REQUIRED');
    expect((noReason.body.details as Json[])[0]).toMatchObject({ path: 'body.figures.0.comparableReason' });
    const comparableOnly = await save('2026-04', [row('general_budget_revenue', '44', '10', { reportedYoyComparable: '12', comparableReason: '  ' })]);
    expect(comparableOnly.body.code).toBe('COMPARABLE_REASON_REQUIRED');
    expect((await call(operator, 'GET', url('2026-04'))).body.status).toBe('not_started');
    const realGrowth = await save('2026-06', [row('gdp', null, '4.6', { adjustedBase: '200', comparableReason: '核算调整' })]);
    expect(realGrowth.status).toBe(400);
    expect(realGrowth.body.code).toBe('NO_COMPARABLE_BASIS');
  });

  it('computes growth on the adjusted base and says so, keeping the natural growth and both reported rates side by side', async () => {
    // Last year's April as approved: revenue 50.
    await approve('2025-04', [row('general_budget_revenue', '50'), row('fixed_asset_investment', '55')]);
    const plain = await save('2026-04', [row('general_budget_revenue', '44', '-12')]);
    expect(figure(plain.body, 'general_budget_revenue')).toMatchObject({ lastYearYtd: '50', computedYoy: '-12.00', computedYoyBase: 'last_year', computedYoyNatural: '-12.00' });

    const version = figure(plain.body, 'general_budget_revenue')!.version as number;
    const adjusted = await save('2026-04', [row('general_budget_revenue', '44', '-12', {
      adjustedBase: '40', reportedYoyComparable: '10', comparableReason: '扣除留抵退税因素', version,
    })]);
    expect(adjusted.status).toBe(200);
    expect(figure(adjusted.body, 'general_budget_revenue')).toMatchObject({
      ytdValue: '44', reportedYoy: '-12', reportedYoyComparable: '10', adjustedBase: '40', comparableReason: '扣除留抵退税因素',
      lastYearYtd: '50', computedYoy: '10.00', computedYoyBase: 'adjusted', computedYoyNatural: '-12.00',
    });
    const checked = await call(operator, 'POST', url('2026-04', '/check'), {});
    expect(findings(checked.body, 'general_budget_revenue')).toEqual([]);

    // A comparable growth far from the one computed on the adjusted base asks for a look.
    const off = await call(operator, 'POST', url('2026-04', '/check'), { figures: [row('general_budget_revenue', '44', '-12', {
      adjustedBase: '40', reportedYoyComparable: '15', comparableReason: '扣除留抵退税因素', version: version + 1,
    })] });
    expect(findings(off.body, 'general_budget_revenue')).toEqual(['COMPARABLE_MISMATCH:error']);

    // A save that leaves the basis out keeps it (an import without those columns).
    const kept = await save('2026-04', [row('general_budget_revenue', '45', '-10', { version: version + 1 })]);
    expect(figure(kept.body, 'general_budget_revenue')).toMatchObject({ ytdValue: '45', adjustedBase: '40', comparableReason: '扣除留抵退税因素', computedYoy: '12.50' });
    const history = await call(operator, 'GET', url('2026-04', '/history'));
    expect((history.body.versions as Json[]).map((v) => [v.ytdValue, v.adjustedBase, v.comparableReason])).toEqual([
      ['44', null, null], ['44', '40', '扣除留抵退税因素'], ['45', '40', '扣除留抵退税因素'],
    ]);
    // Cleared explicitly, the base and its reason go.
    const cleared = await save('2026-04', [row('general_budget_revenue', '45', '-10', { adjustedBase: null, reportedYoyComparable: null, comparableReason: null, version: version + 2 })]);
    expect(figure(cleared.body, 'general_budget_revenue')).toMatchObject({ adjustedBase: null, computedYoy: '-10.00', computedYoyBase: 'last_year' });
  });

  it('keeps last year\'s figure as approved as the base while a revision is under way, and says when it was revised', async () => {
    // 2025-06 approved with revenue 100; the district asks to revise it and the city grants it.
    const approved = await approve('2025-06', [row('general_budget_revenue', '100'), row('gdp', null, '4.2')]);
    const requested = await call(operator, 'POST', url('2025-06', '/revision-request'), { version: approved.version as number, reason: '统计口径调整' });
    const granted = await call(reviewer, 'POST', url('2025-06', '/revision-decision'), { version: requested.body.version as number, grant: true });
    expect(granted.body.status).toBe('returned');
    const revised = await save('2025-06', [row('general_budget_revenue', '110', null, { version: figure(granted.body, 'general_budget_revenue')!.version })]);
    expect(revised.status).toBe(200);

    // The edit is not approved: this year's June still measures growth on 100.
    const during = await save('2026-06', [row('general_budget_revenue', '121'), row('gdp', null, '4.6')]);
    expect(figure(during.body, 'general_budget_revenue')).toMatchObject({ lastYearYtd: '100', computedYoy: '21.00', lastYearRevision: null });
    const template = await call(operator, 'GET', url('2026-06'));
    expect(figure(template.body, 'general_budget_revenue')!.lastYearYtd).toBe('100');

    // Approved again: the base is the revised figure, and the month says it was revised after approval.
    const resubmitted = await call(operator, 'POST', url('2025-06', '/submit'), { version: revised.body.version as number });
    expect((await call(reviewer, 'POST', url('2025-06', '/approve'), { version: resubmitted.body.version as number })).status).toBe(200);
    const after = await call(operator, 'GET', url('2026-06'));
    const base = figure(after.body, 'general_budget_revenue')!;
    expect(base).toMatchObject({ lastYearYtd: '110', computedYoy: '10.00' });
    expect(base.lastYearRevision).toMatchObject({ firstApprovedYtd: '100' });
    expect(typeof (base.lastYearRevision as Json).revisedAt).toBe('string');
  });

  it('reads several organisations\' approved figures at once for other features', async () => {
    const jiangan = await t.orgId('420102');
    const revenue = (await t.database.db.selectFrom('indicators').select('id').where('code', '=', 'general_budget_revenue').executeTakeFirstOrThrow()).id;
    const all = await approvedFigures(t.database.db, [wuchang, jiangan], 2025, 6);
    expect([...all.keys()]).toEqual([wuchang]);
    const base = all.get(wuchang)!.get(revenue)!;
    expect({ ...base, ytd_value: amountText(base.ytd_value), first_approved_ytd: amountText(base.first_approved_ytd) })
      .toMatchObject({ ytd_value: '110', revised: true, first_approved_ytd: '100' });
    expect(await approvedFigures(t.database.db, [], 2025, 6)).toEqual(new Map());
  });

  it('has no base where last year\'s month was never approved', async () => {
    // 2026-01 has no 2025-01 at all; a draft of last year is no base either (reporting.test.ts covers that).
    const january = await call(operator, 'GET', url('2026-01'));
    expect(figure(january.body, 'general_budget_revenue')).toMatchObject({ lastYearYtd: null, computedYoy: null, lastYearRevision: null });
  });
});
