// Warnings on major projects (docs/DOMAIN.md "Major projects" → "Project warnings"): the city's
// warning rules (the presets of warnings/presets.ts as the city configured them: Wuhan's 60/80 % of
// time progress, Yinchuan's traffic lights, Sanya's …) applied to one project's months, plus the
// stall rule (no report for N months). Each project lands in the lists the dispatch meeting reads:
// behind, not started on plan, stalled, not in statistics after starting.
import { completionRate } from '../progress';
import { period, type Period } from '../periods';
import { validatedTimeProgress, type ProgressSchedule } from '../time-progress';
import type { Locale } from '../locale';
import { cardColourLabel } from '../warnings/describe';
import { evaluateWarnings, mostSevereCard } from '../warnings/evaluate';
import { CARD_SEVERITY, type CardColour, type MonthRecord, type WarningCard, type WarningRule } from '../warnings/types';

/** The lists a project can be on; a project may be on several. */
export const PROJECT_WARNING_KINDS = ['behind', 'not_started', 'stalled', 'not_in_statistics'] as const;
export type ProjectWarningKind = (typeof PROJECT_WARNING_KINDS)[number];

/** The stall rule: a started project with no report for this many months in a row is stalled (the city may change it, 1–12). */
export const DEFAULT_STALLED_MONTHS = 2;
export const MAX_STALLED_MONTHS = 12;

/** The indicator a project's investment is followed as: the rules scoped to the investment indicators apply to projects. */
export const PROJECT_WARNING_INDICATOR = 'fixed_asset_investment';

export interface ProjectWarningReport {
  month: number;
  /** Year-to-date investment, stored scale (万元 × 10^6). */
  ytdInvestment: bigint;
  inStatistics: boolean;
}

export interface ProjectWarningFacts {
  id: string;
  orgId: string;
  planYear: number;
  annualPlan: bigint;
  schedule: ProgressSchedule | null;
  /** ISO dates ("2026-03-15") or null. */
  plannedStart: string | null;
  actualStart: string | null;
  actualCompletion: string | null;
  /** The project's reports of the plan year (any order, at most one a month); drafts left out by the caller. */
  reports: readonly ProjectWarningReport[];
}

export interface ProjectWarningResult {
  kinds: ProjectWarningKind[];
  /** The rules' cards, most severe first. */
  cards: WarningCard[];
  /** The stall card: yellow at the configured months without a report, red at twice as many. */
  stalled: { colour: CardColour; months: number } | null;
  /** The most severe of all. */
  colour: CardColour | null;
  /** Months in a row without a report up to the month under review (0 when this month's is in). */
  monthsWithoutReport: number;
}

const endOfMonth = (year: number, month: number): string => {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
};
const byMonthEnd = (date: string | null, year: number, month: number): boolean => date !== null && date <= endOfMonth(year, month);

/**
 * The project's months January … `month` of its plan year as the warning engine reads them:
 * completion of the annual plan against time progress (its own schedule, else linear) in a month
 * with a report, planned to start by the month's end, started by then (its actual start), in the
 * statistics as that month's report says (unknown without one — unknown never raises a card).
 */
export function projectMonthRecords(facts: ProjectWarningFacts, month: number): MonthRecord[] {
  const reports = new Map(facts.reports.map((r) => [r.month, r]));
  const records: MonthRecord[] = [];
  for (let m = 1; m <= month; m++) {
    const report = reports.get(m);
    const started = byMonthEnd(facts.actualStart, facts.planYear, m);
    records.push({
      period: period(facts.planYear, m),
      completion: report ? completionRate(report.ytdInvestment, facts.annualPlan) : null,
      timeProgress: report ? validatedTimeProgress(m, facts.schedule) : null,
      plannedToStart: facts.plannedStart === null ? null : byMonthEnd(facts.plannedStart, facts.planYear, m),
      started,
      inStatistics: report ? report.inStatistics : null,
    });
  }
  return records;
}

/** Months in a row, ending at `month`, without a report, counted from the later of January and the month of the actual start. */
export function monthsWithoutReport(facts: ProjectWarningFacts, month: number): number {
  if (facts.actualStart === null || !byMonthEnd(facts.actualStart, facts.planYear, month)) return 0;
  const startYear = Number(facts.actualStart.slice(0, 4));
  const first = startYear < facts.planYear ? 1 : Number(facts.actualStart.slice(5, 7));
  const reported = new Set(facts.reports.map((r) => r.month));
  let run = 0;
  for (let m = month; m >= first && !reported.has(m); m--) run++;
  return run;
}

const KIND_OF_RULE: Readonly<Record<string, ProjectWarningKind>> = {
  progress_ratio: 'behind',
  points_behind: 'behind',
  completion_rate: 'behind',
  metric_run: 'behind',
  planned_not_started: 'not_started',
  started_not_in_statistics: 'not_in_statistics',
};

/**
 * The project's warnings at `month` of its plan year: the cards the city's rules raise (rules that
 * do not read a project's facts — monthly tasks, growth, ceilings — raise none here), and a stall
 * the stall card when the project has started, is not completed, and `stalledMonths` months in a
 * row have no report: yellow at `stalledMonths`, red at twice as many.
 */
export function projectWarnings(rules: readonly WarningRule[], facts: ProjectWarningFacts, month: number, stalledMonths = DEFAULT_STALLED_MONTHS): ProjectWarningResult {
  const asOf: Period = period(facts.planYear, month);
  const history = { orgId: facts.orgId, orgLevel: 'district' as const, indicatorCode: PROJECT_WARNING_INDICATOR, projectId: facts.id, months: projectMonthRecords(facts, month) };
  const cards = evaluateWarnings(rules, history, asOf).filter((card) => KIND_OF_RULE[card.reason.code] !== undefined);
  const kinds = new Set<ProjectWarningKind>(cards.map((card) => KIND_OF_RULE[card.reason.code]!));
  const completed = byMonthEnd(facts.actualCompletion, facts.planYear, month);
  const silent = completed ? 0 : monthsWithoutReport(facts, month);
  let stalled: ProjectWarningResult['stalled'] = null;
  if (silent >= stalledMonths) {
    kinds.add('stalled');
    stalled = { colour: silent >= stalledMonths * 2 ? 'red' : 'yellow', months: silent };
  }
  const worst = mostSevereCard(cards)?.colour ?? null;
  const colour = stalled && (worst === null || CARD_SEVERITY[stalled.colour] > CARD_SEVERITY[worst]) ? stalled.colour : worst;
  return { kinds: PROJECT_WARNING_KINDS.filter((k) => kinds.has(k)), cards, stalled, colour, monthsWithoutReport: silent };
}

const STALL_WORDS: Readonly<Record<Locale, (months: number, card: string) => string>> = {
  'zh-CN': (months, card) => `已开工，连续${months}个月未报送月度进展 → ${card}`,
  'zh-TW': (months, card) => `已開工，連續${months}個月未報送月度進展 → ${card}`,
  en: (months, card) => `started, no monthly report for ${months} month${months === 1 ? '' : 's'} in a row → ${card}`,
};

/** The stall card in words: "已开工，连续3个月未报送月度进展 → 黄牌". */
export function describeStall(stalled: { colour: CardColour; months: number }, locale: Locale): string {
  return STALL_WORDS[locale](stalled.months, cardColourLabel(stalled.colour, locale));
}
