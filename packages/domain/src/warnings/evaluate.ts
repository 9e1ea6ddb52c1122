// The warning engine: applies configurable rules to one subject's monthly history and
// returns the cards for the month under review (DOMAIN.md "Monthly dispatch": laggards warned).
import { type Fixed, fixedText } from '../fixed-point';
import { type Period, comparePeriods } from '../periods';
import { type IsDue, consecutiveMonthsEndingAt, latestPeriod } from './consecutive';
import { compareWith, conditionHolds, metricValue } from './metrics';
import {
  CARD_SEVERITY,
  type ConsecutiveMonthsRule,
  type IndicatorHistory,
  type MetricThresholdRule,
  type MonthRecord,
  type RunReason,
  type WarningCard,
  type WarningReason,
  type WarningRule,
  type WarningRuleScope,
  type WarningSubject,
} from './types';

/** Reason values are stored with at most 6 decimals (the storage scale), unrounded before that. */
function paramString(value: Fixed): string {
  return fixedText(value, 6);
}

function optionalParam(value: Fixed | null | undefined): string | null {
  return value === null || value === undefined ? null : paramString(value);
}

export function isInScope(scope: WarningRuleScope | undefined, subject: WarningSubject): boolean {
  if (!scope) return true;
  const { indicatorCodes, orgLevels } = scope;
  if (indicatorCodes && indicatorCodes.length > 0 && !indicatorCodes.includes(subject.indicatorCode)) return false;
  if (orgLevels && orgLevels.length > 0 && !orgLevels.includes(subject.orgLevel)) return false;
  return true;
}

/** Most severe first, whatever order the configuration lists them in. */
function bySeverity<T extends { colour: keyof typeof CARD_SEVERITY }>(thresholds: readonly T[]): T[] {
  return [...thresholds].sort((a, b) => CARD_SEVERITY[b.colour] - CARD_SEVERITY[a.colour]);
}

function evaluateMetricRule(rule: MetricThresholdRule, record: MonthRecord): WarningReason | null {
  const value = metricValue(rule.metric, record);
  if (value === null) return null;
  const hit = bySeverity(rule.thresholds).find((t) => compareWith(value, t.op, t.value));
  if (!hit) return null;
  return {
    code: rule.metric,
    params: {
      colour: hit.colour,
      op: hit.op,
      threshold: paramString(hit.value),
      value: paramString(value),
      completion: optionalParam(record.completion),
      timeProgress: optionalParam(record.timeProgress),
      ...(rule.metric === 'growth_shortfall'
        ? { growth: optionalParam(record.growth), growthTarget: optionalParam(record.growthTarget), growthComparator: record.growthComparator ?? null }
        : {}),
    },
  };
}

function evaluateRunRule(rule: ConsecutiveMonthsRule, months: readonly MonthRecord[], asOf: Period, isDue?: IsDue): WarningReason | null {
  const run = consecutiveMonthsEndingAt(months, asOf, (record) => conditionHolds(rule.condition, record), isDue);
  if (run === 0) return null;
  const hit = bySeverity(rule.thresholds).find((t) => run >= t.minMonths);
  if (!hit) return null;
  const { condition } = rule;
  const params: RunReason['params'] =
    condition.kind === 'metric'
      ? { colour: hit.colour, months: run, minMonths: hit.minMonths, metric: condition.metric, op: condition.op, threshold: paramString(condition.value) }
      : { colour: hit.colour, months: run, minMonths: hit.minMonths };
  return { code: condition.kind === 'metric' ? 'metric_run' : condition.kind, params };
}

/**
 * The card one rule raises for `history` at `asOf` (default: its latest month), or null. `isDue`
 * says which months the indicator reports in (runs pass over the others; default every month).
 */
export function evaluateRule(rule: WarningRule, history: IndicatorHistory, asOf?: Period, isDue?: IsDue): WarningCard | null {
  if (!isInScope(rule.scope, history)) return null;
  const when = asOf ?? latestPeriod(history.months);
  if (when === null) return null;
  let reason: WarningReason | null;
  if (rule.kind === 'metric_threshold') {
    const record = history.months.find((m) => comparePeriods(m.period, when) === 0);
    reason = record ? evaluateMetricRule(rule, record) : null;
  } else {
    reason = evaluateRunRule(rule, history.months, when, isDue);
  }
  if (reason === null) return null;
  const subject: WarningSubject = {
    orgId: history.orgId,
    orgLevel: history.orgLevel,
    indicatorCode: history.indicatorCode,
    ...(history.projectId !== undefined ? { projectId: history.projectId } : {}),
  };
  return { ...subject, colour: reason.params.colour, ruleId: rule.id, period: when, reason };
}

/** All cards the rules raise for one history, most severe first (ties keep rule order). */
export function evaluateWarnings(rules: readonly WarningRule[], history: IndicatorHistory, asOf?: Period, isDue?: IsDue): WarningCard[] {
  const cards = rules
    .map((rule) => evaluateRule(rule, history, asOf, isDue))
    .filter((card): card is WarningCard => card !== null);
  return cards.sort((a, b) => CARD_SEVERITY[b.colour] - CARD_SEVERITY[a.colour]);
}

/** The single most severe card, for a traffic-light cell; null when all is well. */
export function mostSevereCard(cards: readonly WarningCard[]): WarningCard | null {
  let worst: WarningCard | null = null;
  for (const card of cards) if (worst === null || CARD_SEVERITY[card.colour] > CARD_SEVERITY[worst.colour]) worst = card;
  return worst;
}
