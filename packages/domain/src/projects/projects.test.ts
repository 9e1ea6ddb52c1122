import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES } from '../access';
import { FIXED_HUNDRED, fixedText } from '../fixed-point';
import { makeSchedule } from '../time-progress';
import {
  CITY_ENTRY_THRESHOLD_YI,
  MILESTONE_ORDER,
  PROJECT_CATEGORIES,
  PROJECT_MILESTONES,
  PROJECT_REPORT_STATUSES,
  PROJECT_REPORT_TRANSITIONS,
  PROJECT_STAGES,
  canTransitionProjectReport,
  checkProject,
  checkProjectReport,
  cityEntryThreshold,
  monthlyPlan,
  plannedInvestmentBy,
  projectActions,
  projectNameKey,
  projectProgress,
  projectReportActions,
  type ProjectFacts,
  type ProjectReportFacts,
} from './index';

/** 万元 as stored (× 10^6). */
const wan = (n: number | bigint) => BigInt(n) * 1_000_000n;
const TODAY = '2026-11-20';

/** A city-level advanced-manufacturing project continuing in 2026, everything in order. */
const base = (change: Partial<ProjectFacts> = {}): ProjectFacts => ({
  level: 'city',
  category: 'advanced_manufacturing',
  totalInvestment: wan(120_000),
  annualPlan: wan(30_000),
  planYear: 2026,
  yearStatus: 'continuing',
  stage: 'under_construction',
  ownerCreditCode: '91110000710925462X',
  planned: { signing: '2024-05-01', land: '2024-08-01', start: '2025-03-01', completion: '2027-12-31' },
  actual: { signing: '2024-05-10', land: '2024-09-01', start: '2025-03-18' },
  ...change,
});
const codes = (p: ProjectFacts) => checkProject(p, TODAY).map((i) => `${i.code}@${i.field}`);

describe('project checks', () => {
  it('accepts a project in order', () => {
    expect(checkProject(base(), TODAY)).toEqual([]);
  });

  it('refuses an annual plan above the total investment, and a total that is not positive', () => {
    expect(codes(base({ annualPlan: wan(120_001) }))).toEqual(['annual_plan_above_total@annualPlan']);
    expect(codes(base({ annualPlan: wan(120_000) }))).toEqual([]);
    expect(codes(base({ totalInvestment: 0n, annualPlan: 0n, level: 'district' }))).toEqual(['total_not_positive@totalInvestment']);
    expect(codes(base({ annualPlan: -1n }))).toEqual(['annual_plan_negative@annualPlan']);
  });

  it('never lets the annual plan exceed the total (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (total, plan) => {
      const issues = checkProject(base({ level: 'district', totalInvestment: total, annualPlan: plan }), TODAY).map((i) => i.code);
      expect(issues.includes('annual_plan_above_total')).toBe(plan > total);
    }));
  });

  it('holds city-level projects to the entry threshold of their category (1, 5 or 10 亿元)', () => {
    expect(PROJECT_CATEGORIES.map((c) => CITY_ENTRY_THRESHOLD_YI[c])).toEqual([1, 1, 5, 5, 5, 10, 10]);
    expect(cityEntryThreshold('headquarters')).toBe(wan(100_000));
    for (const category of PROJECT_CATEGORIES) {
      const threshold = cityEntryThreshold(category);
      const at = base({ category, totalInvestment: threshold, annualPlan: 0n });
      expect(codes(at), category).toEqual([]);
      const below = checkProject({ ...at, totalInvestment: threshold - 1n }, TODAY);
      expect(below.map((i) => i.code)).toEqual(['below_city_threshold']);
      expect(below[0]!.params).toEqual({ category, threshold: CITY_ENTRY_THRESHOLD_YI[category] });
      // District and province lists have no threshold here.
      expect(codes({ ...at, level: 'district', totalInvestment: threshold - 1n })).toEqual([]);
    }
  });

  it('checks the owner\'s credit code', () => {
    expect(codes(base({ ownerCreditCode: '91110000710925462Y' }))).toEqual(['credit_code_invalid@ownerCreditCode']);
    expect(codes(base({ ownerCreditCode: null }))).toEqual([]);
  });

  it('refuses a start before signing, a completion before the start, among planned and actual dates', () => {
    expect(codes(base({ actual: { ...base().actual, start: '2024-05-01' } }))).toEqual(['milestone_order@actual.start', 'milestone_order@actual.start']);
    const planned = checkProject(base({ planned: { ...base().planned, completion: '2025-01-01' } }), TODAY);
    expect(planned.map((i) => `${i.code}@${i.field}`)).toEqual(['milestone_order@planned.completion']);
    expect(planned[0]!.params).toMatchObject({ which: 'planned', earlier: 'start', later: 'completion', earlierDate: '2025-03-01', laterDate: '2025-01-01' });
  });

  it('finds no order problem in dates that follow the order, and one for every pair out of order (property)', () => {
    const date = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const dates = fc.record(Object.fromEntries(PROJECT_MILESTONES.map((m) => [m, fc.option(date, { nil: null })])) as Record<string, fc.Arbitrary<string | null>>);
    fc.assert(fc.property(dates, (planned) => {
      const found = checkProject(base({ planned, level: 'district' }), TODAY).filter((i) => i.code === 'milestone_order').map((i) => `${i.params.earlier}>${i.params.later}`);
      const expected = MILESTONE_ORDER.filter(([a, b]) => planned[a] != null && planned[b] != null && planned[b]! < planned[a]!).map(([a, b]) => `${a}>${b}`);
      expect(found).toEqual(expected);
    }));
  });

  it('refuses actual dates in the future', () => {
    expect(codes(base({ actual: { ...base().actual, land: '2026-11-21' }, stage: 'under_construction' }))).toContain('actual_in_future@actual.land');
  });

  it('wants the actual date of every stage reached, and no actual date of a stage not reached', () => {
    expect(codes(base({ stage: 'completed' }))).toEqual(['stage_needs_actual@actual.completion']);
    expect(codes(base({ stage: 'land', yearStatus: 'new_start', actual: { signing: '2024-05-10' } }))).toEqual([]);
    expect(codes(base({ stage: 'land' }))).toEqual(['stage_before_actual@stage']);
  });

  it('reads the status in the year from the actual dates: 续建, 新开工, 前期, 竣工', () => {
    expect(codes(base({ yearStatus: 'continuing', actual: { ...base().actual, start: '2026-02-01' } }))).toEqual(['status_continuing_start@actual.start']);
    expect(codes(base({ yearStatus: 'new_start' }))).toEqual(['status_new_start_year@actual.start']);
    expect(codes(base({ yearStatus: 'new_start', actual: { ...base().actual, start: '2026-04-01' } }))).toEqual([]);
    expect(codes(base({ yearStatus: 'preparatory' }))).toEqual(['status_preparatory_started@actual.start']);
    expect(codes(base({ yearStatus: 'completed', stage: 'completed', actual: { ...base().actual, completion: '2026-10-30' } }))).toEqual([]);
    expect(codes(base({ yearStatus: 'completed', stage: 'completed', actual: { ...base().actual, completion: '2025-10-30' } }))).toEqual(['status_completed_completion@actual.completion']);
  });

  it('compares names for duplicates without blanks, punctuation, width or case', () => {
    expect(projectNameKey('武商 梦时代（一期）')).toBe(projectNameKey('武商梦时代(一期)'));
    expect(projectNameKey('ＡＢＣ 总部')).toBe('abc总部');
    expect(projectNameKey('京东智谷小镇')).not.toBe(projectNameKey('京东智谷'));
  });
});

