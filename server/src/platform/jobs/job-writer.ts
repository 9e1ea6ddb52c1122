import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { JobProgress } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import type { JobRow } from './jobs.table';

/**
 * The runners' bookkeeping writes on SQLite — claim, lease and progress, success, release — made by
 * a writer thread with a connection of its own to the same file (job-writer-worker.mjs): SQLite
 * commits synchronously (better-sqlite3 on the calling thread, an fsync each with
 * synchronous=FULL), so made on the server's thread each held its event loop for the disk's time
 * (~17 ms here), and every request waited behind it. Durability is the same (the writer commits with
 * synchronous=FULL); the server's thread only waits for the answer. Writes of the same job from
 * the two connections are serialised by SQLite's write lock (BEGIN IMMEDIATE, busy_timeout), never
 * held open between messages. An in-memory database has no file to share: its writes stay on the
 * server's connection (JobQueue), as they do on PostgreSQL, whose driver never holds the loop.
 */
const ENTRY = new URL('./job-writer-worker.mjs', import.meta.url);

export interface ClaimArgs { owner: string; kinds: readonly string[]; exclude: readonly number[]; at: string; until: string }
export interface HeartbeatArgs { id: number; owner: string; until: string; at: string; progress?: JobProgress }
export interface SucceedArgs { id: number; owner: string; resultJson: string | null; at: string; progress?: JobProgress }
export interface ReleaseArgs { id: number; owner: string; at: string }

interface Operations {
  claim: [ClaimArgs, JobRow | undefined];
  heartbeat: [HeartbeatArgs, boolean];
  succeed: [SucceedArgs, boolean];
  release: [ReleaseArgs, void];
}

type Answer = { id: number; result: unknown } | { id: number; error: { message: string; code?: string } };

export class JobWriter {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly file: string) {}

  run<Op extends keyof Operations>(op: Op, args: Operations[Op][0]): Promise<Operations[Op][1]> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, op, args });
    });
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(ENTRY, { workerData: { file: this.file } });
    worker.on('message', (answer: Answer) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      // An idle writer does not keep the process alive.
      if (this.#waiting.size === 0) worker.unref();
      if (!waiting) return;
      if ('error' in answer) waiting.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
      else waiting.resolve(answer.result);
    });
    const failAll = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const waiting of this.#waiting.values()) waiting.reject(error);
      this.#waiting.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', () => failAll(new Error('the job writer stopped')));
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  /** Closes the writer's connection once its writes are answered (started again if used after). */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = null;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Held while it closes: an unreferenced worker does not keep the process alive, and a process
    // with nothing else to do (a server shutting down) would end here, before the rest of its close.
    worker.ref();
    worker.postMessage({ op: 'close' });
    await exited;
  }
}

/** The writer for the database's file, or null when it has none (in memory) or is not SQLite. */
export async function jobWriterFor(db: Db): Promise<JobWriter | null> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  return file ? new JobWriter(file) : null;
}
