// The measures that warning rules test, computed from one month's record (DOMAIN.md "Formulas").
import type { Fixed } from '../fixed-point';
import { growthShortfall, progressRatio } from '../progress';
import type { Comparison, Metric, MonthCondition, MonthRecord } from './types';

/** The value of `metric` for a month, or null when the record lacks what it needs. */
export function metricValue(metric: Metric, record: MonthRecord): Fixed | null {
  const completion = record.completion ?? null;
  const timeProgress = record.timeProgress ?? null;
  switch (metric) {
    case 'completion_rate':
      return completion;
    case 'progress_ratio':
      return completion === null || timeProgress === null ? null : progressRatio(completion, timeProgress);
    case 'points_behind':
      return completion === null || timeProgress === null ? null : timeProgress - completion;
    case 'monthly_task_completion':
      return record.monthlyTaskCompletion ?? null;
    case 'growth_shortfall': {
      const growth = record.growth ?? null;
      const target = record.growthTarget ?? null;
      const comparator = record.growthComparator ?? null;
      return growth === null || target === null || comparator === null ? null : growthShortfall(growth, target, comparator);
    }
  }
}

/** value <op> threshold; "低于80%" is lt, so exactly 80 % does not match. */
export function compareWith(value: Fixed, op: Comparison, threshold: Fixed): boolean {
  switch (op) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}

/**
 * Whether a month satisfies a condition. Unknown facts never satisfy one:
 * "planned, not started" needs started === false explicitly, not a missing report.
 */
export function conditionHolds(condition: MonthCondition, record: MonthRecord): boolean {
  switch (condition.kind) {
    case 'metric': {
      const value = metricValue(condition.metric, record);
      return value !== null && compareWith(value, condition.op, condition.value);
    }
    case 'planned_not_started':
      return record.plannedToStart === true && record.started === false;
    case 'started_not_in_statistics':
      return record.started === true && record.inStatistics === false;
    case 'target_not_met':
      return record.targetMet === false;
  }
}