describe('the annual plan over the months', () => {
  it('spreads it linearly, or by its schedule, and sums to the plan exactly', () => {
    const plan = wan(12_000);
    expect(plannedInvestmentBy(plan, 0, null)).toBe(0n);
    expect(plannedInvestmentBy(plan, 6, null)).toBe(wan(6_000));
    expect(plannedInvestmentBy(plan, 12, null)).toBe(plan);
    const q = makeSchedule('quarterly', ['40', '60', '80', '100']);
    if (!q.ok) throw new Error('schedule');
    expect(plannedInvestmentBy(plan, 3, q.schedule)).toBe(wan(4_800));
    // January's cumulative share is 13.333… % (truncated at 30 decimals); the amount is rounded to the stored scale.
    expect(monthlyPlan(plan, q.schedule).slice(0, 3)).toEqual([wan(1_600), wan(1_600), wan(1_600)]);
    expect(plannedInvestmentBy(wan(30_000), 2, null)).toBe(wan(5_000));
  });

  it('never decreases month to month and ends at the plan (property)', () => {
    const shares = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 11, maxLength: 11 }).map((a) => [...a.sort((x, y) => x - y), 100]);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(shares, { nil: null }), (plan, cumulative) => {
      const made = cumulative ? makeSchedule('monthly', cumulative) : null;
      const schedule = made && made.ok ? made.schedule : null;
      const months = monthlyPlan(plan, schedule);
      expect(months.every((m) => m >= 0n)).toBe(true);
      expect(months.reduce((a, b) => a + b, 0n)).toBe(plan);
    }));
  });

  it('measures completion against time progress with the one rate engine', () => {
    // 2,570 of a 20,000 plan at the end of February: 12.85 %, 3.82 pp below 16.67 %.
    const p = projectProgress({ ytdInvestment: wan(2_570), annualPlan: wan(20_000), month: 2, schedule: null });
    expect(fixedText(p.completion!, 2)).toBe('12.85');
    expect(fixedText(p.timeProgress, 2)).toBe('16.67');
    expect(fixedText(p.gap!, 2)).toBe('-3.82');
    expect(fixedText(p.ratio!, 2)).toBe('77.1');
    expect(p.plannedYtd).toBe(3_333_333_333n);
    expect(plannedInvestmentBy(wan(1), 1, null)).toBe(83_333n);
    expect(projectProgress({ ytdInvestment: 0n, annualPlan: 0n, month: 5, schedule: null }).completion).toBeNull();
    expect(projectProgress({ ytdInvestment: wan(1), annualPlan: wan(12), month: 12, schedule: null }).timeProgress).toBe(FIXED_HUNDRED);
  });
});

