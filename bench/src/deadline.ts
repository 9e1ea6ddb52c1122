// The deadline under load (issue 7, item 13), run by hand:
//   npm run bench -- deadline --dialect=sqlite|postgres|both [--minutes=10] [--operators=600]
// For each dialect: a province of 120 districts in a database of its own with November open and
// its deadline tonight, 600 district operators (5 per district, each responsible for 8 of the
// month's 40 indicators) and a reviewer per city; the real server started as a separate process
// on 127.0.0.1; every operator signed in and its figures drafted before the window; then the
// window (reads, saves, submits by the mix, a think time per person, each submitted month returned
// by the city a few seconds later); then the server is stopped and every acknowledged write is
// looked for in the database and the audit chain is verified. See bench/README.md.
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { accumulates, endOfShanghaiDay } from '@hongtu/domain';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { postgresReachable } from './database';
import {
  buildServer,
  cpuSecondsOf,
  createDeadlineDatabase,
  postgresCpuSeconds,
  samplePostgresWaits,
  serverErrors,
  serverTimings,
  startServer,
  type DeadlineDatabase,
  type WaitProfile,
} from './deadline-server';
import {
  REQUEST_CLASSES,
  deadlineGoals,
  deadlineMonth,
  latency,
  prng,
  totp,
  type Goal,
  type Latency,
} from './deadline-mix';
import {
  countErrors,
  httpClient,
  nextValue,
  reportedRate,
  runScenario,
  type AckedSave,
  type HttpClient,
  type OperatorSpec,
  type OwnedIndicator,
  type ReviewerSpec,
} from './deadline-load';
import { SNAPSHOT_ENV, git } from './deadline-head';
import { verifyDeadline, type Verification } from './deadline-verify';
import { BENCH_PASSWORD, generateProvince, insertUser } from './generate';
import { SCALES, type Scale } from './options';
import { machineInfo, type Machine } from './report';

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
  const values = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    values.set(match[1]!, match[2] ?? 'true');
  }
  const known = new Set(['dialect', 'minutes', 'operators', 'per-district', 'think', 'return-after', 'sockets', 'timeout', 'pg-url', 'code', 'server', 'no-build', 'log-level', 'seed', 'nice', 'keep', 'no-write', 'out']);
  for (const key of values.keys()) if (!known.has(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  const dialect = values.get('dialect') ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(dialect)) throw new Error(`--dialect must be sqlite, postgres or both\n${USAGE}`);
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
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as DialectName],
    minutes: num('minutes', 10, false),
    operators: num('operators', 600, true),
    perDistrict: num('per-district', 5, true),
    thinkSeconds: range(values.get('think') ?? '5-10', 'think'),
    returnAfterSeconds: range(values.get('return-after') ?? '2-6', 'return-after'),
    maxSockets: num('sockets', 128, true),
    timeoutSeconds: num('timeout', 30, false),
    pgUrl: values.get('pg-url') ?? process.env.HONGTU_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
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

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}

/** The reviewers' TOTP secret (base32), for this benchmark's throwaway accounts only. */
const BENCH_TOTP_SECRET = 'HONGTUBENCHSECRETONLYFORBENCHXXX';

