// The portal-visitors scenario with the server as production runs it: the built server in a process
// of its own on 127.0.0.1 (deadline-server.ts: a database of its own, HONGTU_TRUST_PROXY=true as
// behind the city's proxy), the visitors sent over HTTP from this process through one keep-alive
// pool (the proxy's upstream), each with its address in X-Forwarded-For, and the leader's overview
// read over HTTP with a session cookie. The server's CPU share per phase is read from /proc, and its
// own time per request (fastify's responseTime) from its log.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DialectName } from '@hongtu/server/src/db/connection';
import { DEMO_PASSWORD } from '@hongtu/server/src/db/seed/demo';
import { httpClient } from './deadline-http';
import { createPostgresPool } from '@hongtu/server/src/db/connection';
import { cpuSecondsOf, createDeadlineDatabase, serverErrors, startServer } from './deadline-server';
import type { PortalVisitorsOptions } from './portal-visitors';
import { PERIOD, phase, runVisit, seedPortalVisitors, visitorAddress, type Visit } from './portal-visitors-setup';
import { summarise } from './stats';

const LEADER_ADDRESS = '172.16.0.10';

/** A browser's GET of a portal page through the proxy's keep-alive pool, timed to the last byte. */
function visitorClient(origin: string, sockets: number) {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return {
    get(pathname: string, address: string): Promise<Visit> {
      const started = performance.now();
      return new Promise((resolve) => {
        const req = http.request({
          host: url.hostname, port: url.port, method: 'GET', path: pathname, agent,
          headers: {
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'accept-language': 'zh-CN,zh;q=0.9',
            'accept-encoding': 'gzip, deflate, br', 'x-forwarded-for': address,
          },
        }, (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => { bytes += c.length; });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
          res.on('error', () => resolve({ status: 0, ms: performance.now() - started, bytes }));
        });
        req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
        req.on('error', () => resolve({ status: 0, ms: performance.now() - started, bytes: 0 }));
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/** The server's own time (responseTime) for the overview and the portal's pages completed in [from, to) (epoch ms). */
function serverSide(logFile: string, from: number, to: number): Record<string, ReturnType<typeof summarise>> {
  const kinds = new Map<string, string>();
  const out: Record<string, number[]> = { overview: [], portal: [] };
  let text = '';
  try {
    text = fs.readFileSync(logFile, 'utf8');
  } catch {
    return {};
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let e: { time?: number; reqId?: string; msg?: string; req?: { url?: string }; responseTime?: number };
    try {
      e = JSON.parse(line) as typeof e;
    } catch {
      continue;
    }
    if (!e.reqId) continue;
    if (e.msg === 'incoming request' && e.req?.url) {
      const kind = e.req.url.startsWith('/api/dashboard/overview') ? 'overview' : e.req.url.startsWith('/portal') ? 'portal' : null;
      if (kind) kinds.set(e.reqId, kind);
    } else if (e.msg === 'request completed' && typeof e.responseTime === 'number') {
      const kind = kinds.get(e.reqId);
      kinds.delete(e.reqId);
      if (kind && e.time !== undefined && e.time >= from && e.time < to) out[kind]!.push(e.responseTime);
    }
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v.length > 0).map(([k, v]) => [k, summarise(v)]));
}

/**
 * The CPU seconds PostgreSQL's backends for `database` have used so far, counted per backend so
 * that one closed between two readings (an idle pool connection) does not lower the sum: each
 * reading adds what each backend still alive used since the one before.
 */
export function postgresCpuCounter(adminUrl: string, database: string) {
  const seen = new Map<number, number>();
  let total = 0;
  return async (): Promise<number | null> => {
    const pool = createPostgresPool(adminUrl, { max: 1 });
    try {
      const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]);
      for (const { pid } of rows) {
        const now = cpuSecondsOf(pid);
        if (now === null) continue;
        total += now - (seen.get(pid) ?? 0);
        seen.set(pid, now);
      }
      return total;
    } catch {
      return null;
    } finally {
      await pool.end().catch(() => undefined);
    }
  };
}

export async function runDialectOverHttp(dialect: DialectName, options: PortalVisitorsOptions) {
  const database = await createDeadlineDatabase(dialect, options.pgUrl);
  const logFile = path.join(os.tmpdir(), `hongtu-portal-visitors-${dialect}-${process.pid}.log`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let succeeded = false;
  try {
    const seeding = database.open();
    let pages: string[];
    try {
      pages = await seedPortalVisitors(seeding.handle);
    } finally {
      // SQLite: the server opens the file alone.
      await seeding.dispose();
    }
    server = await startServer(database, { source: false, logLevel: options.logLevel, logFile });
    const pid = server.child.pid!;
    const postgresCpu = dialect === 'postgres' ? postgresCpuCounter(options.pgUrl, database.location) : null;
    const cpuOf = async () => ({ server: cpuSecondsOf(pid), ...(postgresCpu ? { postgres: await postgresCpu() } : {}) });
    const leader = httpClient(server.origin, { maxSockets: 1, timeoutMs: 30_000 });
    const visitors = visitorClient(server.origin, options.sockets);
    try {
      const signIn = await leader.request('POST', '/api/auth/login', { body: { username: 'leader', password: DEMO_PASSWORD }, address: LEADER_ADDRESS });
      const pending = (signIn.body as { pendingStep?: string | null } | null)?.pendingStep;
      if (signIn.status !== 200 || !signIn.cookie || pending) throw new Error(`sign-in of leader failed: ${signIn.status} ${JSON.stringify(signIn.body).slice(0, 300)}`);
      const cookie = signIn.cookie;
      const pause = () => new Promise((resolve) => setTimeout(resolve, 125));
      const staffRead = async () => {
        await pause();
        const answer = await leader.request('GET', `/api/dashboard/overview?period=${PERIOD}`, { cookie, address: LEADER_ADDRESS });
        if (answer.status !== 200) throw new Error(`overview: expected 200, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
        return answer.ms;
      };
      // Every page once, so that the first visitors do not time the server's first renderings alone.
      for (const page of pages) await visitors.get(page, visitorAddress(0, options.addresses));
      const run = await runVisit(options, pages, { staffRead, visit: (url, address) => visitors.get(url, address), phase: () => phase(cpuOf) });
      const { before, during, after } = run.windows;
      const result = {
        dialect, mode: 'server-process', rate: options.rate, seconds: options.seconds, addresses: options.addresses, sockets: options.sockets,
        logLevel: options.logLevel, ...run.summary,
        // The server's own time (arrival to answer sent), without the wire and this process's queue.
        serverSideMs: {
          before: serverSide(logFile, before[0], before[1]),
          during: serverSide(logFile, during[0], during[1]),
          after: serverSide(logFile, after[0], after[1]),
        },
        serverErrors: serverErrors(logFile),
        visitMonotonicUs: run.visitMonotonicUs,
      };
      console.log(`[${dialect}] ${result.visits} visits at ${result.achievedRate}/s from ${options.addresses} addresses (${JSON.stringify(result.statuses)}), page p95 ${result.pageMs.p95} ms; overview p95 ${result.overviewBeforeMs.p95} → ${result.overviewDuringMs.p95} → ${result.overviewAfterMs.p95} ms (${result.p95ChangeVsAlone} % against before and after together); server CPU ${JSON.stringify(run.duringPhase.otherCpuPercent)} %; load ${JSON.stringify(run.duringPhase.loadAverage)}`);
      succeeded = true;
      return result;
    } finally {
      leader.close();
      visitors.close();
    }
  } finally {
    if (server) await server.stop();
    await database.destroy();
    if (succeeded) fs.rmSync(logFile, { force: true });
    else console.log(`[${dialect}] server log kept: ${logFile}`);
  }
}
