import type { Comparator } from '@hongtu/contracts';
import { dec, toScaled } from '@hongtu/domain';
import type { BatchTarget, TargetValues } from './target-import-batch';

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
 * `imports.rows_json` of a targets batch: STORED_WIDTH values per row in `rows` (STORED_FIELD),
 * and for each row that replaces a stored target, BEFORE_WIDTH values in `before`: the row's
 * index, then that target's amount, growth, flags and schedule as the dry run read them.
 * Sheets, indicator codes and schedules are listed once; a row has their index (-1: no
 * schedule). `flags`: bits 0–1 the amount's comparator, 2–3 the growth's (1 = ge, 2 = le),
 * bit 4 no target, bit 5 (rows only) writing the row changes the stored target. Scaled values
 * are JSON integers when exact as such, else the integer's decimal text.
 */
interface StoredTargets {
  format: 2;
  sheets: string[];
  indicators: string[];
  schedules: string[];
  rows: (number | string | null)[];
  before: (number | string | null)[];
}

export const STORED_FIELD = { year: 0, organisation: 1, indicator: 2, amount: 3, growth: 4, flags: 5, schedule: 6, version: 7, sheet: 8, row: 9 } as const;
export const STORED_WIDTH = 10;
const BEFORE_WIDTH = 5;

const COMPARATOR_BITS = { ge: 1, le: 2 } as const;
const comparatorOfBits = (bits: number): Comparator | null => (bits === 1 ? 'ge' : bits === 2 ? 'le' : null);
const NO_TARGET_BIT = 16;
const CHANGES_BIT = 32;

const scaledJson = (v: bigint | null): string => (v === null ? 'null' : v >= -9007199254740991n && v <= 9007199254740991n ? v.toString() : `"${v}"`);
const flagsOf = (v: TargetValues) => (v.amountComparator === null ? 0 : COMPARATOR_BITS[v.amountComparator])
  | ((v.growthComparator === null ? 0 : COMPARATOR_BITS[v.growthComparator]) << 2) | (v.noTarget ? NO_TARGET_BIT : 0);

/** A table of distinct texts and their positions (sheets, indicator codes, schedules). */
class TextTable {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();
  indexOf(value: string | null): number {
    if (value === null) return -1;
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
  readonly #before: string[] = [];
  readonly #sheets = new TextTable();
  readonly #indicators = new TextTable();
  readonly #schedules = new TextTable();
  count = 0;

  /** A row of the batch: what it writes, whether that changes the stored target, and the stored target's values (null: none). */
  add(t: Omit<BatchTarget, 'changes' | 'before'>, changes: boolean, before: TargetValues | null): void {
    const index = this.count++;
    this.#piece.push(`${t.year},${t.organisationId},${this.#indicators.indexOf(t.indicatorCode)},${scaledJson(t.amount)},${scaledJson(t.growth)},`
      + `${flagsOf(t) | (changes ? CHANGES_BIT : 0)},${this.#schedules.indexOf(t.scheduleJson)},${t.version},${this.#sheets.indexOf(t.sheet)},${t.row}`);
    if (this.#piece.length === PIECE_ROWS) {
      this.#pieces.push(this.#piece.join(','));
      this.#piece = [];
    }
    if (changes && before) {
      this.#before.push(`${index},${scaledJson(before.amount)},${scaledJson(before.growth)},${flagsOf(before)},${this.#schedules.indexOf(before.scheduleJson)}`);
    }
  }

  json(): string {
    if (this.#piece.length > 0) this.#pieces.push(this.#piece.join(','));
    this.#piece = [];
    const tables = JSON.stringify({ format: 2, sheets: this.#sheets.values, indicators: this.#indicators.values, schedules: this.#schedules.values });
    return `${tables.slice(0, -1)},"rows":[${this.#pieces.join(',')}],"before":[${this.#before.join(',')}]}`;
  }
}

/** A scaled value as stored: a JSON integer, or an integer's decimal text. */
function storedScaled(v: unknown): bigint | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  throw new Error('unreadable targets batch');
}

function valuesOf(amount: unknown, growth: unknown, flags: number, schedule: number, schedules: string[]): TargetValues {
  return {
    amount: storedScaled(amount), amountComparator: comparatorOfBits(flags & 3),
    growth: storedScaled(growth), growthComparator: comparatorOfBits((flags >> 2) & 3),
    noTarget: (flags & NO_TARGET_BIT) !== 0, scheduleJson: schedule < 0 ? null : schedules[schedule]!,
  };
}

/** The rows of a batch's rows_json: the compact form, or the one before it (changes and replaced values not recorded). */
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
        changes: null, before: null,
      };
    });
  }
  const { rows, before, sheets, indicators, schedules } = stored;
  const replaced = new Map<number, TargetValues>();
  for (let at = 0; at < before.length; at += BEFORE_WIDTH) {
    replaced.set(before[at] as number, valuesOf(before[at + 1], before[at + 2], before[at + 3] as number, before[at + 4] as number, schedules));
  }
  const F = STORED_FIELD;
  const out: BatchTarget[] = new Array<BatchTarget>(rows.length / STORED_WIDTH);
  for (let i = 0, at = 0; at < rows.length; i++, at += STORED_WIDTH) {
    const flags = rows[at + F.flags] as number;
    const schedule = rows[at + F.schedule] as number;
    out[i] = {
      year: rows[at + F.year] as number, organisationId: rows[at + F.organisation] as number, indicatorCode: indicators[rows[at + F.indicator] as number]!,
      amount: storedScaled(rows[at + F.amount]), amountComparator: comparatorOfBits(flags & 3),
      growth: storedScaled(rows[at + F.growth]), growthComparator: comparatorOfBits((flags >> 2) & 3),
      noTarget: (flags & NO_TARGET_BIT) !== 0, scheduleJson: schedule < 0 ? null : schedules[schedule]!,
      version: rows[at + F.version] as number, sheet: sheets[rows[at + F.sheet] as number]!, row: rows[at + F.row] as number,
      changes: (flags & CHANGES_BIT) !== 0, before: replaced.get(i) ?? null,
    };
  }
  return out;
}
