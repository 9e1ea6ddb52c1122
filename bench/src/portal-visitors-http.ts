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
import { PERIOD, phase, seedPortalVisitors, visitorAddress } from './portal-visitors-setup';
import { summarise } from './stats';

const LEADER_ADDRESS = '172.16.0.10';

interface Visit { status: number; ms: number; bytes: number }

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
function postgresCpuCounter(adminUrl: string, database: string) {
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
      for (let i = 0; i < options.warmup; i++) await staffRead();
      // The staff alone before the visitors and again after them: a machine shared with other work
      // drifts within a minute, and a change smaller than the drift between the two says nothing.
      const alone = async () => {
        const machine = phase(cpuOf);
        const from = Date.now();
        const samples: number[] = [];
        for (let i = 0; i < options.iterations; i++) samples.push(await staffRead());
        return { samples, window: [from, Date.now()] as const, ...(await machine.end()) };
      };
      const before = await alone();

      // The visitors: one request every 1000/rate ms, going round the addresses, not awaited in turn.
      const visits: Promise<void>[] = [];
      const pageMs: number[] = [];
      const statuses = new Map<number, number>();
      let bytesHome = 0;
      let sent = 0;
      const duringMachine = phase(cpuOf);
      const duringFrom = Date.now();
      const monotonicFrom = process.hrtime.bigint() / 1000n;
      const started = performance.now();
      const end = started + options.seconds * 1000;
      const visitor = setInterval(() => {
        // as many as are due by now, so that a late timer does not lower the rate
        const due = Math.floor(((performance.now() - started) * options.rate) / 1000);
        for (; sent < due && performance.now() < end; sent++) {
          const url = pages[sent % pages.length]!;
          visits.push(visitors.get(url, visitorAddress(sent, options.addresses)).then((v) => {
            pageMs.push(v.ms);
            statuses.set(v.status, (statuses.get(v.status) ?? 0) + 1);
            if (url === '/portal' && bytesHome === 0) bytesHome = v.bytes;
          }));
        }
      }, 5);
      const during: number[] = [];
      const duringAt: number[] = [];
      while (performance.now() < end) {
        during.push(await staffRead());
        duringAt.push(Math.round(performance.now() - started) / 1000);
      }
      clearInterval(visitor);
      await Promise.all(visits);
      const duringPhase = await duringMachine.end();
      const duringTo = Date.now();
      const monotonicTo = process.hrtime.bigint() / 1000n;
      const seconds = (performance.now() - started) / 1000;
      const after = await alone();
      const aloneMs = summarise([...before.samples, ...after.samples]);
      const change = (p95: number) => Math.round(((summarise(during).p95 - p95) / p95) * 100);
      const logged = serverErrors(logFile);
      const result = {
        dialect, mode: 'server-process', rate: options.rate, seconds: options.seconds, addresses: options.addresses, sockets: options.sockets,
        logLevel: options.logLevel, visits: sent, achievedRate: Math.round(sent / seconds),
        statuses: Object.fromEntries(statuses), homeBytesOnWire: bytesHome,
        pageMs: summarise(pageMs), overviewBeforeMs: summarise(before.samples), overviewDuringMs: summarise(during), overviewAfterMs: summarise(after.samples),
        overviewAloneMs: aloneMs,
        p95Change: change(summarise(before.samples).p95),
        p95ChangeVsAlone: change(aloneMs.p95),
        // The server's own time (arrival to answer sent), without the wire and this process's queue.
        serverSideMs: {
          before: serverSide(logFile, before.window[0], before.window[1]),
          during: serverSide(logFile, duringFrom, duringTo),
          after: serverSide(logFile, after.window[0], after.window[1]),
        },
        serverErrors: logged,
        // The visit on the monotonic clock (µs) a server's CPU profile is stamped with (portal-visitors-profile.ts).
        visitMonotonicUs: [Number(monotonicFrom), Number(monotonicTo)],
        // When in the minute the slowest overview reads ended (seconds from the visitors' start).
        overviewDuringSlowest: during.map((ms, i) => ({ atS: duringAt[i]!, ms: Math.round(ms * 10) / 10 })).sort((a, b) => b.ms - a.ms).slice(0, 15),
        phases: { before: { ...before, samples: undefined, window: undefined }, during: duringPhase, after: { ...after, samples: undefined, window: undefined } },
      };
      console.log(`[${dialect}] ${sent} visits at ${result.achievedRate}/s from ${options.addresses} addresses (${JSON.stringify(result.statuses)}), page p95 ${result.pageMs.p95} ms; overview p95 ${result.overviewBeforeMs.p95} → ${result.overviewDuringMs.p95} → ${result.overviewAfterMs.p95} ms (${result.p95ChangeVsAlone} % against before and after together); server CPU ${JSON.stringify(duringPhase.otherCpuPercent)} %; load ${JSON.stringify(duringPhase.loadAverage)}`);
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
