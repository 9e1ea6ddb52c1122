import { IMPORT_LIMITS } from './limits';

/**
 * Merged ranges of a sheet: a cell they cover (any but the top-left one) reads as empty.
 * They are written after the rows, so a sheet read whole finds them first (readMerges); a
 * large sheet, read as it is inflated, learns them at its end and checks the rows it handed
 * over (HandedCells): if one had a value in a covered cell, the file is read again with the
 * merges known (MergesFound, import-worker.ts). Merged cells in the data rows are rare.
 */
export interface Merge { top: number; left: number; bottom: number; right: number }

/** Column letters → number (A → 1, AA → 27); 0 when there are none. */
export function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** A range as a mergeCell writes it ("A1:L1"); null otherwise. */
export function mergeOf(ref: string): Merge | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  return m ? { left: columnNumber(m[1]!), top: Number(m[2]), right: columnNumber(m[3]!), bottom: Number(m[4]) } : null;
}

/** Merged ranges of a whole sheet, from the part after sheetData. */
export function readMerges(xml: Buffer): Merge[] {
  const end = xml.lastIndexOf('sheetData', undefined, 'latin1');
  const tail = xml.toString('utf8', Math.max(0, end));
  const merges: Merge[] = [];
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) {
    if (merges.length >= IMPORT_LIMITS.mergedRanges) break;
    merges.push(mergeOf(m[1]!)!);
  }
  return merges;
}

const NONE: Merge[] = [];

/** Walks the rows top down, knowing which ranges are open at each (merges sorted by top row). */
export class MergeSweep {
  readonly #merges: Merge[];
  #next = 0;
  #active: Merge[] = [];

  constructor(merges: Merge[]) {
    this.#merges = [...merges].sort((a, b) => a.top - b.top);
  }

  /** Moves to a row (rows come in increasing order); answers the ranges that start on it. */
  row(index: number): Merge[] {
    let starting: Merge[] | null = null;
    while (this.#next < this.#merges.length && this.#merges[this.#next]!.top <= index) {
      const merge = this.#merges[this.#next++]!;
      this.#active.push(merge);
      if (merge.top === index) (starting ??= []).push(merge);
    }
    if (this.#active.length > 0) this.#active = this.#active.filter((m) => m.bottom >= index);
    return starting ?? NONE;
  }

  /** A cell of the current row covered by a range (not its top-left cell). */
  covered(row: number, column: number): boolean {
    return this.#active.length > 0 && this.#active.some((m) => column >= m.left && column <= m.right && (row > m.top || column > m.left));
  }
}

/** The cells with a value of the rows handed over, as row × 1024 + column (columns stop at ZZ = 702). */
export class HandedCells {
  #cells = new Int32Array(4096);
  #count = 0;

  add(row: number, column: number): void {
    if (this.#count === this.#cells.length) {
      const grown = new Int32Array(this.#cells.length * 2);
      grown.set(this.#cells);
      this.#cells = grown;
    }
    this.#cells[this.#count++] = row * 1024 + column;
  }

  /** True when one of them lies under a merged range. */
  anyCovered(merges: Merge[]): boolean {
    if (merges.length === 0 || this.#count === 0) return false;
    const cells = this.#cells.subarray(0, this.#count).sort();
    const sweep = new MergeSweep(merges);
    let current = -1;
    for (const cell of cells) {
      const row = Math.floor(cell / 1024);
      if (row !== current) sweep.row((current = row));
      if (sweep.covered(row, cell % 1024)) return true;
    }
    return false;
  }
}

/** A large sheet's merged ranges, found after rows with a value under them were handed over. */
export class MergesFound extends Error {
  constructor(readonly part: string, readonly merges: Merge[]) {
    super('merged ranges found after the rows');
  }
}
