import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import { readSheets, type FoundProblem } from './read-sheets';
import type { JobFailure, SheetJob } from './sheet-jobs';

/**
 * The import worker's side (started by import-pool.ts through import-worker.mjs): one job at a
 * time, the upload read and parsed here, off the server's event loop, within the worker's own
 * memory limits. Nothing here reaches the database or the message catalogues.
 */
export interface JobRequest {
  id: number;
  module: string;
  input: unknown;
  bytes: Uint8Array;
  fileName: string;
}

export type JobAnswer = { id: number; failure: JobFailure } | { id: number; failure: null; result: { read: Awaited<ReturnType<typeof readSheets>>; problems: FoundProblem[]; output: unknown } };

/** Typed arrays in the output (one level of nesting) are moved to the requesting thread, not copied. */
function transferables(output: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: unknown, depth: number) => {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    else if (depth < 2 && value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v, depth + 1);
  };
  visit(output, 0);
  return [...buffers];
}

function failure(error: unknown): JobFailure {
  if (error instanceof AppError) return { app: true, status: error.status, code: error.code, params: error.params };
  const e = error instanceof Error ? error : new Error(String(error));
  return { app: false, message: e.message, stack: e.stack };
}

async function run(request: JobRequest): Promise<JobAnswer> {
  try {
    const { job } = (await import(request.module)) as { job: SheetJob<unknown, unknown> };
    const { parser, finish } = job.create(request.input);
    const problems: FoundProblem[] = [];
    const buffer = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    const read = await readSheets({ buffer, fileName: request.fileName }, parser, problems);
    return { id: request.id, failure: null, result: { read, problems, output: finish() } };
  } catch (error) {
    return { id: request.id, failure: failure(error) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: JobRequest) => {
    void run(request).then((answer) => port.postMessage(answer, answer.failure === null ? transferables(answer.result.output) : []));
  });
}
