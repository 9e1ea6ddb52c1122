import type { Comparator, Schedule } from '@hongtu/contracts';
import { dec, parseSchedule, q1Share, scheduleFromShares, toDec, toPlainString, toScaled, type Dec } from '@hongtu/domain';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import type { ScaledAmount } from '../../db/amount-codec';
import { scaledFromDb, scaledText } from '../../platform/imports/scaled';
import type { TargetRow } from './targets.table';

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
}

/**
 * A row of `imports.rows_json` as batches stored it before the compact form below (one object per
 * row, values as decimal text): still read, so that a batch checked before an upgrade commits.
 */
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
  version: number;
  /** "Sheet!row", where the row came from (kept as the target's source_quote). */
  at: string;
}

/**
 * `imports.rows_json` of a targets batch: STORED_WIDTH values per row in `rows` (see
 * STORED_FIELD; comparators and the no-target flag in `flags`: bits 0–1 the amount's
 * comparator, 2–3 the growth's, 1 = ge, 2 = le; bit 4 no target), sheets, indicator codes
 * and schedules once each (a row has their index; -1: no schedule). Scaled values are JSON
 * integers when exact as such, else the integer's decimal text.
 */
interface StoredTargets {
  format: 2;
  sheets: string[];
  indicators: string[];
  schedules: string[];
  rows: (number | string | null)[];
}

export const STORED_FIELD = { year: 0, organisation: 1, indicator: 2, amount: 3, growth: 4, flags: 5, schedule: 6, version: 7, sheet: 8, row: 9 } as const;
export const STORED_WIDTH = 10;

const COMPARATOR_BITS = { ge: 1, le: 2 } as const;
const comparatorOfBits = (bits: number): Comparator | null => (bits === 1 ? 'ge' : bits === 2 ? 'le' : null);
const NO_TARGET_BIT = 16;

const scaledJson = (v: bigint | null): string => (v === null ? 'null' : v >= -9007199254740991n && v <= 9007199254740991n ? v.toString() : `"${v}"`);

/** A table of distinct texts and their positions (sheets, indicator codes, schedules). */
class TextTable {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();
  indexOf(value: string): number {
    let i = this.#index.get(value);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.#index.set(value, i);
    }
    return i;
  }
}

/** Rows per piece of JSON text (the pieces are joined once, at the end). */
const PIECE_ROWS = 1000;

/** Builds a batch's rows_json, row by row, as JSON text (a 100,000-row batch holds no row objects). */
export class StoredTargetsWriter {
  readonly #pieces: string[] = [];
  #piece: string[] = [];
  readonly #sheets = new TextTable();
  readonly #indicators = new TextTable();
  readonly #schedules = new TextTable();
  count = 0;

