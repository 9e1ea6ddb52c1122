import { Worker } from 'node:worker_threads';
import type { Locale } from '@hongtu/contracts';
import { AppError } from '../errors/app-error';
import { isMessageCode, translate } from '../i18n/messages';
import type { JobAnswer, JobRequest } from './import-worker';
import type { FoundProblem, ImportProblem, SheetsRead } from './read-sheets';
import type { JobFailure, SheetJobRef } from './sheet-jobs';
import type { Upload } from './upload';

/**
 * Uploads are read and parsed in a worker thread, so that a large or hostile file never holds
 * the server's event loop, and within memory limits of its own (a file that needs more is
 * refused, the server is not). One worker takes one job at a time, in order of arrival: the
 * memory of the reading is bounded whatever the number of concurrent uploads. It starts at the
 * first upload (from the sources, through tsx, about half a second: import-worker.mjs; the built
 * server starts the built worker, server/build.mjs), stays for the next ones and ends after a
 * minute without work, or right after a large file (import-worker.ts).
 */
const ENTRY = new URL('./import-worker.mjs', import.meta.url);
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 } as const;
const IDLE_MS = 60_000;
/** A job running longer than this is stopped (the file is refused as too complex). */
const JOB_MS = 60_000;

export interface SheetJobResult<Output> {
  read: Omit<SheetsRead, 'notices'> & { notices: ImportProblem[] };
  /** Problems of the file and its rows, in the caller's language, in the order found. */
  problems: ImportProblem[];
  output: Output;
}

interface Job {
  request: JobRequest;
  transfer: ArrayBuffer[];
  resolve: (answer: JobAnswer) => void;
  reject: (error: unknown) => void;
}

const tooComplex = () => new AppError(422, 'IMPORT_TOO_COMPLEX');

class ImportWorker {
  #worker: Worker | null = null;
  #queue: Job[] = [];
  #active: Job | null = null;
  #nextId = 1;
  #idle: NodeJS.Timeout | null = null;
  #deadline: NodeJS.Timeout | null = null;

  run(module: string, input: unknown, upload: Upload): Promise<JobAnswer> {
    // The upload moves to the worker when it owns its memory, else a copy does.
    const { buffer } = upload;
    const owns = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength && buffer.buffer instanceof ArrayBuffer;
    const bytes = owns ? new Uint8Array(buffer.buffer as ArrayBuffer) : new Uint8Array(buffer);
    const request: JobRequest = { id: this.#nextId++, module, input, bytes, fileName: upload.fileName };
    return new Promise((resolve, reject) => {
      this.#queue.push({ request, transfer: [bytes.buffer as ArrayBuffer], resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#active || this.#queue.length === 0) return;
    const job = this.#queue.shift()!;
    this.#active = job;
    if (this.#idle) clearTimeout(this.#idle);
    const worker = this.#start();
    worker.ref();
    this.#deadline = setTimeout(() => this.#fail(tooComplex()), JOB_MS);
    worker.postMessage(job.request, job.transfer);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(ENTRY, { execArgv: [], resourceLimits: WORKER_LIMITS });
    worker.on('message', (answer: JobAnswer) => {
      const job = this.#active;
      if (this.#worker !== worker || !job || answer.id !== job.request.id) return;
      if (answer.retire) {
        this.#worker = null;
        void worker.terminate();
      }
      this.#settle();
      job.resolve(answer);
      this.#pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.#worker === worker) this.#fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error);
    });
    worker.on('exit', () => {
      if (this.#worker === worker) this.#fail(new Error('the import worker stopped'));
    });
    this.#worker = worker;
    return worker;
  }

  /** The active job is done: let the process exit without waiting for the worker, which ends when idle. */
  #settle(): void {
    if (this.#deadline) clearTimeout(this.#deadline);
    this.#deadline = null;
    this.#active = null;
    const worker = this.#worker;
    if (!worker || this.#queue.length > 0) return;
    worker.unref();
    this.#idle = setTimeout(() => void this.#stop(worker), IDLE_MS);
    this.#idle.unref();
  }

  /** The active job failed with the worker (out of memory, too long, crashed): the worker is replaced. */
  #fail(error: unknown): void {
    const job = this.#active;
    const worker = this.#worker;
    this.#worker = null;
    if (worker) void worker.terminate();
    if (!job) return;
    this.#settle();
    job.reject(error);
    this.#pump();
  }

  async #stop(worker: Worker): Promise<void> {
    if (this.#worker !== worker || this.#active) return;
    this.#worker = null;
    await worker.terminate();
  }
}

const pool = new ImportWorker();

function words(found: FoundProblem, locale: Locale): ImportProblem {
  const { params, ...place } = found;
  return { ...place, message: translate(found.code, locale, params) };
}

function rethrow(failure: JobFailure): never {
  if (failure.app && isMessageCode(failure.code)) throw new AppError(failure.status, failure.code, failure.params);
  const error = new Error(failure.app ? failure.code : failure.message);
  if (!failure.app && failure.stack) error.stack = failure.stack;
  throw error;
}

/**
 * Reads an upload in the import worker with a job of an import (sheet-jobs.ts): refusals of the
 * file are thrown here as the AppError the reader raised; problems come back in the caller's words.
 */
export async function runSheetJob<Input, Output>(job: SheetJobRef<Input, Output>, input: Input, upload: Upload, locale: Locale): Promise<SheetJobResult<Output>> {
  const answer = await pool.run(job.module, input, upload);
  if (answer.failure !== null) rethrow(answer.failure);
  const { read, problems, output } = answer.result;
  return {
    read: { ...read, notices: read.notices.map((n) => words(n, locale)) },
    problems: problems.map((p) => words(p, locale)),
    output: output as Output,
  };
}
