// The deadline scenario's server: a database of its own (a SQLite file in a temporary folder, or a
// PostgreSQL database created for the run and dropped after it), and the real server started as a
// separate process on 127.0.0.1, as production runs it (the built server by default).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createPostgresPool,
  openPostgres,
  openSqlite,
  type DialectName,
} from '@hongtu/server/src/db/connection';
import type { BenchDatabase } from './database';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_DIR = path.resolve(BENCH_DIR, '..');
/** The server built for the benchmark (bench/dist is ignored by git): never the user's server/dist. */
export const BUILT_SERVER_DIR = path.join(BENCH_DIR, 'dist', 'server');

/** Where the server's database lives and how to reach it again after the run. */
export interface DeadlineDatabase {
  dialect: DialectName;
  /** SQLite file, or PostgreSQL database name. */
  location: string;
  /** Environment for the server process. */
  env: Record<string, string>;
  /** Opens a handle for generating or verifying (close it before the server starts on SQLite). */
  open(): BenchDatabase;
  /** Removes the file or drops the database. */
  destroy(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database for one run: never the contents of the database the URL names (only its server). */
export async function createDeadlineDatabase(dialect: DialectName, pgUrl: string): Promise<DeadlineDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-deadline-'));
    const file = path.join(dir, 'hongtu.sqlite');
    return {
      dialect,
      location: file,
      env: { HONGTU_SQLITE_FILE: file, HONGTU_DATA_DIR: dir },
      open: () => {
        const handle = openSqlite(file);
        return { handle, dialect, location: file, dispose: () => handle.close() };
      },
      destroy: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `hongtu_bench_${randomBytes(5).toString('hex')}`;
  const admin = createPostgresPool(pgUrl, { max: 1 });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(pgUrl, name);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-deadline-'));
  return {
    dialect,
    location: name,
    env: { DATABASE_URL: url, HONGTU_DATA_DIR: dataDir },
    open: () => {
      const handle = openPostgres(url);
      const pool = createPostgresPool(url, { max: 1 });
      return {
        handle, dialect, location: name, pool,
        dispose: async () => {
          await pool.end().catch(() => undefined);
          await handle.close().catch(() => undefined);
        },
      };
    },
    destroy: async () => {
      const cleanup = createPostgresPool(pgUrl, { max: 1 });
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds the server as `npm run build -w server` does, into bench/dist/server. */
export function buildServer(): void {
  const script = `import('./server/build.mjs').then((m) => m.buildServer({ outdir: ${JSON.stringify(BUILT_SERVER_DIR)} }))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`server build failed (exit ${result.status ?? result.signal})`);
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  origin: string;
  logFile: string;
  /** SIGTERM (graceful: in-flight requests finish, the database closes) and wait for the exit. */
  stop(): Promise<number | null>;
}

/**
 * Starts the server (built, or the sources through tsx) with the database's environment, behind a
 * "proxy": HONGTU_TRUST_PROXY=true, so each operator's X-Forwarded-For is its address. Its output
 * (pino JSON at LOG_LEVEL, info by default, as in production) goes to a file.
 */
export async function startServer(database: DeadlineDatabase, options: { source: boolean; logLevel: string; logFile: string }): Promise<RunningServer> {
  const port = await freePort();
  // HONGTU_BENCH_SERVER_NODE_ARGS: extra node flags for the server alone, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
  // to see where its time goes (node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.HONGTU_BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const args = options.source
    ? [...nodeArgs, '--import', 'tsx', path.join(REPO_DIR, 'server', 'src', 'main.ts')]
    : [...nodeArgs, path.join(BUILT_SERVER_DIR, 'main.mjs')];
  const out = fs.openSync(options.logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: options.source ? path.join(REPO_DIR, 'server') : BUILT_SERVER_DIR,
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      HONGTU_TRUST_PROXY: 'true',
      LOG_LEVEL: options.logLevel,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}); log: ${tail(options.logFile)}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy; log: ${tail(options.logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child, port, origin, logFile: options.logFile,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export function tail(file: string, bytes = 2000): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-bytes);
  } catch {
    return '(no log)';
  }
}

/** Lines the server logged at error level or worse (pino: level ≥ 50), with the first few messages. */
export function serverErrors(file: string): { count: number; first: string[] } {
  let count = 0;
  const first: string[] = [];
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { count, first };
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
      if ((entry.level ?? 0) >= 50) {
        count += 1;
        if (first.length < 5) first.push(`${entry.msg ?? ''} ${entry.err?.message ?? ''}`.trim().slice(0, 300));
      }
    } catch {
      // not a log line
    }
  }
  return { count, first };
}

/** The class of a request by its method and URL, as the load names it (the reviewers' GETs count as `month`). */
export function classOf(method: string, url: string): string | null {
  const path = url.split('?')[0]!;
  if (/^\/api\/submissions\/[^/]+\/\d+$/.test(path)) return method === 'GET' ? 'month' : null;
  const action = /^\/api\/submissions\/[^/]+\/\d+\/(figures|submit|return|check)$/.exec(path)?.[1];
  if (action) return ({ figures: 'save', submit: 'submit', return: 'return', check: 'check' } as Record<string, string>)[action]!;
  if (path.startsWith('/api/dashboard/district/')) return 'dashboard';
  if (path === '/api/periods') return 'periods';
  return null;
}

/**
 * The server's own time per request class (fastify's responseTime: from the request's arrival in
 * the server to the answer sent), from its log, for requests completed in [fromMs, toMs). The
 * difference to the load's latency is time outside the handler: waiting to be read by a busy event
 * loop, the network stack, the load's own process.
 */
export function serverTimings(file: string, fromMs: number, toMs: number): Record<string, number[]> {
  const classes = new Map<string, string>();
  const out: Record<string, number[]> = {};
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: { time?: number; reqId?: string; msg?: string; req?: { method?: string; url?: string }; responseTime?: number };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (!entry.reqId) continue;
    if (entry.msg === 'incoming request' && entry.req?.method && entry.req.url) {
      const cls = classOf(entry.req.method, entry.req.url);
      if (cls) classes.set(entry.reqId, cls);
    } else if (entry.msg === 'request completed' && typeof entry.responseTime === 'number') {
      const cls = classes.get(entry.reqId);
      classes.delete(entry.reqId);
      if (cls && entry.time !== undefined && entry.time >= fromMs && entry.time < toMs) (out[cls] ??= []).push(entry.responseTime);
    }
  }
  return out;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds used so far by the PostgreSQL backends serving `database` (their pids from pg_stat_activity). */
export async function postgresCpuSeconds(adminUrl: string, database: string): Promise<number | null> {
  const pool = createPostgresPool(adminUrl, { max: 1 });
  try {
    const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]);
    let total = 0;
    for (const { pid } of rows) total += cpuSecondsOf(pid) ?? 0;
    return total;
  } catch {
    return null;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/** What PostgreSQL's backends for the run's database were doing, sampled from pg_stat_activity. */
export interface WaitProfile {
  samples: number;
  /** Average backends per sample in each state: `active: CPU` (no wait), `active: <type>:<event>`, `idle in transaction: …`. */
  states: Record<string, number>;
  /** Average active backends per sample running each statement (its first 90 characters). */
  statements: Record<string, number>;
}

/**
 * Samples pg_stat_activity every `everyMs` on a connection of its own (to the admin URL's
 * database, so it never counts itself): which waits and which statements hold the backends.
 */
export function samplePostgresWaits(adminUrl: string, database: string, everyMs = 1000): { stop(): Promise<WaitProfile> } {
  const pool = createPostgresPool(adminUrl, { max: 1 });
  const states = new Map<string, number>();
  const statements = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const loop = (async () => {
    while (!stopped) {
      try {
        const { rows } = await pool.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null; query: string }>(
          `select state, wait_event_type, wait_event, query from pg_stat_activity
            where datname = $1 and backend_type = 'client backend' and state <> 'idle'`, [database]);
        samples += 1;
        for (const r of rows) {
          add(states, `${r.state}: ${r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'CPU'}`);
          if (r.state === 'active') add(statements, r.query.replace(/\s+/g, ' ').trim().slice(0, 90));
        }
      } catch {
        // a failed sample is skipped
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  const averaged = (map: Map<string, number>) => Object.fromEntries([...map].sort((a, b) => b[1] - a[1]).slice(0, 12)
    .map(([k, n]) => [k, Math.round((n / Math.max(1, samples)) * 100) / 100]));
  return {
    stop: async () => {
      stopped = true;
      await loop;
      await pool.end().catch(() => undefined);
      return { samples, states: averaged(states), statements: averaged(statements) };
    },
  };
}
