// Options of the deadline scenario (`npm run bench -- deadline --help`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@hongtu/server/src/db/connection';
import { dialectsOf, pgUrlOf, readFlags } from './options';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export interface DeadlineOptions {
  dialects: DialectName[];
  minutes: number;
  operators: number;
  perDistrict: number;
  thinkSeconds: [number, number];
  returnAfterSeconds: [number, number];
  maxSockets: number;
  timeoutSeconds: number;
  pgUrl: string;
  /** head: the committed code, copied out of git (others' unfinished edits in the tree stay out); a commit: its server; tree: the working tree. */
  code: string;
  source: boolean;
  build: boolean;
  logLevel: string;
  seed: number;
  /** Scheduling priority (nice) of the server and of the load, when given: the shared machine's other work gets less. */
  nice: number | null;
  keep: boolean;
  write: boolean;
  outDir: string;
}

const USAGE = `usage: npm run bench -- deadline [--dialect=sqlite|postgres|both] [--minutes=10] [--operators=600]
         [--per-district=5] [--think=5-10] [--return-after=2-6] [--sockets=128] [--timeout=30]
         [--pg-url=postgres://…] [--code=head|<commit>|tree] [--server=built|source] [--no-build] [--log-level=info] [--seed=1] [--nice=-10]
         [--keep] [--no-write]`;

function niceValue(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < -20 || n > 19) throw new Error('--nice must be an integer from -20 to 19');
  return n;
}

function range(raw: string, key: string): [number, number] {
  const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(raw);
  if (!m || Number(m[1]) > Number(m[2])) throw new Error(`--${key} must be like 5-10 (seconds)`);
  return [Number(m[1]), Number(m[2])];
}

export function parseDeadlineOptions(argv: string[]): DeadlineOptions {
  const values = readFlags(argv, [
    'dialect', 'minutes', 'operators', 'per-district', 'think', 'return-after', 'sockets', 'timeout', 'pg-url', 'code', 'server', 'no-build',
    'log-level', 'seed', 'nice', 'keep', 'no-write', 'out',
  ], USAGE);
  const num = (key: string, fallback: number, integer: boolean) => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new Error(`--${key} must be a positive ${integer ? 'integer' : 'number'}`);
    return n;
  };
  const code = values.get('code') ?? 'head';
  const server = values.get('server') ?? 'built';
  if (server !== 'built' && server !== 'source') throw new Error('--server must be built or source');
  return {
    dialects: dialectsOf(values, USAGE),
    minutes: num('minutes', 10, false),
    operators: num('operators', 600, true),
    perDistrict: num('per-district', 5, true),
    thinkSeconds: range(values.get('think') ?? '5-10', 'think'),
    returnAfterSeconds: range(values.get('return-after') ?? '2-6', 'return-after'),
    maxSockets: num('sockets', 128, true),
    timeoutSeconds: num('timeout', 30, false),
    pgUrl: pgUrlOf(values),
    code,
    source: server === 'source',
    build: server === 'built' && !values.has('no-build'),
    logLevel: values.get('log-level') ?? 'info',
    seed: num('seed', 1, true),
    nice: values.has('nice') ? niceValue(values.get('nice')!) : null,
    keep: values.has('keep'),
    write: !values.has('no-write'),
    outDir: values.get('out') ?? path.join(BENCH_DIR, 'results'),
  };
}
