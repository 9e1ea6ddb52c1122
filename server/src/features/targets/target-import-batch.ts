import type { Comparator, Schedule } from '@hongtu/contracts';
import { dec, parseSchedule, q1Share, scheduleFromShares, toDec, toPlainString, type Dec } from '@hongtu/domain';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import { scaledFromDb, scaledText } from '../../platform/imports/scaled';
import type { TargetRow } from './targets.table';

export type { StoredTarget } from './target-import-stored';

/** A target as the import writes it: values scaled (× 10^6, ADR 0002), the schedule as stored JSON. */
export interface TargetValues {
  amount: bigint | null;
  amountComparator: Comparator | null;
  growth: bigint | null;
  growthComparator: Comparator | null;
  noTarget: boolean;
  scheduleJson: string | null;
}

/** One row of a checked batch: what the commit writes, the version it was checked against, where it came from. */
export interface BatchTarget extends TargetValues {
  year: number;
  organisationId: number;
  indicatorCode: string;
  /** Version of the stored target at the dry run; 0 when there was none. */
  version: number;
  sheet: string;
  row: number;
  /** Whether writing the row changes the stored target, as the dry run found; null: not recorded (a batch stored before). */
  changes: boolean | null;
  /** The stored target the row replaces, as the dry run read it (null: none, or not recorded). */
  before: TargetValues | null;
}

/** Year, organisation and indicator as one map key: a number when the ids allow packing them exactly, else text. */
export const targetKey = (year: number, organisationId: number, indicatorId: number): number | string =>
  organisationId < 2 ** 24 && indicatorId < 2 ** 16 && year < 2 ** 13 && organisationId >= 0 && indicatorId >= 0 && year >= 0
    ? (year * 2 ** 24 + organisationId) * 2 ** 16 + indicatorId
    : `${year}:${organisationId}:${indicatorId}`;

const parseStored = (scheduleJson: string | null): Schedule | null => (scheduleJson ? (JSON.parse(scheduleJson) as Schedule) : null);

/** The Q1 share a stored schedule implies (the domain's q1Share: its cumulative share at the end of March); null without one. */
export function q1ShareOf(scheduleJson: string | null): Dec | null {
  const schedule = scheduleFromShares(parseStored(scheduleJson));
  return schedule ? toDec(q1Share(schedule)) : null;
}

const max = (a: Dec, b: Dec) => (a.greaterThan(b) ? a : b);

/**
 * The quarterly schedule a Q1 share stands for: Q1 as given, Q2 / Q3 kept from a current
 * quarterly schedule or linear (50 % / 75 %), raised to at least Q1 so it never decreases,
 * Q4 = 100 %. Not validated (a share outside 0…100 makes an invalid one).
 */
export function q1Schedule(q1: Dec, current: Schedule | null): Schedule {
  const kept = current?.kind === 'quarterly' ? current.shares : ['50', '50', '75'];
  return { kind: 'quarterly', shares: [q1, max(q1, dec(kept[1]!)), max(q1, dec(kept[2]!)), dec(100)].map((s) => toPlainString(s)) };
}

/**
 * The schedule a Q1 share stands for, given the target's current one, as stored JSON.
 * - No share: no schedule (linear time progress).
 * - The share the current schedule already has (a template sent back unchanged): the current
 *   schedule, monthly or quarterly, untouched.
 * - Otherwise the quarterly q1Schedule.
 * Returns undefined when the result is no valid schedule (the domain's parseSchedule).
 */
export function scheduleForShare(q1: Dec | null, currentJson: string | null): string | null | undefined {
  if (q1 === null) return null;
  const currentQ1 = q1ShareOf(currentJson);
  if (currentQ1 !== null && currentQ1.equals(q1)) return currentJson;
  const schedule = q1Schedule(q1, parseStored(currentJson));
  const parsed = parseSchedule(schedule.kind, schedule.shares);
  return parsed.ok ? JSON.stringify(parsed.shares) : undefined;
}

/** What the import compares and replaces of a stored target. */
export type CurrentTarget = Pick<TargetRow, 'year' | 'organisation_id' | 'indicator_id' | 'amount_target' | 'amount_comparator'
  | 'growth_target' | 'growth_comparator' | 'no_target' | 'schedule_json' | 'version'>;

