// The checks a project must pass before it is stored (docs/DOMAIN.md "Major projects"): exact
// amounts (the annual plan within the total, the city's entry threshold by category), the owner's
// credit code, milestones in their natural order, actual dates not in the future, and the stage
// and the status in the year agreeing with the actual dates. Every problem is returned, each with
// the field it is about, so a form or an imported row shows them all at once.
import { isValidCreditCode } from '../credit-code';
import {
  CITY_ENTRY_THRESHOLD_YI,
  PROJECT_MILESTONES,
  cityEntryThreshold,
  stageAtLeast,
  type MilestoneDates,
  type ProjectCategory,
  type ProjectLevel,
  type ProjectMilestone,
  type ProjectStage,
  type ProjectYearStatus,
} from './vocabulary';

export const PROJECT_ISSUE_CODES = [
  'total_not_positive',
  'annual_plan_negative',
  'annual_plan_above_total',
  'below_city_threshold',
  'credit_code_invalid',
  'milestone_order',
  'actual_in_future',
  'stage_needs_actual',
  'stage_before_actual',
  'status_continuing_start',
  'status_new_start_year',
  'status_preparatory_started',
  'status_completed_completion',
] as const;
export type ProjectIssueCode = (typeof PROJECT_ISSUE_CODES)[number];

/** One problem of a project: what, on which field ("annualPlan", "actual.start" …), with the values to quote. */
export interface ProjectIssue {
  code: ProjectIssueCode;
  field: string;
  params: Record<string, string | number>;
}

/** What the checks look at, amounts as stored (万元 × 10^6), dates as ISO calendar dates. */
export interface ProjectFacts {
  level: ProjectLevel;
  category: ProjectCategory;
  totalInvestment: bigint;
  annualPlan: bigint;
  /** The year the annual plan and the status are for. */
  planYear: number;
  yearStatus: ProjectYearStatus;
  stage: ProjectStage;
  /** Normalised (normalizeCreditCode) or null when the owner has none on record. */
  ownerCreditCode: string | null;
  planned: MilestoneDates;
  actual: MilestoneDates;
}

/**
 * Pairs of milestones that happen in this order (the later one on or after the earlier one):
 * signing before land supply and start; land, construction permit and EIA before the start; the
 * planning permit before the construction permit; the start before completion and production.
 * Checked among the planned dates and among the actual dates, whenever both dates are known.
 */
export const MILESTONE_ORDER: readonly (readonly [earlier: ProjectMilestone, later: ProjectMilestone])[] = [
  ['signing', 'land'],
  ['signing', 'start'],
  ['land', 'start'],
  ['planning', 'construction_permit'],
  ['construction_permit', 'start'],
  ['eia', 'start'],
  ['start', 'completion'],
  ['start', 'production'],
];

/** Stages that need an actual date: a project started has started on a day, and so on. */
const STAGE_MILESTONES: readonly (readonly [stage: ProjectStage, milestone: ProjectMilestone])[] = [
  ['started', 'start'],
  ['completed', 'completion'],
  ['in_production', 'production'],
];

const yearOf = (date: string): number => Number(date.slice(0, 4));
const dateOf = (dates: MilestoneDates, m: ProjectMilestone): string | null => dates[m] ?? null;

/** The order checks among one set of dates ("planned" or "actual"). */
export function milestoneOrderIssues(dates: MilestoneDates, which: 'planned' | 'actual'): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  for (const [earlier, later] of MILESTONE_ORDER) {
    const a = dateOf(dates, earlier);
    const b = dateOf(dates, later);
    if (a !== null && b !== null && b < a) {
      issues.push({ code: 'milestone_order', field: `${which}.${later}`, params: { which, earlier, later, earlierDate: a, laterDate: b } });
    }
  }
  return issues;
}

/** Every problem of a project; empty when it may be stored. `today` is the calendar date in Asia/Shanghai. */
export function checkProject(p: ProjectFacts, today: string): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (p.totalInvestment <= 0n) issues.push({ code: 'total_not_positive', field: 'totalInvestment', params: {} });
  if (p.annualPlan < 0n) issues.push({ code: 'annual_plan_negative', field: 'annualPlan', params: {} });
  else if (p.annualPlan > p.totalInvestment && p.totalInvestment > 0n) issues.push({ code: 'annual_plan_above_total', field: 'annualPlan', params: {} });
  if (p.level === 'city' && p.totalInvestment > 0n && p.totalInvestment < cityEntryThreshold(p.category)) {
    issues.push({ code: 'below_city_threshold', field: 'totalInvestment', params: { category: p.category, threshold: CITY_ENTRY_THRESHOLD_YI[p.category] } });
  }
  if (p.ownerCreditCode !== null && !isValidCreditCode(p.ownerCreditCode)) {
    issues.push({ code: 'credit_code_invalid', field: 'ownerCreditCode', params: { value: p.ownerCreditCode.slice(0, 40) } });
  }

  issues.push(...milestoneOrderIssues(p.planned, 'planned'), ...milestoneOrderIssues(p.actual, 'actual'));
  for (const m of PROJECT_MILESTONES) {
    const date = dateOf(p.actual, m);
    if (date !== null && date > today) issues.push({ code: 'actual_in_future', field: `actual.${m}`, params: { milestone: m, date } });
  }

  for (const [stage, milestone] of STAGE_MILESTONES) {
    const date = dateOf(p.actual, milestone);
    if (stageAtLeast(p.stage, stage) && date === null) issues.push({ code: 'stage_needs_actual', field: `actual.${milestone}`, params: { stage: p.stage, milestone } });
    if (!stageAtLeast(p.stage, stage) && date !== null) issues.push({ code: 'stage_before_actual', field: 'stage', params: { stage: p.stage, milestone } });
  }

  const start = dateOf(p.actual, 'start');
  const completion = dateOf(p.actual, 'completion');
  const year = p.planYear;
  switch (p.yearStatus) {
    case 'continuing':
      // 续建: started in an earlier year.
      if (start === null || yearOf(start) >= year) issues.push({ code: 'status_continuing_start', field: 'actual.start', params: { year } });
      break;
    case 'new_start':
      // 新开工: the substantive start falls in the year (not yet known is fine until it happens).
      if (start !== null && yearOf(start) !== year) issues.push({ code: 'status_new_start_year', field: 'actual.start', params: { year } });
      break;
    case 'preparatory':
      // 前期: not started.
      if (start !== null) issues.push({ code: 'status_preparatory_started', field: 'actual.start', params: { year } });
      break;
    case 'completed':
      // 竣工: completed in the year.
      if (completion === null || yearOf(completion) !== year) issues.push({ code: 'status_completed_completion', field: 'actual.completion', params: { year } });
      break;
  }
  return issues;
}

/** Project names compared for duplicates: half-width, no blanks or punctuation, lower case ("武商 梦时代（一期）" = "武商梦时代一期"). */
export function projectNameKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
}
