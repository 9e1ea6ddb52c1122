import fs from 'node:fs';
import path from 'node:path';
import { auditCheckpointSchema, auditHeadSchema, type AuditCheckpoint, type AuditCheckpointReason } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Clock } from '../clock';
import { auditHead, type AuditAnchor } from './audit-verify';

/**
 * The checkpoint log: the head of the trail (newest id, hash, count) appended, one JSON line at a
 * time, to a file outside the database. Deleting the newest audit rows leaves a shorter chain that
 * still links; compared with the heads written here earlier, it is reported as truncated.
 *
 * A `restore` line starts a new history: the heads before it describe the trail that the restore
 * replaced, so verification compares only the heads from the last restore on.
 */
export class AuditCheckpointLog {
  constructor(readonly file: string) {}

  /** Appends one line; a line cut short by a crash is closed first, so the new one stays readable. */
  append(checkpoint: AuditCheckpoint): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = fs.openSync(this.file, 'a+', 0o640);
    try {
      const { size } = fs.fstatSync(fd);
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      fs.writeSync(fd, `${prefix}${JSON.stringify(checkpoint)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The heads from the last restore on (all of them when there was none); none when there is no file yet. */
  async sinceRestore(): Promise<ReadLog> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], unreadable: 0 };
      throw error;
    }
    return parseCheckpointLines(text);
  }

  /** The last line written (read from the end of the file), or null. */
  last(): AuditCheckpoint | null {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = fs.fstatSync(fd);
      const length = Math.min(size, 4096);
      const tail = Buffer.alloc(length);
      fs.readSync(fd, tail, 0, length, size - length);
      const lines = tail.toString('utf8').split('\n');
      for (let i = lines.length - 1; i >= 0; i -= 1) {
        const parsed = parseCheckpoint(lines[i]!);
        if (parsed) return parsed;
      }
      return null;
    } finally {
      fs.closeSync(fd);
    }
  }
}

export interface ReadLog {
  checkpoints: AuditCheckpoint[];
  /** Lines that are not a checkpoint (cut short by a crash, or edited). */
  unreadable: number;
}

function parseCheckpoint(line: string): AuditCheckpoint | null {
  if (line.trim() === '') return null;
  try {
    const parsed = auditCheckpointSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The lines of a checkpoint log, from its last restore on. */
export function parseCheckpointLines(text: string): ReadLog {
  let checkpoints: AuditCheckpoint[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const checkpoint = parseCheckpoint(line);
    if (!checkpoint) {
      unreadable += 1;
      continue;
    }
    if (checkpoint.reason === 'restore') checkpoints = [];
    checkpoints.push(checkpoint);
  }
  return { checkpoints, unreadable };
}

/** The head furthest along the trail. */
export function furthest<T extends AuditAnchor>(heads: readonly T[]): T | null {
  return heads.reduce<T | null>((best, head) => (best === null || head.id > best.id ? head : best), null);
}

/**
 * A head kept outside the database, in any of the forms the project writes: `id:hash`, a head as
 * JSON (GET /api/audit/head, `<backup>.head.json`), or a checkpoint log (one JSON line each; the
 * heads from its last restore on). Throws when the text holds none.
 */
export function parseKeptHeads(text: string): AuditAnchor[] {
  const trimmed = text.trim();
  const pair = /^(\d+):([0-9a-f]{64})$/.exec(trimmed);
  if (pair) return [{ id: Number(pair[1]), hash: pair[2]! }];
  try {
    const head = auditHeadSchema.pick({ id: true, hash: true }).safeParse(JSON.parse(trimmed));
    if (head.success) return [head.data];
  } catch {
    // not one JSON document: perhaps a checkpoint log
  }
  const { checkpoints } = parseCheckpointLines(trimmed);
  if (checkpoints.length > 0) return checkpoints.map(({ id, hash }) => ({ id, hash }));
  throw new Error('no audit head found: expected "id:hash", a head as JSON ({"id":…,"hash":…}) or a checkpoint log');
}

export interface CheckpointerOptions {
  /** Told of every line written (the server logs it too: one more copy outside the database). */
  onWrite?: (checkpoint: AuditCheckpoint) => void;
  /** Told when the trail is found behind the last checkpoint, or a scheduled write fails. */
  onProblem?: (message: string, detail: object) => void;
}

/**
 * Writes the head to the checkpoint log: at start, on a schedule, at a clean shutdown, and after a
 * backup or restore. A scheduled, start or shutdown checkpoint is written only when the head moved
 * since the last line. Writes are one at a time.
 */
export class AuditCheckpointer {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Executor,
    readonly log: AuditCheckpointLog,
    private readonly clock: Clock,
    private readonly options: CheckpointerOptions = {},
  ) {}

  checkpoint(reason: AuditCheckpointReason): Promise<AuditCheckpoint | null> {
    const run = this.queue.then(() => this.write(reason));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(reason: AuditCheckpointReason): Promise<AuditCheckpoint | null> {
    const head = await auditHead(this.db);
    if (!head) return null;
    const previous = this.log.last();
    const always = reason === 'backup' || reason === 'restore';
    if (!always && previous && previous.id === head.id && previous.hash === head.hash) return null;
    if (previous && reason !== 'restore' && head.id < previous.id) {
      this.options.onProblem?.('the audit trail ends before its last checkpoint: its newest rows were deleted', { head, checkpoint: previous });
    }
    const checkpoint: AuditCheckpoint = { ...head, at: this.clock.now().toISOString(), reason };
    this.log.append(checkpoint);
    this.options.onWrite?.(checkpoint);
    return checkpoint;
  }

  /** Starts the schedule (none when minutes is 0). */
  start(everyMinutes: number): void {
    if (everyMinutes <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.checkpoint('schedule').catch((error: unknown) => this.options.onProblem?.('audit checkpoint failed', { error: String(error) }));
    }, everyMinutes * 60_000);
    this.timer.unref();
  }

  /** Stops the schedule and writes the shutdown checkpoint (before the database closes). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checkpoint('shutdown');
  }
}
