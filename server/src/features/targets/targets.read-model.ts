import type { ScaledAmount } from '../../db/amount-codec';
import type { Executor } from '../../db/database';

/** A target as other features read it: the stored amounts (× 10^6) and schedule, by organisation and indicator. */
export interface YearTarget {
  organisationId: number;
  indicatorId: number;
  amountTarget: ScaledAmount | null;
  /** How each value is stated (≥ / ≤); null without the value. */
  amountComparator: 'ge' | 'le' | null;
  growthTarget: ScaledAmount | null;
  growthComparator: 'ge' | 'le' | null;
  noTarget: boolean;
  scheduleJson: string | null;
}

/**
 * The year's targets of the given organisations (and indicators): one query, whatever their
 * number. The dashboards, the Q1 board and a month's checks read targets through this.
 */
export async function yearTargets(exec: Executor, organisationIds: readonly number[], year: number, indicatorIds?: readonly number[]): Promise<YearTarget[]> {
  if (organisationIds.length === 0 || (indicatorIds && indicatorIds.length === 0)) return [];
  let query = exec
    .selectFrom('targets')
    .select(['organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'growth_target', 'growth_comparator', 'no_target', 'schedule_json'])
    .where('year', '=', year)
    .where('organisation_id', 'in', [...organisationIds]);
  if (indicatorIds) query = query.where('indicator_id', 'in', [...indicatorIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    indicatorId: r.indicator_id,
    amountTarget: r.amount_target,
    amountComparator: r.amount_comparator,
    growthTarget: r.growth_target,
    growthComparator: r.growth_comparator,
    noTarget: r.no_target === 1,
    scheduleJson: r.schedule_json,
  }));
}

/** A period target as other features read it (docs/DOMAIN.md "Period targets"): the stated amount (× 10^6). */
export interface StatedPeriodTarget {
  organisationId: number;
  indicatorId: number;
  throughMonth: number;
  amountTarget: ScaledAmount;
  amountComparator: 'ge' | 'le';
}

/**
 * The period targets of the given organisations for the year (one end month, e.g. 3 for Q1, or
 * all): one query. The Q1 board takes a stated Q1 amount from here before any share of the year.
 */
export async function periodTargets(
  exec: Executor,
  organisationIds: readonly number[],
  year: number,
  options: { throughMonth?: number; indicatorIds?: readonly number[] } = {},
): Promise<StatedPeriodTarget[]> {
  if (organisationIds.length === 0 || (options.indicatorIds && options.indicatorIds.length === 0)) return [];
  let query = exec
    .selectFrom('period_targets')
    .select(['organisation_id', 'indicator_id', 'through_month', 'amount_target', 'amount_comparator'])
    .where('year', '=', year)
    .where('organisation_id', 'in', [...organisationIds]);
  if (options.throughMonth !== undefined) query = query.where('through_month', '=', options.throughMonth);
  if (options.indicatorIds) query = query.where('indicator_id', 'in', [...options.indicatorIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id, indicatorId: r.indicator_id, throughMonth: r.through_month,
    amountTarget: r.amount_target, amountComparator: r.amount_comparator,
  }));
}
