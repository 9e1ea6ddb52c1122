// Warning cards and the rules that raise them (DOMAIN.md "Warning rules in force somewhere":
// rules must be configurable; the cities' rules ship as presets). Rates are in percent.
import type { TargetComparator } from '../direction';
import type { Fixed } from '../fixed-point';
import type { Period } from '../periods';

export const CARD_COLOURS = ['red', 'yellow', 'watch'] as const;
export type CardColour = (typeof CARD_COLOURS)[number];

/** Higher is more severe; a rule raises at most one card, its most severe. */
export const CARD_SEVERITY: Readonly<Record<CardColour, number>> = { red: 3, yellow: 2, watch: 1 };

/**
 * How a measured value is compared with a threshold. Wording → operator:
 * 低于 / 不足 = lt (strictly below), 不高于 / 以内 = lte, 超过 / 高于 = gt, 达到 / 不低于 / 以上 = gte.
 */
export const COMPARISONS = ['lt', 'lte', 'gt', 'gte'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const ORG_LEVELS = ['city', 'district', 'street', 'department'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** One month of one indicator (or one project) for one organisation. Unknown facts are null/absent. */
export type MonthRecord = {
  readonly period: Period;
  /** Year-to-date completion rate of the annual target, percent. */
  readonly completion?: Fixed | null;
  /** Time progress for this month (linear or the target's schedule), percent. */
  readonly timeProgress?: Fixed | null;
  /** Completion of this month's own task, percent (county and Sanya rules). */
  readonly monthlyTaskCompletion?: Fixed | null;
  /** The growth judged (reported, else computed), its target and how the target is stated. */
  readonly growth?: Fixed | null;
  readonly growthTarget?: Fixed | null;
  readonly growthComparator?: TargetComparator | null;
  /** A target judged met or not (a ceiling, or a target of a rate): whether it is met this month. */
  readonly targetMet?: boolean | null;
  /** Projects: by this month the plan says the project should have started. */
  readonly plannedToStart?: boolean | null;
  /** Projects: substantive start has happened (piling / foundation work, or equipment on site). */
  readonly started?: boolean | null;
  /** Projects: entered into fixed-asset-investment statistics 入库/纳统. */
  readonly inStatistics?: boolean | null;
};

export type WarningSubject = {
  readonly orgId: string;
  readonly orgLevel: OrgLevel;
  readonly indicatorCode: string;
  readonly projectId?: string;
};

/** The evaluation input: a subject and its monthly records (any order; one record per month). */
export type IndicatorHistory = WarningSubject & { readonly months: readonly MonthRecord[] };

/**
 * Measures a rule can test, all computed from one MonthRecord:
 * completion_rate (%), progress_ratio = completion / time progress (%),
 * points_behind = time progress − completion (pp, positive = behind), monthly_task_completion (%),
 * growth_shortfall = how far the growth is short of its growth target (pp, positive = short).
 */
export const WARNING_METRICS = ['completion_rate', 'progress_ratio', 'points_behind', 'monthly_task_completion', 'growth_shortfall'] as const;
export type Metric = (typeof WARNING_METRICS)[number];

export type MetricThreshold = { readonly colour: CardColour; readonly op: Comparison; readonly value: Fixed };

/** A fact about one month; the building block of "N months in a row" rules. */
export type MonthCondition =
  | { readonly kind: 'metric'; readonly metric: Metric; readonly op: Comparison; readonly value: Fixed }
  | { readonly kind: 'planned_not_started' }
  | { readonly kind: 'started_not_in_statistics' }
  /** A ceiling ("控制在3.2%以内") or a target of a rate is not met this month. */
  | { readonly kind: 'target_not_met' };

/** Card when the condition has held for at least `minMonths` consecutive months up to now. */
export type RunThreshold = { readonly colour: CardColour; readonly minMonths: number };

/** Empty or absent lists mean "all". */
export type WarningRuleScope = {
  readonly indicatorCodes?: readonly string[];
  readonly orgLevels?: readonly OrgLevel[];
};

export type MetricThresholdRule = {
  readonly id: string;
  readonly kind: 'metric_threshold';
  readonly metric: Metric;
  readonly thresholds: readonly MetricThreshold[];
  readonly scope?: WarningRuleScope;
};

export type ConsecutiveMonthsRule = {
  readonly id: string;
  readonly kind: 'consecutive_months';
  readonly condition: MonthCondition;
  readonly thresholds: readonly RunThreshold[];
  readonly scope?: WarningRuleScope;
};

export type WarningRule = MetricThresholdRule | ConsecutiveMonthsRule;

/** Decimal values in reasons are plain strings (JSON-safe, up to 6 decimals), rounded only when described. */
export type MetricReason = {
  readonly code: Metric;
  readonly params: {
    readonly colour: CardColour;
    readonly op: Comparison;
    readonly threshold: string;
    /** The measured value of the metric. */
    readonly value: string;
    readonly completion: string | null;
    readonly timeProgress: string | null;
    /** growth_shortfall: the growth, its target and the target's comparator. */
    readonly growth?: string | null;
    readonly growthTarget?: string | null;
    readonly growthComparator?: TargetComparator | null;
  };
};

export type RunReason = {
  readonly code: 'planned_not_started' | 'started_not_in_statistics' | 'target_not_met' | 'metric_run';
  readonly params: {
    readonly colour: CardColour;
    /** Length of the run ending this month. */
    readonly months: number;
    readonly minMonths: number;
    /** For metric_run: the condition that held each month. */
    readonly metric?: Metric;
    readonly op?: Comparison;
    readonly threshold?: string;
  };
};

export type WarningReason = MetricReason | RunReason;

export type WarningCard = WarningSubject & {
  readonly colour: CardColour;
  readonly ruleId: string;
  readonly period: Period;
  readonly reason: WarningReason;
};
