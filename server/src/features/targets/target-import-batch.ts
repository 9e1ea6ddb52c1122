import type { Comparator, Schedule } from '@hongtu/contracts';
import { dec, parseSchedule, q1Share, sameDec, scheduleFromShares, toDec, toPlainString, type Dec } from '@hongtu/domain';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import { amountFromDb, amountToDb } from '../../db/amount-codec';
import type { SheetTarget } from './target-import-sheet';
import type { TargetRow } from './targets.table';

/** A target as the import writes it: exact values, the schedule as stored JSON. */
export interface TargetValues {
  amount: Dec | null;
  amountComparator: Comparator | null;
  growth: Dec | null;
  growthComparator: Comparator | null;
  noTarget: boolean;
  scheduleJson: string | null;
}

/** One row of `imports.rows_json` for the kind 'targets': what the commit writes, and the version it was checked against. */
export interface StoredTarget {
  year: number;
  organisationId: number;
  indicatorCode: string;
  amount: string | null;
  amountComparator: Comparator | null;
  growth: string | null;
  growthComparator: Comparator | null;
  noTarget: boolean;
  schedule: string | null;
  /** Version of the stored target at the dry run; 0 when there was none. */
  version: number;
  /** "Sheet!row", where the row came from (kept as the target's source_quote). */
  at: string;
}

export const targetKey = (year: number, organisationId: number, indicatorId: number) => `${year}:${organisationId}:${indicatorId}`;

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

/** What a sheet row (already normalised by the domain's rules) writes, with the schedule its Q1 share stands for. */
export function valuesOf(t: SheetTarget, scheduleJson: string | null): TargetValues {
  return {
    amount: t.amount, amountComparator: t.amountComparator, growth: t.growth, growthComparator: t.growthComparator,
    noTarget: t.noTarget, scheduleJson: t.noTarget ? null : scheduleJson,
  };
}

/** True when writing `values` would change nothing in `row`. */
export function sameTarget(row: TargetRow | undefined, values: TargetValues): boolean {
  return row !== undefined
    && sameDec(amountFromDb(row.amount_target), values.amount) && row.amount_comparator === values.amountComparator
    && sameDec(amountFromDb(row.growth_target), values.growth) && row.growth_comparator === values.growthComparator
    && (row.no_target === 1) === values.noTarget && (row.schedule_json ?? null) === values.scheduleJson;
}

const text = (v: Dec | null) => (v === null ? null : toPlainString(v));

export function toStored(t: SheetTarget, values: TargetValues, version: number): StoredTarget {
  return {
    year: t.year, organisationId: t.organisation.id, indicatorCode: t.indicator.code,
    amount: text(values.amount), amountComparator: values.amountComparator,
    growth: text(values.growth), growthComparator: values.growthComparator,
    noTarget: values.noTarget, schedule: values.scheduleJson, version, at: `${t.sheet}!${t.row}`,
  };
}

export function storedValues(s: StoredTarget): TargetValues {
  return {
    amount: s.amount === null ? null : dec(s.amount), amountComparator: s.amountComparator,
    growth: s.growth === null ? null : dec(s.growth), growthComparator: s.growthComparator,
    noTarget: s.noTarget, scheduleJson: s.schedule,
  };
}

/** A stored target as the audit trail and before_json show it. */
export function targetSnapshot(row: TargetRow) {
  return {
    year: row.year, organisationId: row.organisation_id, indicatorId: row.indicator_id,
    amountTarget: text(amountFromDb(row.amount_target)), amountComparator: row.amount_comparator,
    growthTarget: text(amountFromDb(row.growth_target)), growthComparator: row.growth_comparator,
    noTarget: row.no_target === 1, schedule: row.schedule_json, version: row.version,
  };
}

/** Column values of the targets table for an import (amounts scaled, ADR 0002). */
export function targetColumns(values: TargetValues) {
  return {
    amount_target: amountToDb(values.amount),
    amount_comparator: values.amountComparator,
    growth_target: amountToDb(values.growth),
    growth_comparator: values.growthComparator,
    no_target: values.noTarget ? 1 : 0,
    schedule_json: values.scheduleJson,
  };
}

/**
 * The stored targets of the given organisations and years, by targetKey.
 * Queried by year and organisation in chunks, so a 10k-row file costs a handful of statements.
 */
export async function currentTargets(exec: Executor, years: number[], organisationIds: number[]): Promise<Map<string, TargetRow>> {
  const result = new Map<string, TargetRow>();
  if (years.length === 0 || organisationIds.length === 0) return result;
  for (const ids of chunks(organisationIds)) {
    const rows = await exec.selectFrom('targets').selectAll().where('year', 'in', years).where('organisation_id', 'in', ids).execute();
    for (const row of rows) result.set(targetKey(row.year, row.organisation_id, row.indicator_id), row);
  }
  return result;
}
