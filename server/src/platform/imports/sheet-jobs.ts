import type { SheetParser } from './read-sheets';

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
