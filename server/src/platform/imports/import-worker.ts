import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors/app-error';
import type { FoundProblem, SheetsRead } from './read-sheets';
import { runJob, type JobFailure, type SheetJob } from './sheet-jobs';

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

/**
 * A worker that read a large file is retired after answering: ending it returns its memory
 * (the inflated XML, the parsing's heap) to the system at once, before the request goes on
 * with the rows; the next upload starts a fresh one.
 */
const RETIRE_XML_BYTES = 16 * 1024 * 1024;

export type JobAnswer =
  | { id: number; failure: JobFailure; retire: boolean }
  | { id: number; failure: null; retire: boolean; result: { read: SheetsRead; problems: FoundProblem[]; output: unknown } };

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
    const buffer = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    const result = await runJob(job, request.input, { buffer, fileName: request.fileName });
    return { id: request.id, failure: null, retire: result.read.xmlBytes > RETIRE_XML_BYTES, result };
  } catch (error) {
    return { id: request.id, failure: failure(error), retire: false };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: JobRequest) => {
    void run(request).then((answer) => port.postMessage(answer, answer.failure === null ? transferables(answer.result.output) : []));
  });
}