  add(t: BatchTarget): void {
    this.count++;
    const flags = (t.amountComparator === null ? 0 : COMPARATOR_BITS[t.amountComparator])
      | ((t.growthComparator === null ? 0 : COMPARATOR_BITS[t.growthComparator]) << 2) | (t.noTarget ? NO_TARGET_BIT : 0);
    const schedule = t.scheduleJson === null ? -1 : this.#schedules.indexOf(t.scheduleJson);
    this.#piece.push(`${t.year},${t.organisationId},${this.#indicators.indexOf(t.indicatorCode)},${scaledJson(t.amount)},${scaledJson(t.growth)},`
      + `${flags},${schedule},${t.version},${this.#sheets.indexOf(t.sheet)},${t.row}`);
    if (this.#piece.length === PIECE_ROWS) {
      this.#pieces.push(this.#piece.join(','));
      this.#piece = [];
    }
  }

  json(): string {
    if (this.#piece.length > 0) this.#pieces.push(this.#piece.join(','));
    this.#piece = [];
    const tables = JSON.stringify({ format: 2, sheets: this.#sheets.values, indicators: this.#indicators.values, schedules: this.#schedules.values });
    return `${tables.slice(0, -1)},"rows":[${this.#pieces.join(',')}]}`;
  }
}

/** A scaled value as stored: a JSON integer, or an integer's decimal text. */
function storedScaled(v: unknown): bigint | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  throw new Error('unreadable targets batch');
}

/** The rows of a batch's rows_json, in the compact form or the one before it. */
export function readStoredTargets(json: string): BatchTarget[] {
  const stored = JSON.parse(json) as StoredTargets | StoredTarget[];
  if (Array.isArray(stored)) {
    return stored.map((s) => {
      const split = s.at.lastIndexOf('!');
      return {
        year: s.year, organisationId: s.organisationId, indicatorCode: s.indicatorCode,
        amount: s.amount === null ? null : toScaled(dec(s.amount)), amountComparator: s.amountComparator,
        growth: s.growth === null ? null : toScaled(dec(s.growth)), growthComparator: s.growthComparator,
        noTarget: s.noTarget, scheduleJson: s.schedule, version: s.version, sheet: s.at.slice(0, split), row: Number(s.at.slice(split + 1)),
      };
    });
  }
  const { rows, sheets, indicators, schedules } = stored;
  const F = STORED_FIELD;
  const out: BatchTarget[] = [];
  for (let at = 0; at < rows.length; at += STORED_WIDTH) {
    const schedule = rows[at + F.schedule] as number;
    const flags = rows[at + F.flags] as number;
    out.push({
      year: rows[at + F.year] as number, organisationId: rows[at + F.organisation] as number, indicatorCode: indicators[rows[at + F.indicator] as number]!,
      amount: storedScaled(rows[at + F.amount]), amountComparator: comparatorOfBits(flags & 3),
      growth: storedScaled(rows[at + F.growth]), growthComparator: comparatorOfBits((flags >> 2) & 3),
      noTarget: (flags & NO_TARGET_BIT) !== 0, scheduleJson: schedule < 0 ? null : schedules[schedule]!,
      version: rows[at + F.version] as number, sheet: sheets[rows[at + F.sheet] as number]!, row: rows[at + F.row] as number,
    });
  }
  return out;
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

/** What the import compares and replaces of a stored target. */
export type CurrentTarget = Pick<TargetRow, 'year' | 'organisation_id' | 'indicator_id' | 'amount_target' | 'amount_comparator'
  | 'growth_target' | 'growth_comparator' | 'no_target' | 'schedule_json' | 'version'>;

const sameScaled = (raw: ScaledAmount | null, value: bigint | null) => (raw === null || value === null ? raw === value : scaledFromDb(raw) === value);

/** True when writing `values` would change nothing in `row`. */
export function sameTarget(row: CurrentTarget | undefined, values: TargetValues): boolean {
  return row !== undefined
    && sameScaled(row.amount_target, values.amount) && row.amount_comparator === values.amountComparator
    && sameScaled(row.growth_target, values.growth) && row.growth_comparator === values.growthComparator
    && (row.no_target === 1) === values.noTarget && (row.schedule_json ?? null) === values.scheduleJson;
}

const text = (raw: ScaledAmount | null) => (raw === null ? null : scaledText(scaledFromDb(raw)));

/** A stored target as the audit trail and before_json show it. */
export function targetSnapshot(row: CurrentTarget) {
  return {
    year: row.year, organisationId: row.organisation_id, indicatorId: row.indicator_id,
    amountTarget: text(row.amount_target), amountComparator: row.amount_comparator,
    growthTarget: text(row.growth_target), growthComparator: row.growth_comparator,
    noTarget: row.no_target === 1, schedule: row.schedule_json, version: row.version,
  };
}

/**
 * The stored targets of the given organisations and years, by targetKey.
 * Queried by year and organisation in chunks, so a 10k-row file costs a handful of statements.
 */
export async function currentTargets(exec: Executor, years: number[], organisationIds: number[]): Promise<Map<string, CurrentTarget>> {
  const result = new Map<string, CurrentTarget>();
  if (years.length === 0 || organisationIds.length === 0) return result;
  for (const ids of chunks(organisationIds)) {
    const rows = await exec.selectFrom('targets')
      .select(['year', 'organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'growth_target', 'growth_comparator', 'no_target', 'schedule_json', 'version'])
      .where('year', 'in', years).where('organisation_id', 'in', ids).execute();
    for (const row of rows) result.set(targetKey(row.year, row.organisation_id, row.indicator_id), row);
  }
  return result;
}
