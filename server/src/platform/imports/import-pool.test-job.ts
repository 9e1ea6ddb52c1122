import { AppError } from '../errors/app-error';
import type { SheetJob } from './sheet-jobs';

/** A job for import-pool.test.ts: counts rows, or fails the way it is asked to. */
export type TestJobInput = 'count' | 'refuse' | 'crash' | 'exhaust';

export const job: SheetJob<TestJobInput, { rows: Int32Array }> = {
  create(input) {
    if (input === 'refuse') throw new AppError(422, 'IMPORT_TARGET_EMPTY', { n: 1 });
    if (input === 'crash') throw new Error('the job failed');
    if (input === 'exhaust') {
      // More than the worker's heap may hold.
      const hog: number[][] = [];
      for (;;) hog.push(Array.from({ length: 100_000 }, (_, i) => i + 0.5));
    }
    let rows = 0;
    return { parser: { header: () => true, row: () => void rows++ }, finish: () => ({ rows: Int32Array.of(rows) }) };
  },
};