/** True when writing `values` would change nothing of `current` (null: no stored target). */
export function sameValues(current: TargetValues | null, values: TargetValues): boolean {
  return current !== null
    && current.amount === values.amount && current.amountComparator === values.amountComparator
    && current.growth === values.growth && current.growthComparator === values.growthComparator
    && current.noTarget === values.noTarget && current.scheduleJson === values.scheduleJson;
}

const sameScaled = (raw: CurrentTarget['amount_target'], value: bigint | null) => (raw === null || value === null ? raw === value : scaledFromDb(raw) === value);

/** True when writing `values` would change nothing in `row`. */
export function sameTarget(row: CurrentTarget | undefined, values: TargetValues): boolean {
  return row !== undefined
    && sameScaled(row.amount_target, values.amount) && row.amount_comparator === values.amountComparator
    && sameScaled(row.growth_target, values.growth) && row.growth_comparator === values.growthComparator
    && (row.no_target === 1) === values.noTarget && (row.schedule_json ?? null) === values.scheduleJson;
}

/** A stored target's values as the import compares and writes them. */
export function currentValues(row: CurrentTarget): TargetValues {
  return {
    amount: row.amount_target === null ? null : scaledFromDb(row.amount_target), amountComparator: row.amount_comparator,
    growth: row.growth_target === null ? null : scaledFromDb(row.growth_target), growthComparator: row.growth_comparator,
    noTarget: row.no_target === 1, scheduleJson: row.schedule_json ?? null,
  };
}

const text = (v: bigint | null) => (v === null ? null : scaledText(v));

/** A stored target as the audit trail and before_json show it: where it is, its values, its version. */
export function targetSnapshot(at: { year: number; organisationId: number; version: number }, indicatorId: number, values: TargetValues) {
  return {
    year: at.year, organisationId: at.organisationId, indicatorId,
    amountTarget: text(values.amount), amountComparator: values.amountComparator,
    growthTarget: text(values.growth), growthComparator: values.growthComparator,
    noTarget: values.noTarget, schedule: values.scheduleJson, version: at.version,
  };
}

/**
 * JSON.stringify of the targetSnapshot of each, written directly (a 10,000-target snapshot is a
 * few MB of text: no object per target on the way).
 */
export function snapshotsJson(items: { at: { year: number; organisationId: number; version: number }; indicatorId: number; values: TargetValues }[]): string {
  const strings = new Map<string, string>();
  const json = (v: string | null) => {
    if (v === null) return 'null';
    let literal = strings.get(v);
    if (literal === undefined) strings.set(v, (literal = JSON.stringify(v)));
    return literal;
  };
  const amount = (v: bigint | null) => (v === null ? 'null' : `"${scaledText(v)}"`);
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const { at, indicatorId, values: v } = items[i]!;
    parts[i] = `{"year":${at.year},"organisationId":${at.organisationId},"indicatorId":${indicatorId},"amountTarget":${amount(v.amount)},`
      + `"amountComparator":${json(v.amountComparator)},"growthTarget":${amount(v.growth)},"growthComparator":${json(v.growthComparator)},`
      + `"noTarget":${v.noTarget},"schedule":${json(v.scheduleJson)},"version":${at.version}}`;
  }
  return `[${parts.join(',')}]`;
}

/**
 * The stored targets of the given organisations and years, by targetKey.
 * Queried by year and organisation in chunks, so a 10k-row file costs a handful of statements.
 */
export async function currentTargets(exec: Executor, years: number[], organisationIds: number[]): Promise<Map<number | string, CurrentTarget>> {
  const result = new Map<number | string, CurrentTarget>();
  if (years.length === 0 || organisationIds.length === 0) return result;
  for (const ids of chunks(organisationIds)) {
    const rows = await exec.selectFrom('targets')
      .select(['year', 'organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'growth_target', 'growth_comparator', 'no_target', 'schedule_json', 'version'])
      .where('year', 'in', years).where('organisation_id', 'in', ids).execute();
    for (const row of rows) result.set(targetKey(row.year, row.organisation_id, row.indicator_id), row);
  }
  return result;
}
