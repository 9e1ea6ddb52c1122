import { Worker } from 'node:worker_threads';
import type { ApprovalNeed, FoundApprovals } from '../builders/approvals';
import type { BuildReportInput } from '../builders/types';
import type { ApprovalsReply, MadeReport, RenderAnswer, RenderPhase, RenderRequest } from './render-worker';

/**
 * Reports are built and drawn in a worker thread — the document model from the snapshot, the Word
 * and Excel files, the stored JSON and the files' hashes — so that a city's bulletin (seconds of
 * charts and tables) never holds the server's event loop, within memory limits of its own. The
 * server's thread only reads the database: the snapshot before, the submissions the document cites
 * when the worker asks (hooks.approvals), the archive row after. One worker takes one report at a
 * time in order of arrival — twenty reports asked at once queue here, the memory stays that of one —
 * starts at the first report (from the sources through tsx: render-worker.mjs; the built server
 * starts the built worker, server/build.mjs) and ends after a minute without work. A report that
 * takes longer than RENDER_MS, or more memory, fails its job (retried by the job queue) and the
 * worker is replaced. A worker whose isolate holds more than RENDER_WORKER_RECYCLE_MB after a report
 * (its heap with the garbage V8 keeps, and buffers) ends there and the next report starts a new one:
 * the thread's end gives back its heap and resvg's native memory, without forcing V8's collector.
 */
const ENTRY = new URL('./render-worker.mjs', import.meta.url);
/**
 * The worker's heap. A report's garbage is mostly short-lived (pieces of text and XML): a young
 * generation of 8 MiB, not 32, is collected four times as often and the worker's isolate held
 * 85–110 MiB after each of seven city bulletins in a row, not 130–190 (process peak 236–293 MiB
 * against 270–357, the time the same; bench `reports --in=worker`, 2026-12-04). The old generation's
 * bound is for failing a runaway report, not for pacing the collector (256 instead of 1024 changed nothing).
 */
export const RENDER_WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8 } as const;
/**
 * Past this, the worker is replaced after its report. Its isolate holds ~85–110 MiB after each city
 * bulletin in a row (120 districts × 40 indicators, 10 charts; V8 collects on its own) and a new
 * worker costs a second or more of start-up: the bound is for what V8 would keep beyond that, not a routine.
 */
export const RENDER_WORKER_RECYCLE_MB = 256;
const IDLE_MS = 60_000;
const RENDER_MS = 180_000;

/** What the worker asks of the server while it makes a report. */
export interface ReportHooks {
  /** The submissions the document's figure sources cite, read from the database. */
  approvals(needs: ApprovalNeed[]): Promise<FoundApprovals>;
  /** The report reached a phase (the job's progress). */
  phase(phase: RenderPhase): void;
}

/** The report's published snapshots as stored (JSON text: parsed in the worker, not cloned as objects). */
export interface ReportSnapshots {
  snapshotJson: string;
  previousJson: string | null;
}

interface Pending {
  request: RenderRequest;
  hooks: ReportHooks;
  resolve: (report: MadeReport) => void;
  reject: (error: unknown) => void;
}

/** Renders reports in one worker thread at a time (exported for its tests; the server uses makeReportInWorker). */
export class RenderWorker {
  readonly #recycleBytes: number;
  #worker: Worker | null = null;
  #started = 0;
  #lastMemory = 0;
  #queue: Pending[] = [];
  #active: Pending | null = null;
  #nextId = 1;
  #idle: NodeJS.Timeout | null = null;
  #deadline: NodeJS.Timeout | null = null;

  readonly #entry: URL;

  /** `entry`: the worker's module (the benchmark starts the built one, as `npm run serve` does). */
  constructor(options: { recycleMb?: number; entry?: URL } = {}) {
    this.#recycleBytes = (options.recycleMb ?? RENDER_WORKER_RECYCLE_MB) * 1024 * 1024;
    this.#entry = options.entry ?? ENTRY;
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.#started;
  }

  /** What the worker's isolate held after the last report (bytes). */
  get lastMemory(): number {
    return this.#lastMemory;
  }

  make(input: RenderRequest['input'], snapshots: ReportSnapshots, template: Buffer | undefined, hooks: ReportHooks): Promise<MadeReport> {
    const request: RenderRequest = { id: this.#nextId++, input, ...snapshots, template: template ? new Uint8Array(template) : null };
    return new Promise((resolve, reject) => {
      this.#queue.push({ request, hooks, resolve, reject });
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
    this.#deadline = setTimeout(() => this.#fail(new Error(`the report took longer than ${RENDER_MS} ms`)), RENDER_MS);
    worker.postMessage(job.request, job.request.template ? [job.request.template.buffer as ArrayBuffer] : []);
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#entry, { execArgv: [], resourceLimits: RENDER_WORKER_LIMITS });
    this.#started++;
    worker.on('message', (answer: RenderAnswer) => {
      const job = this.#active;
      if (this.#worker !== worker || !job || answer.id !== job.request.id) return;
      if ('needs' in answer) {
        job.hooks.approvals(answer.needs).then(
          (approvals) => {
            if (this.#worker === worker && this.#active === job) worker.postMessage({ id: answer.id, approvals } satisfies ApprovalsReply);
          },
          (error: unknown) => {
            if (this.#worker === worker && this.#active === job) this.#fail(error);
          },
        );
        return;
      }
      if ('phase' in answer) {
        job.hooks.phase(answer.phase);
        return;
      }
      this.#settle();
      this.#lastMemory = answer.memory;
      // Over its bound the worker ends here (the answer's files are already this thread's).
      if (answer.memory > this.#recycleBytes) void this.#stop(worker);
      if (answer.report) job.resolve(answer.report);
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

  /** The active report is done: let the process exit without waiting for the worker, which ends when idle. */
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

  /** The active report failed with the worker (out of memory, too long, crashed): the worker is replaced. */
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

/**
 * The report built from its snapshots and drawn as Word (built-in layout or the city's template) and
 * Excel in the render worker, with its stored JSON and the files' hashes.
 */
export const makeReportInWorker = (
  input: Omit<BuildReportInput, 'snapshot' | 'previous'>, snapshots: ReportSnapshots, template: Buffer | undefined, hooks: ReportHooks,
): Promise<MadeReport> => pool.make(input, snapshots, template, hooks);
