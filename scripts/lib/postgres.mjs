// PostgreSQL for the API tests. In order of preference:
//   1. HONGTU_TEST_PG_URL or DATABASE_URL already set to a postgres:// URL;
//   2. a server answering at 127.0.0.1:5432 (trust auth, database `test`);
//   3. a throwaway cluster in a temp dir, removed again when we exit.
// HONGTU_TEST_PG=throwaway skips 1 and 2 (to exercise path 3).
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { capture, which } from './proc.mjs';

const HOST = '127.0.0.1';
const isPgUrl = (url) => /^postgres(ql)?:\/\//.test(url ?? '');

/** The URL with any password blanked, for printing. */
export const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** Resolves true if something accepts a TCP connection at host:port. */
function canConnect(port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port, timeout: timeoutMs });
    const finish = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

/** A PostgreSQL server at 127.0.0.1:5432? (pg_isready when available, else TCP.) */
async function localServerAnswers() {
  if (!(await canConnect(5432))) return false;
  if (!which('pg_isready')) return true;
  return capture('pg_isready', ['-q', '-h', HOST, '-p', '5432']).ok;
}

/** `test` if that database exists on the local server, else `postgres`. */
function pickLocalDatabase() {
  if (!which('psql')) return 'test'; // cannot check; the shared server has it
  const probe = capture('psql', ['-w', '-h', HOST, '-p', '5432', '-U', 'postgres', '-d', 'test', '-Atc', 'select 1']);
  return probe.ok ? 'test' : 'postgres';
}

/** A directory holding both initdb and pg_ctl: PATH first, then Debian's versioned dirs. */
function findPgBinDir() {
  const dirs = (process.env.PATH ?? '').split(':').filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  const dir = dirs.find((d) => which('initdb', [d]) && which('pg_ctl', [d]));
  if (!dir) return null;
  // Follow symlinks (e.g. /usr/local/bin/initdb) to the real install, which also has createdb.
  const real = dirname(realpathSync(join(dir, 'initdb')));
  return which('pg_ctl', [real]) ? real : dir;
}

/** A TCP port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** initdb and pg_ctl refuse to run as root, so as root they run as `postgres`. */
function asPostgresUser(binary, args) {
  if (process.getuid?.() !== 0) return [binary, args];
  if (which('runuser')) return ['runuser', ['-u', 'postgres', '--', binary, ...args]];
  const quoted = [binary, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
  return ['su', ['postgres', '-s', '/bin/sh', '-c', quoted]];
}

/** Hand the temp dir to the `postgres` OS user when we are root. */
function chownToPostgres(dir) {
  if (process.getuid?.() !== 0) return;
  const uid = capture('id', ['-u', 'postgres']);
  const gid = capture('id', ['-g', 'postgres']);
  if (!uid.ok || !gid.ok) throw new Error('running as root but there is no `postgres` OS user');
  chownSync(dir, Number(uid.stdout), Number(gid.stdout));
}

// The running throwaway cluster, if any: { binDir, base, data }.
let cluster = null;

/** Run one of the cluster's server tools (as the postgres user), capturing output. */
function pgTool(binary, args) {
  const [cmd, argv] = asPostgresUser(join(cluster.binDir, binary), args);
  return capture(cmd, argv, { cwd: cluster.base });
}

/** Stop the throwaway cluster and delete its directory. Synchronous and idempotent. */
export function stopThrowawayCluster() {
  if (!cluster) return;
  if (existsSync(join(cluster.data, 'postmaster.pid'))) {
    const stop = pgTool('pg_ctl', ['-D', cluster.data, '-m', 'immediate', '-w', 'stop']);
    console.log(stop.ok ? 'Throwaway PostgreSQL stopped.' : `pg_ctl stop failed: ${stop.stderr.trim()}`);
  }
  rmSync(cluster.base, { recursive: true, force: true });
  cluster = null;
}

function printLogTail(file) {
  if (!existsSync(file)) return;
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  console.error(lines.slice(-20).join('\n'));
}

/** Like pgTool, but throw with the tool's output if it fails. */
function mustRun(what, binary, args) {
  const result = pgTool(binary, args);
  if (!result.ok) {
    const detail = (result.error?.message ?? result.stderr ?? '').trim();
    throw new Error(`${what} failed: ${detail || result.stdout.trim()}`);
  }
}

/** initdb + pg_ctl start in a fresh temp dir; returns the URL. Cleans up on failure. */
async function startThrowawayCluster(binDir) {
  const base = mkdtempSync(join(tmpdir(), 'hongtu-pg-'));
  cluster = { binDir, base, data: join(base, 'data') };
  process.once('exit', stopThrowawayCluster);
  try {
    chownToPostgres(base);
    const port = await freePort();
    console.log(`Starting a throwaway PostgreSQL in ${base} on port ${port} (${binDir})`);
    mustRun('initdb', 'initdb', ['-D', cluster.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const serverOptions = `-p ${port} -k ${base} -c listen_addresses=${HOST} -c fsync=off`;
    const logFile = join(base, 'server.log');
    try {
      mustRun('pg_ctl start', 'pg_ctl', ['-D', cluster.data, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
    } catch (err) {
      printLogTail(logFile);
      throw err;
    }
    // Same database name as the shared server; fall back to `postgres`.
    const createdb = which('createdb', [binDir]) ?? which('createdb');
    const created = createdb && capture(createdb, ['-h', HOST, '-p', String(port), '-U', 'postgres', 'test']).ok;
    return `postgres://postgres@${HOST}:${port}/${created ? 'test' : 'postgres'}`;
  } catch (err) {
    stopThrowawayCluster();
    throw err;
  }
}

/**
 * Choose or start a PostgreSQL server.
 * Resolves to { url } or { url: null, reason }; throws if starting one failed.
 */
export async function preparePostgres(env = process.env) {
  const forceThrowaway = env.HONGTU_TEST_PG === 'throwaway';
  if (!forceThrowaway) {
    for (const name of ['HONGTU_TEST_PG_URL', 'DATABASE_URL']) {
      if (isPgUrl(env[name])) return { url: env[name], source: `$${name}` };
    }
    if (await localServerAnswers()) {
      return { url: `postgres://postgres@${HOST}:5432/${pickLocalDatabase()}`, source: 'server at 5432' };
    }
  }
  const binDir = findPgBinDir();
  if (!binDir) {
    return { url: null, reason: 'no server at 127.0.0.1:5432 and no initdb/pg_ctl found (PATH, /usr/lib/postgresql/*/bin)' };
  }
  return { url: await startThrowawayCluster(binDir), source: 'throwaway cluster' };
}
