import { readSheets, type FoundProblem, type ReadOptions, type SheetParser, type SheetsRead } from './read-sheets';
import { MergesFound, type Merge } from './sheet-merges';
import type { Upload } from './upload';

/**
 * What an import runs in the import worker (import-pool.ts): from a plain, cloneable input
 * (the organisations, indicators, year … the rows are checked against), the row parser, and
 * what it collected once every sheet is read. The output goes back to the request by
 * structured clone: plain data and typed arrays (moved, not copied), no class instances.
 * A job module exports it as `job`; the request names the module with sheetJob().
 */
export interface SheetJob<Input, Output> {
  create(input: Input): { parser: SheetParser<unknown>; finish(): Output };
}

/** A job module's address, typed with its input and output (the module itself loads in the worker only). */
export interface SheetJobRef<Input, Output> {
  readonly module: string;
  /** Never set: carries the types. */
  readonly types?: { input: Input; output: Output };
}

/** `sheetJob<In, Out>(new URL('./x-job.ts', import.meta.url))`. */
export function sheetJob<Input, Output>(module: URL): SheetJobRef<Input, Output> {
  return { module: module.href };
}

/** How a failure crosses from the worker: an AppError by its status, code and parameters. */
export type JobFailure =
  | { app: true; status: number; code: string; params: Record<string, string | number> }
  | { app: false; message: string; stack: string | undefined };

/**
 * Runs a job on an upload: its parser over every sheet, then its output. When a large sheet's
 * merged ranges turn out to cover a value already handed over (MergesFound), the file is read
 * again from the start by a fresh parser, with them known (at most once per sheet).
 */
export async function runJob<Input, Output>(job: SheetJob<Input, Output>, input: Input, upload: Upload, options: Omit<ReadOptions, 'knownMerges'> = {}): Promise<{ read: SheetsRead; problems: FoundProblem[]; output: Output }> {
  const knownMerges = new Map<string, Merge[]>();
  for (;;) {
    const { parser, finish } = job.create(input);
    const problems: FoundProblem[] = [];
    try {
      const read = await readSheets(upload, parser, problems, { ...options, knownMerges });
      return { read, problems, output: finish() };
    } catch (error) {
      if (!(error instanceof MergesFound) || knownMerges.has(error.part)) throw error;
      knownMerges.set(error.part, error.merges);
    }
  }
}
