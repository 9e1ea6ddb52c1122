import type { Comparator } from '@hongtu/contracts';

/**
 * The target rows of an upload as the import worker hands them over: one typed array per
 * field (scaled integers for values, ADR 0002), so that 100,000 rows are a few MiB moved between
 * threads, not 100,000 objects copied.
 */
export interface TargetRows {
  count: number;
  year: Int32Array;
  organisation: Int32Array;
  indicator: Int32Array;
  /** value × 10^6 in the indicator's unit; meaningful when its HAS_ flag is set. */
  amount: BigInt64Array;
  growth: BigInt64Array;
  /** Cumulative share of the annual target due by the end of Q1, in percent (× 10^6). */
  q1Share: BigInt64Array;
  /** Bits below. */
  flags: Uint8Array;
  /** Where the row is: index into `sheets`, and the row number. */
  sheet: Uint16Array;
  row: Int32Array;
  sheets: string[];
}

export const HAS_AMOUNT = 1;
export const HAS_GROWTH = 2;
export const HAS_Q1 = 4;
export const NO_TARGET = 8;
const AMOUNT_GE = 16;
const AMOUNT_LE = 32;
const GROWTH_GE = 64;
const GROWTH_LE = 128;

export const amountComparatorOf = (flags: number): Comparator | null => (flags & AMOUNT_GE ? 'ge' : flags & AMOUNT_LE ? 'le' : null);
export const growthComparatorOf = (flags: number): Comparator | null => (flags & GROWTH_GE ? 'ge' : flags & GROWTH_LE ? 'le' : null);

/** One row as the parser pushes it. */
export interface TargetRowValues {
  year: number;
  organisation: number;
  indicator: number;
  amount: bigint | null;
  amountComparator: Comparator | null;
  growth: bigint | null;
  growthComparator: Comparator | null;
  noTarget: boolean;
  q1Share: bigint | null;
  sheet: string;
  row: number;
}

/** Collects rows into growing typed arrays. */
export class TargetRowsBuilder {
  #capacity = 16_384;
  #count = 0;
  #year = new Int32Array(this.#capacity);
  #organisation = new Int32Array(this.#capacity);
  #indicator = new Int32Array(this.#capacity);
  #amount = new BigInt64Array(this.#capacity);
  #growth = new BigInt64Array(this.#capacity);
  #q1Share = new BigInt64Array(this.#capacity);
  #flags = new Uint8Array(this.#capacity);
  #sheet = new Uint16Array(this.#capacity);
  #row = new Int32Array(this.#capacity);
  #sheets: string[] = [];

  get count(): number {
    return this.#count;
  }

  push(v: TargetRowValues): void {
    if (this.#count === this.#capacity) this.#grow();
    const i = this.#count++;
    let sheet = this.#sheets.length - 1;
    if (this.#sheets[sheet] !== v.sheet) {
      sheet = this.#sheets.indexOf(v.sheet);
      if (sheet < 0) sheet = this.#sheets.push(v.sheet) - 1;
    }
    this.#year[i] = v.year;
    this.#organisation[i] = v.organisation;
    this.#indicator[i] = v.indicator;
    this.#amount[i] = v.amount ?? 0n;
    this.#growth[i] = v.growth ?? 0n;
    this.#q1Share[i] = v.q1Share ?? 0n;
    this.#flags[i] = (v.amount === null ? 0 : HAS_AMOUNT) | (v.growth === null ? 0 : HAS_GROWTH) | (v.q1Share === null ? 0 : HAS_Q1)
      | (v.noTarget ? NO_TARGET : 0)
      | (v.amountComparator === 'ge' ? AMOUNT_GE : v.amountComparator === 'le' ? AMOUNT_LE : 0)
      | (v.growthComparator === 'ge' ? GROWTH_GE : v.growthComparator === 'le' ? GROWTH_LE : 0);
    this.#sheet[i] = sheet;
    this.#row[i] = v.row;
  }

  #grow(): void {
    this.#capacity *= 2;
    const grow = <A extends Int32Array | BigInt64Array | Uint8Array | Uint16Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(this.#capacity);
      b.set(a as never);
      return b;
    };
    this.#year = grow(this.#year);
    this.#organisation = grow(this.#organisation);
    this.#indicator = grow(this.#indicator);
    this.#amount = grow(this.#amount);
    this.#growth = grow(this.#growth);
    this.#q1Share = grow(this.#q1Share);
    this.#flags = grow(this.#flags);
    this.#sheet = grow(this.#sheet);
    this.#row = grow(this.#row);
  }

  /** The rows: views of the builder's arrays, which it no longer uses (moved between threads whole, not copied). */
  finish(): TargetRows {
    const n = this.#count;
    return {
      count: n,
      year: this.#year.subarray(0, n),
      organisation: this.#organisation.subarray(0, n),
      indicator: this.#indicator.subarray(0, n),
      amount: this.#amount.subarray(0, n),
      growth: this.#growth.subarray(0, n),
      q1Share: this.#q1Share.subarray(0, n),
      flags: this.#flags.subarray(0, n),
      sheet: this.#sheet.subarray(0, n),
      row: this.#row.subarray(0, n),
      sheets: this.#sheets,
    };
  }
}