const operatorAddress = (i: number) => `127.77.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const reviewerAddress = (i: number) => `127.78.0.${i + 1}`;

export interface DeadlineResult {
  kind: 'deadline';
  dialect: DialectName;
  /** The commit measured (--code=head), or the working tree's HEAD with "+tree". */
  commit: string;
  date: string;
  startedAt: string;
  machine: Machine;
  options: Omit<DeadlineOptions, 'dialects' | 'outDir' | 'write' | 'pgUrl'>;
  scenario: {
    period: string;
    deadline: string;
    districts: number;
    operators: number;
    reviewers: number;
    indicatorsPerDistrict: number;
    /** Of which due this month (the rest are reported quarterly or less often). */
    indicatorsDue: number;
    figuresInDatabase: number;
    windowSeconds: number;
  };
  setup: { generateMs: number; serverStartMs: number; loginMs: number; prefillMs: number };
  loadAverage: { before: number[]; windowStart: number[]; windowEnd: number[] };
  /** CPU used during the window, in % of one core: the server process, PostgreSQL's backends for this database, the load's own process. */
  cpu: { serverPercent: number | null; postgresPercent: number | null; loadPercent: number | null };
  /** The server's own handling time per class (its log's responseTime; reviewers' GETs in `month`). */
  serverSide: Record<string, Latency>;
  /** PostgreSQL: what its backends for this database were doing during the window (sampled each second). */
  postgresWaits: WaitProfile | null;
  /** GET /healthz twice a second on its own connection (ms), and the load process's event-loop delay (ms). */
  gauges: { healthz: Latency; loadEventLoopDelay: { p50: number; p99: number; max: number } };
  requests: { total: number; perSecond: number; byClass: Record<string, Latency & { perSecond: number }> };
  actions: { read: number; save: number; submit: number; deferredSave: number; deferredSubmit: number };
  outcomes: { savesAcknowledged: number; submitsAcknowledged: number; returnsAcknowledged: number; intended409: number; unanswered: number };
  errors: { count: number; rate: number; byStatus: Record<string, number>; examples: string[]; serverLoggedErrors: number; serverErrorExamples: string[] };
  /** Per 10 s of the window (by when the answer came; `second` is the bucket's start): all classes' p50, saves' p95 / p99. */
  timeline: { second: number; requests: number; perSecond: number; p50: number; saveP95: number; saveP99: number; errors: number }[];
  verification: Verification;
  goals: Goal[];
  durationMs: number;
}

const log = (dialect: DialectName, message: string) => console.log(`[deadline ${dialect}] ${message}`);
const loadavg = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

async function runOne(dialect: DialectName, options: DeadlineOptions): Promise<DeadlineResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const before = loadavg();
  const clock: Clock = { now: () => new Date() };
  const due = deadlineMonth(clock.now());
  const scale: Scale = {
    ...SCALES.full, name: 'deadline', years: 2, lastYear: due.year, lastMonth: due.month - 1,
    overviewPeriod: `${due.year}-${String(due.month).padStart(2, '0')}`,
  };
  const periodKey = scale.overviewPeriod;
  const deadline = endOfShanghaiDay(due.deadlineDate);
  const rand = prng(options.seed * 7919 + (dialect === 'sqlite' ? 1 : 2));

  const database: DeadlineDatabase = await createDeadlineDatabase(dialect, options.pgUrl);
  log(dialect, `database ${database.location}`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let client: HttpClient | undefined;
  const logFile = path.join(os.tmpdir(), `hongtu-deadline-${dialect}-${process.pid}.log`);
  let succeeded = false;
  try {
    // ---- The province, the open month, the people.
    const t0 = performance.now();
    const bench = database.open();
    let operators: OperatorSpec[];
    let reviewers: ReviewerSpec[];
    let figuresInDatabase: number;
    const split = new Map<string, { colleagues: number; k: number }>();
    try {
      const province = await generateProvince(bench, scale, clock);
      const { db } = bench.handle;
      await db.insertInto('reporting_periods').values({ year: due.year, month: due.month, status: 'open', deadline, created_at: clock.now().toISOString() }).execute();
      const districts = province.units.slice(0, Math.min(province.units.length, Math.ceil(options.operators / options.perDistrict)));
      // October's figures of those districts: November's values are drawn from them.
      const october = await db.selectFrom('figures as f')
        .innerJoin('submissions as s', 's.id', 'f.submission_id')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select(['s.organisation_id', 'f.indicator_id', 'f.ytd_value'])
        .where('p.year', '=', due.year).where('p.month', '=', due.month - 1)
        .where('s.organisation_id', 'in', districts.map((d) => d.id))
        .execute();
      const base = new Map(october.map((r) => [`${r.organisation_id}:${r.indicator_id}`, Number(r.ytd_value) / 1e6]));
      const perDistrict = new Map<number, number>();
      const people = Array.from({ length: options.operators }, (_, i) => {
        const district = districts[i % districts.length]!;
        perDistrict.set(district.id, (perDistrict.get(district.id) ?? 0) + 1);
        return { i, district, k: Math.floor(i / districts.length) };
      });
      // Every indicator for now; once signed in, the month form says which are due this month
      // (quarterly ones are not, in most months) and those are shared among the colleagues.
      operators = people.map(({ i, district, k }) => {
        const indicators: OwnedIndicator[] = province.indicators
          .map((ind) => ({ code: ind.code, decimals: ind.decimals, base: base.get(`${district.id}:${ind.id}`) ?? 0, accumulates: accumulates(ind.kind) }));
        split.set(`op_${district.id}_${k + 1}`, { colleagues: perDistrict.get(district.id)!, k });
        return { username: `op_${district.id}_${k + 1}`, address: operatorAddress(i), organisationId: district.id, cityId: district.cityId, indicators };
      });
      const cities = [...new Set(districts.map((d) => d.cityId))];
      reviewers = cities.map((cityId, i) => ({ username: `reviewer_${cityId}`, address: reviewerAddress(i), cityId }));
      const now = clock.now().toISOString();
      for (const op of operators) await insertUser(bench, { username: op.username, role: 'district_operator', organisationId: op.organisationId, passwordHash: province.passwordHash, now });
      for (const r of reviewers) await insertUser(bench, { username: r.username, role: 'city_reviewer', organisationId: r.cityId, passwordHash: province.passwordHash, now });
      // The reviewers' role signs in with a second factor (where the server has them): enrolled here,
      // as each reviewer would have done at their first sign-in, with the benchmark's secret.
      const reviewerIds = await db.selectFrom('users').select('id').where('username', 'in', reviewers.map((r) => r.username)).execute();
      try {
        await sql`insert into second_factors (user_id, secret, confirmed_at, last_step, created_at, updated_at)
          select id, ${BENCH_TOTP_SECRET}, ${now}, null, ${now}, ${now} from users where id in (${sql.join(reviewerIds.map((r) => r.id))})`.execute(db);
      } catch {
        // A server without second factors.
      }
      figuresInDatabase = province.counts.figures ?? 0;
      log(dialect, `${figuresInDatabase.toLocaleString('en-US')} figures; ${periodKey} open until ${deadline}; ${districts.length} districts, ${operators.length} operators, ${reviewers.length} reviewers`);
    } finally {
      await bench.dispose();
    }
    const generateMs = Math.round(performance.now() - t0);

    // ---- The server, as a separate process.
    const t1 = performance.now();
    server = await startServer(database, { source: options.source, logLevel: options.logLevel, logFile });
    if (options.nice !== null) {
      os.setPriority(server.child.pid!, options.nice);
      os.setPriority(options.nice);
    }
    const serverStartMs = Math.round(performance.now() - t1);
    log(dialect, `server on ${server.origin} (${options.source ? 'sources through tsx' : 'built'}), started in ${serverStartMs} ms; log ${logFile}`);
    client = httpClient(server.origin, { maxSockets: options.maxSockets, timeoutMs: options.timeoutSeconds * 1000 });
    const http = client;

    // ---- Everyone signs in (argon2: before the window), from their own address.
    const t2 = performance.now();
    const signIn = async (username: string, address: string) => {
      let answer = await http.request('POST', '/api/auth/login', { body: { username, password: BENCH_PASSWORD }, address });
      if (answer.status === 200 && answer.cookie && (answer.body as { pendingStep?: string | null }).pendingStep === 'second-factor') {
        const code = totp(BENCH_TOTP_SECRET, new Date(), (key, message) => createHmac('sha1', key).update(message).digest());
        answer = await http.request('POST', '/api/auth/second-factor/verify', { body: { code }, cookie: answer.cookie, address });
      }
      const pending = (answer.body as { pendingStep?: string | null } | null)?.pendingStep;
      if (answer.status !== 200 || !answer.cookie || pending) throw new Error(`sign-in of ${username} failed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      return answer.cookie;
    };
    const operatorCookies = await mapLimit(operators, 4, (op) => signIn(op.username, op.address));
    const reviewerCookies = await mapLimit(reviewers, 4, (r) => signIn(r.username, r.address));
    const loginMs = Math.round(performance.now() - t2);
    const dueCodes = new Map<number, string[]>();
    for (const [i, op] of operators.entries()) {
      if (dueCodes.has(op.organisationId)) continue;
      const month = await http.request('GET', `/api/submissions/${periodKey}/${op.organisationId}`, { cookie: operatorCookies[i], address: op.address });
      if (month.status !== 200) throw new Error(`month form of ${op.organisationId}: ${month.status} ${JSON.stringify(month.body).slice(0, 300)}`);
      dueCodes.set(op.organisationId, (month.body as { figures: { indicatorCode: string }[] }).figures.map((f) => f.indicatorCode));
    }
    // Indicators whose growth is reported at comparable prices need that growth with each figure.
    const catalogue = await http.request('GET', '/api/indicators', { cookie: operatorCookies[0], address: operators[0]!.address });
    const rated = new Set(((catalogue.body as { items?: { code: string; growthBasis?: string }[] } | null)?.items ?? [])
      .filter((i) => i.growthBasis === 'reported_real').map((i) => i.code));
    for (const op of operators) {
      const { colleagues, k } = split.get(op.username)!;
      const byCode = new Map(op.indicators.map((ind) => [ind.code, { ...ind, rate: rated.has(ind.code) }]));
      op.indicators = dueCodes.get(op.organisationId)!.filter((_, j) => j % colleagues === k).map((code) => byCode.get(code)!);
    }
    const indicatorsDue = dueCodes.values().next().value?.length ?? 0;
    log(dialect, `signed in ${operators.length + reviewers.length} people in ${(loginMs / 1000).toFixed(1)} s`);

    // ---- The day so far: each operator has drafted its figures (not timed; checked afterwards like the rest).
    const t3 = performance.now();
    const prefillRand = prng(options.seed);
    const prefill: AckedSave[] = [];
    const submissions = await mapLimit(operators, 8, async (op, i) => {
      const figures = op.indicators.map((ind) => ({
        indicatorCode: ind.code, ytdValue: nextValue(prefillRand, ind, undefined), reportedYoy: reportedRate(prefillRand, ind), note: null, version: 0,
      }));
      const path = `/api/submissions/${periodKey}/${op.organisationId}/figures`;
      let answer = await http.request('PUT', path, { body: { figures }, cookie: operatorCookies[i], address: op.address });
      if (answer.status === 409) answer = await http.request('PUT', path, { body: { figures }, cookie: operatorCookies[i], address: op.address });
      if (answer.status !== 200) throw new Error(`draft of ${op.username} failed: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
      const s = answer.body as { id: number; figures: { indicatorCode: string; version: number }[] };
      const versions = new Map(s.figures.map((f) => [f.indicatorCode, f.version]));
      prefill.push({ operator: op.username, organisationId: op.organisationId, submissionId: s.id, figures: figures.map((f) => ({ code: f.indicatorCode, value: f.ytdValue, version: versions.get(f.indicatorCode) ?? -1 })), at: -1 });
      return answer.body;
    });
    // Each operator starts from the month as it is now (its colleagues' drafts included).
    const current = await mapLimit(operators, 8, async (op, i) => {
      const answer = await http.request('GET', `/api/submissions/${periodKey}/${op.organisationId}`, { cookie: operatorCookies[i], address: op.address });
      return answer.status === 200 ? answer.body : submissions[i];
    });
    const prefillMs = Math.round(performance.now() - t3);
    log(dialect, `drafted ${prefill.length} operators' figures in ${(prefillMs / 1000).toFixed(1)} s`);

    // ---- The window.
    const windowStart = loadavg();
    const pgCpu = () => (dialect === 'postgres' ? postgresCpuSeconds(options.pgUrl, database.location) : Promise.resolve(null));
    const cpuAtStart = { server: cpuSecondsOf(server.child.pid!), load: process.cpuUsage(), postgres: await pgCpu(), wall: Date.now() };
    const windowMs = Math.round(options.minutes * 60_000);
    log(dialect, `window of ${(windowMs / 60_000).toFixed(2)} min starts; load average ${windowStart.join(' / ')}`);
    const progress = setInterval(() => log(dialect, `… load average ${loadavg().join(' / ')}`), 60_000);
    const waits = dialect === 'postgres' ? samplePostgresWaits(options.pgUrl, database.location) : null;
    // Two gauges of where waiting happens: /healthz twice a second on a connection of its own (no
    // database, outside the operators' pool: the server's own backlog), and the load's event loop.
    const probeClient = httpClient(server.origin, { maxSockets: 1, timeoutMs: options.timeoutSeconds * 1000 });
    const probeSamples: number[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const answer = await probeClient.request('GET', '/healthz', { address: '127.78.1.1' });
        probeSamples.push(answer.status === 200 ? answer.ms : options.timeoutSeconds * 1000);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const load = await runScenario(
      http,
      operators.map((spec, i) => ({ spec, cookie: operatorCookies[i]!, submission: current[i] as never })),
      new Map(reviewers.map((spec, i) => [spec.cityId, { spec, cookie: reviewerCookies[i]! }])),
      {
        periodKey, windowMs, rand,
        thinkMs: [options.thinkSeconds[0] * 1000, options.thinkSeconds[1] * 1000],
        returnAfterMs: [options.returnAfterSeconds[0] * 1000, options.returnAfterSeconds[1] * 1000],
      },
    );
    clearInterval(progress);
    probing = false;
    await probe;
    probeClient.close();
    loopDelay.disable();
    const gauges = {
      healthz: latency(probeSamples),
      loadEventLoopDelay: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    };
    const postgresWaits = waits ? await waits.stop() : null;
    const windowEnd = loadavg();
    const wallEnd = Date.now();
    const loadCpu = process.cpuUsage(cpuAtStart.load);
    const serverCpuEnd = cpuSecondsOf(server.child.pid!);
    const pgCpuEnd = await pgCpu();
    const share = (used: number | null) => (used === null ? null : Math.round((used / ((wallEnd - cpuAtStart.wall) / 1000)) * 100));
    const cpu = {
      serverPercent: share(serverCpuEnd !== null && cpuAtStart.server !== null ? serverCpuEnd - cpuAtStart.server : null),
      postgresPercent: share(pgCpuEnd !== null && cpuAtStart.postgres !== null ? pgCpuEnd - cpuAtStart.postgres : null),
      loadPercent: share((loadCpu.user + loadCpu.system) / 1e6),
    };
    log(dialect, `window over: ${load.records.length} requests; load average ${windowEnd.join(' / ')}`);

    // ---- Stop the server (gracefully), then look for every acknowledged write.
    client.close();
    client = undefined;
    const exit = await server.stop();
    server = undefined;
    if (exit !== 0) log(dialect, `server exited with ${exit}`);
    const logged = serverErrors(logFile);
    const serverSide = Object.fromEntries(Object.entries(serverTimings(logFile, cpuAtStart.wall, wallEnd + 1)).map(([cls, samples]) => [cls, latency(samples)]));
    const check = database.open();
    let verification: Verification;
    try {
      verification = await verifyDeadline(check.handle.db, {
        periodYear: due.year, periodMonth: due.month, saves: [...prefill, ...load.saves], transitions: load.transitions, unknown: load.unknown,
      });
    } finally {
      await check.dispose();
    }
    log(dialect, `verified ${verification.figureValuesChecked} figure values, ${verification.transitionsChecked} submits/returns, `
      + `${verification.auditRows} audit rows: ${verification.ok ? 'all present, chain intact' : `PROBLEMS ${JSON.stringify(verification.examples.slice(0, 3))}`}`);

    // ---- The numbers.
    const seconds = windowMs / 1000;
    const byClass: DeadlineResult['requests']['byClass'] = {};
    for (const cls of REQUEST_CLASSES) {
      const samples = load.records.filter((r) => r.cls === cls).map((r) => r.ms);
      if (samples.length > 0) byClass[cls] = { ...latency(samples), perSecond: Math.round((samples.length / seconds) * 100) / 100 };
    }
    const { errors, byStatus } = countErrors(load.records);
    const intended409 = load.records.filter((r) => r.status === 409 && (r.code === 'STALE_VERSION' || r.code === 'SUBMISSION_STATE')).length;
    // Every 10 seconds (by the answer's arrival): requests, saves' tail, errors.
    const timeline: DeadlineResult['timeline'] = [];
    for (let b = 0; b * 10_000 < windowMs + 30_000; b++) {
      const inBucket = load.records.filter((r) => r.at >= b * 10_000 && r.at < (b + 1) * 10_000);
      if (inBucket.length === 0) continue;
      const saves = latency(inBucket.filter((r) => r.cls === 'save').map((r) => r.ms));
      const all = latency(inBucket.map((r) => r.ms));
      timeline.push({
        second: b * 10, requests: inBucket.length, perSecond: inBucket.length / 10,
        p50: all.p50, saveP95: saves.p95, saveP99: saves.p99, errors: countErrors(inBucket).errors,
      });
    }
    const saveLatency = byClass.save ?? latency([]);
    const result: DeadlineResult = {
      kind: 'deadline',
      dialect,
      commit: process.env[SNAPSHOT_ENV] ?? `${git(['rev-parse', 'HEAD'])}+tree`,
      date: startedAt.slice(0, 10),
      startedAt,
      machine: { ...machineInfo(), loadAverageAtStart: before },
      options: {
        minutes: options.minutes, operators: options.operators, perDistrict: options.perDistrict, thinkSeconds: options.thinkSeconds,
        returnAfterSeconds: options.returnAfterSeconds, maxSockets: options.maxSockets, timeoutSeconds: options.timeoutSeconds,
        code: options.code, source: options.source, build: options.build, logLevel: options.logLevel, seed: options.seed, nice: options.nice, keep: options.keep,
      },
      scenario: {
        period: periodKey, deadline, districts: new Set(operators.map((o) => o.organisationId)).size, operators: operators.length,
        reviewers: reviewers.length, indicatorsPerDistrict: scale.indicators, indicatorsDue, figuresInDatabase, windowSeconds: seconds,
      },
      setup: { generateMs, serverStartMs, loginMs, prefillMs },
      loadAverage: { before, windowStart, windowEnd },
      cpu,
      serverSide,
      postgresWaits,
      gauges,
      requests: { total: load.records.length, perSecond: Math.round((load.records.length / seconds) * 10) / 10, byClass },
      actions: { ...load.actions, deferredSave: load.deferred.save, deferredSubmit: load.deferred.submit },
      outcomes: {
        savesAcknowledged: load.saves.length,
        submitsAcknowledged: load.transitions.filter((t) => t.action === 'submit').length,
        returnsAcknowledged: load.transitions.filter((t) => t.action === 'return').length,
        intended409,
        unanswered: load.unknown.length,
      },
      errors: {
        count: errors, rate: load.records.length ? errors / load.records.length : 0, byStatus, examples: load.errorExamples,
        serverLoggedErrors: logged.count, serverErrorExamples: logged.first,
      },
      timeline,
      verification,
      goals: deadlineGoals({ save: saveLatency, requests: load.records.length, errors, verified: verification.ok }),
      durationMs: 0,
    };
    result.durationMs = Math.round(performance.now() - started);
    succeeded = true;
    return result;
  } finally {
    client?.close();
    if (server) await server.stop();
    if (options.keep) log(dialect, `kept ${database.location}`);
    else await database.destroy();
    if (!options.keep && succeeded) fs.rmSync(logFile, { force: true });
    else log(dialect, `server log kept: ${logFile}`);
  }
}

const fmt = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '–');
const label = (d: DialectName) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL');

export function deadlineMarkdown(results: DeadlineResult[]): string {
  const lines: string[] = [];
  const r0 = results[0]!;
  const m = r0.machine;
  lines.push(`Deadline under load ${r0.date} — ${r0.scenario.operators} operators in ${r0.scenario.districts} districts, ${r0.scenario.reviewers} reviewers, `
    + `${fmt(r0.scenario.windowSeconds / 60, 1)} min, think ${r0.options.thinkSeconds.join('–')} s; month ${r0.scenario.period}, deadline ${r0.scenario.deadline}`);
  lines.push(`Machine: ${m.cpus} × ${m.cpuModel}, Node ${m.node}; commit ${r0.commit.slice(0, 10)}${r0.options.nice !== null ? `; server and load at nice ${r0.options.nice}` : ''}`);
  lines.push('');
  lines.push(`| Measure | ${results.map((r) => label(r.dialect)).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---:').join('|')}|`);
  const row = (name: string, cell: (r: DeadlineResult) => string) => lines.push(`| ${name} | ${results.map(cell).join(' | ')} |`);
  row('Load average before / window start / window end', (r) => `${r.loadAverage.before[0]} / ${r.loadAverage.windowStart[0]} / ${r.loadAverage.windowEnd[0]}`);
  row('CPU during the window, % of one core: server / PostgreSQL / load', (r) => `${r.cpu.serverPercent ?? '–'} / ${r.cpu.postgresPercent ?? '–'} / ${r.cpu.loadPercent ?? '–'}`);
  row('Requests, per second', (r) => `${r.requests.total.toLocaleString('en-US')}, ${fmt(r.requests.perSecond)}`);
  row('Actions read / save / submit (deferred: month with the city)', (r) => `${r.actions.read} / ${r.actions.save} / ${r.actions.submit} (${r.actions.deferredSave} / ${r.actions.deferredSubmit})`);
  for (const cls of REQUEST_CLASSES) {
    if (!results.some((r) => r.requests.byClass[cls])) continue;
    row(`${cls}: n, p50 / p95 / p99 / max (ms)`, (r) => {
      const c = r.requests.byClass[cls];
      return c ? `${c.n}, ${fmt(c.p50)} / ${fmt(c.p95)} / ${fmt(c.p99)} / ${fmt(c.max, 0)}` : '–';
    });
  }
  for (const cls of ['save', 'month', 'dashboard']) {
    row(`${cls} in the server (responseTime): p50 / p95 / p99 (ms)`, (r) => {
      const c = r.serverSide[cls];
      return c ? `${fmt(c.p50)} / ${fmt(c.p95)} / ${fmt(c.p99)}` : '–';
    });
  }
  row('GET /healthz on its own connection, twice a second: p50 / p95 / p99 (ms)', (r) => `${fmt(r.gauges.healthz.p50)} / ${fmt(r.gauges.healthz.p95)} / ${fmt(r.gauges.healthz.p99)}`);
  row('Event-loop delay of the load process: p50 / p99 / max (ms)', (r) => `${fmt(r.gauges.loadEventLoopDelay.p50)} / ${fmt(r.gauges.loadEventLoopDelay.p99)} / ${fmt(r.gauges.loadEventLoopDelay.max)}`);
  row('PostgreSQL backends busy, per sample: the top waits', (r) => (r.postgresWaits
    ? Object.entries(r.postgresWaits.states).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'
    : '–'));
  row('Saves / submits / returns acknowledged; intended 409s', (r) => `${r.outcomes.savesAcknowledged} / ${r.outcomes.submitsAcknowledged} / ${r.outcomes.returnsAcknowledged}; ${r.outcomes.intended409}`);
  row('Errors (rate); unanswered writes', (r) => `${r.errors.count} (${fmt(r.errors.rate * 100, 3)} %); ${r.outcomes.unanswered}`);
  row('Non-2xx by status', (r) => Object.entries(r.errors.byStatus).map(([k, v]) => `${k}: ${v}`).join(', ') || '–');
  row('Verified: figure values, submits/returns, audit rows; chain', (r) => `${r.verification.figureValuesChecked}, ${r.verification.transitionsChecked}, ${r.verification.auditRows}; ${r.verification.chain.intact ? 'intact' : 'BROKEN'}`);
  for (const goal of r0.goals.map((g) => g.goal)) {
    row(`**Goal** ${goal}`, (r) => {
      const g = r.goals.find((x) => x.goal === goal);
      return g ? `${g.pass ? '**PASS**' : '**MISS**'} (${g.value})` : '–';
    });
  }
  for (const r of results) if (r.verification.examples.length > 0) lines.push(`\n> ${label(r.dialect)}: ${r.verification.examples.join('; ')}`);
  for (const r of results) if (r.errors.examples.length > 0) lines.push(`\n> ${label(r.dialect)} errors, the first: ${r.errors.examples.slice(0, 3).join(' · ')}`);
  return lines.join('\n');
}

export async function runDeadline(argv: string[]): Promise<void> {
  const options = parseDeadlineOptions(argv);
  const runnable: DialectName[] = [];
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      const problem = await postgresReachable(options.pgUrl);
      if (problem) {
        console.log(`[deadline postgres] skipped: PostgreSQL not reachable (${problem})`);
        continue;
      }
    }
    runnable.push(dialect);
  }
  if (runnable.length > 0 && options.build && !options.source) {
    console.log('[deadline] building the server into bench/dist/server …');
    buildServer();
  }
  const results: DeadlineResult[] = [];
  const full = options.minutes >= 10 && options.operators >= 600;
  for (const dialect of runnable) {
    const result = await runOne(dialect, options);
    results.push(result);
    if (options.write) {
      fs.mkdirSync(options.outDir, { recursive: true });
      const file = path.join(options.outDir, `${result.date}-deadline-${full ? '' : 'quick-'}${dialect}.json`);
      fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (results.length > 0) console.log(`\n${deadlineMarkdown(results)}\n`);
}
