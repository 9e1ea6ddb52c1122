import { Worker } from 'node:worker_threads';

/**
 * Peak resident memory per phase. The process's RSS is sampled every 50 ms
 * (process.memoryUsage.rss(), which is process-wide) by a worker thread, so
 * samples keep coming while the main thread is busy in synchronous work
 * (better-sqlite3 runs queries on the main thread). The worker writes the
 * running peak into shared memory; a phase resets it and reads it back.
 * The worker's own isolate adds a few MiB to every figure, equally.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
const cells = new BigInt64Array(workerData);
setInterval(() => {
  const rss = BigInt(process.memoryUsage.rss());
  if (rss > Atomics.load(cells, 0)) Atomics.store(cells, 0, rss);
  Atomics.add(cells, 1, 1n);
}, 50);
`;

export interface PhaseMemory {
  phase: string;
  /** Highest RSS seen by the 50 ms sampler during the phase (bytes). */
  peakRss: number;
  samples: number;
}

export class MemorySampler {
  readonly #cells = new BigInt64Array(new SharedArrayBuffer(16));
  readonly #worker: Worker;
  readonly phases: PhaseMemory[] = [];

  constructor() {
    this.#worker = new Worker(WORKER, { eval: true, workerData: this.#cells.buffer });
    this.#worker.unref();
  }

  /** Runs one phase and records its peak RSS (including the RSS at its start and end). */
  async phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
    Atomics.store(this.#cells, 0, BigInt(process.memoryUsage.rss()));
    Atomics.store(this.#cells, 1, 0n);
    try {
      return await fn();
    } finally {
      const end = BigInt(process.memoryUsage.rss());
      const peak = Atomics.load(this.#cells, 0);
      this.phases.push({ phase: name, peakRss: Number(end > peak ? end : peak), samples: Number(Atomics.load(this.#cells, 1)) });
    }
  }

  /** Phases recorded since `from` (an index into `phases`). */
  since(from: number): PhaseMemory[] {
    return this.phases.slice(from);
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

/** process.resourceUsage().maxRSS is in KiB: the peak of the whole process so far. */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