describe('monthly report', () => {
  const report = (change: Partial<ProjectReportFacts> = {}): ProjectReportFacts => ({
    year: 2026, month: 3, monthInvestment: wan(500), ytdInvestment: wan(1_500), previousYtd: wan(1_000), planYear: 2026, totalInvestment: wan(120_000), ...change,
  });
  const reportCodes = (r: ProjectReportFacts) => checkProjectReport(r, 2026, 11).map((i) => i.code);

  it('adds this month to last month\'s year to date', () => {
    expect(reportCodes(report())).toEqual([]);
    const mismatch = checkProjectReport(report({ ytdInvestment: wan(1_600) }), 2026, 11);
    expect(mismatch.map((i) => i.code)).toEqual(['report_ytd_mismatch']);
    expect(mismatch[0]!.params).toEqual({ expected: '1500' });
    expect(reportCodes(report({ month: 1, previousYtd: null, ytdInvestment: wan(500) }))).toEqual([]);
    expect(reportCodes(report({ month: 1, previousYtd: null, ytdInvestment: wan(600) }))).toEqual(['report_ytd_mismatch']);
    expect(reportCodes(report({ previousYtd: null, ytdInvestment: wan(400) }))).toEqual(['report_ytd_below_month']);
    expect(reportCodes(report({ previousYtd: null, ytdInvestment: wan(4_000) }))).toEqual([]);
  });

  it('accepts exactly the reports whose year to date is last month\'s plus this month (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 3n * 10n ** 12n }), (previous, month, ytd) => {
      const found = reportCodes(report({ previousYtd: previous, monthInvestment: month, ytdInvestment: ytd, totalInvestment: 10n ** 13n }));
      expect(found).toEqual(ytd === previous + month ? [] : ['report_ytd_mismatch']);
    }));
  });

  it('refuses negative amounts, a year to date above the total, another year than the plan\'s, a future month', () => {
    expect(reportCodes(report({ monthInvestment: -1n }))).toEqual(['report_negative']);
    expect(reportCodes(report({ ytdInvestment: wan(130_000), monthInvestment: wan(129_000) }))).toEqual(['report_ytd_above_total']);
    expect(reportCodes(report({ year: 2025 }))).toEqual(['report_outside_plan_year']);
    expect(reportCodes(report({ month: 12 }))).toEqual(['report_future_month']);
  });

  it('moves draft → submitted → returned / approved only', () => {
    expect(canTransitionProjectReport('submit', 'draft')).toBe(true);
    expect(canTransitionProjectReport('submit', 'returned')).toBe(true);
    expect(canTransitionProjectReport('submit', 'approved')).toBe(false);
    expect(canTransitionProjectReport('submit', 'not_started')).toBe(false);
    expect(canTransitionProjectReport('approve', 'submitted')).toBe(true);
    expect(canTransitionProjectReport('return', 'approved')).toBe(false);
    expect(PROJECT_REPORT_TRANSITIONS.return.to).toBe('returned');
  });

  it('gives the operator of the project\'s district the edits and the city reviewer the decision (every role and status)', () => {
    for (const role of ROLES) {
      for (const status of PROJECT_REPORT_STATUSES) {
        for (const own of [true, false]) {
          const a = projectReportActions({ role, own, status });
          const operator = role === 'district_operator' && own;
          const reviewer = role === 'city_reviewer' && own;
          expect(a.edit, `${role} ${status} ${own}`).toBe(operator && ['not_started', 'draft', 'returned'].includes(status));
          expect(a.submit).toBe(a.edit);
          expect(a.approve).toBe(reviewer && status === 'submitted');
          expect(a.returnReport).toBe(reviewer && status === 'submitted');
        }
      }
      expect(projectActions({ role, own: true }).edit).toBe(role === 'district_operator');
      expect(projectActions({ role, own: false }).edit).toBe(false);
      // Only the city reviewer, on a district project of his scope at or above its category's threshold.
      const atThreshold = { level: 'district' as const, category: 'advanced_manufacturing' as const, totalInvestment: cityEntryThreshold('advanced_manufacturing') };
      expect(projectActions({ role, own: true, ...atThreshold }).approveCity).toBe(role === 'city_reviewer');
      expect(projectActions({ role, own: false, ...atThreshold }).approveCity).toBe(false);
      expect(projectActions({ role, own: true, ...atThreshold, totalInvestment: atThreshold.totalInvestment - 1n }).approveCity).toBe(false);
      expect(projectActions({ role, own: true, ...atThreshold, level: 'city' }).approveCity).toBe(false);
    }
  });

  it('keeps the stages in their order', () => {
    expect(PROJECT_STAGES.indexOf('signed')).toBeLessThan(PROJECT_STAGES.indexOf('started'));
    expect(PROJECT_STAGES.at(-1)).toBe('full_output');
  });
});
