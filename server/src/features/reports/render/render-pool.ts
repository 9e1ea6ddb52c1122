import { Worker } from 'node:worker_threads';
import type { ReportDocument } from '@hongtu/contracts/reports';
import type { RenderAnswer, RenderRequest } from './render-worker';

/**
 * Reports' Word and Excel files are drawn in a worker thread, so that a city's bulletin (seconds
 * of charts and tables) never holds the server's event loop, within memory limits of its own. One
 * worker takes one file at a time in order of arrival — twenty reports asked at once queue here, the
 * memory stays that of one — starts at the first report (from the sources through tsx:
 * render-worker.mjs; the built server starts the built worker, server/build.mjs) and ends after a
 * minute without work. A file that takes longer than RENDER_MS, or more memory, fails its job
 * (retried by the job queue) and the worker is replaced.
 */
const ENTRY = new URL('./render-worker.mjs', import.meta.url);
export const RENDER_WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 32 } as const;
const IDLE_MS = 60_000;
const RENDER_MS = 180_000;

interface Pending {
  request: RenderRequest;
  resolve: (file: Buffer) => void;
  reject: (error: unknown) => void;
}

class RenderWorker {
  #worker: Worker | null = null;
  #queue: Pending[] = [];
  #active: Pending | null = null;
  #nextId = 1;
  #idle: NodeJS.Timeout | null = null;
  #deadline: NodeJS.Timeout | null = null;

  render(format: RenderRequest['format'], doc: ReportDocument, template: Buffer | undefined): Promise<Buffer> {
    const request: RenderRequest = { id: this.#nextId++, format, doc, template: template ? new Uint8Array(template) : null };
    return new Promise((resolve, reject) => {
      this.#queue.push({ request, resolve, reject });
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
    this.#deadline = setTimeout(() => this.#fail(new Error(`the report's ${job.request.format} file took longer than ${RENDER_MS} ms`)), RENDER_MS);
    worker.postMessage(job.request, job.request.template ? [job.request.template.buffer as ArrayBuffer] : []);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(ENTRY, { execArgv: [], resourceLimits: RENDER_WORKER_LIMITS });
    worker.on('message', (answer: RenderAnswer) => {
      const job = this.#active;
      if (this.#worker !== worker || !job || answer.id !== job.request.id) return;
      this.#settle();
      if (answer.file) job.resolve(Buffer.from(answer.file.buffer, answer.file.byteOffset, answer.file.byteLength));
      else {
        const error = new Error(answer.error.message);
        if (answer.error.stack) error.stack = answer.error.stack;
        job.reject(error);
      }
      this.#pump();
    });
    worker.on('error', (error) => {
      if (this.#worker === worker) this.#fail(error);
    });
    worker.on('exit', () => {
      if (this.#worker === worker) this.#fail(new Error('the report render worker stopped'));
    });
    this.#worker = worker;
    return worker;
  }

  /** The active file is done: let the process exit without waiting for the worker, which ends when idle. */
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

  /** The active file failed with the worker (out of memory, too long, crashed): the worker is replaced. */
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

const pool = new RenderWorker();

/** The report's Word file (built-in layout or the city's template), drawn in the render worker. */
export const renderDocxInWorker = (doc: ReportDocument, template?: Buffer): Promise<Buffer> => pool.render('docx', doc, template);

/** The report's workbook, drawn in the render worker. */
export const renderXlsxInWorker = (doc: ReportDocument): Promise<Buffer> => pool.render('xlsx', doc, undefined);
