// (a) The city overview: the API in-process, from its read model and computed, against the raw
// SQL of the same aggregate.
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { overviewRawSql } from '@hongtu/server/src/features/dashboards/overview-raw-sql';
import type { BenchDatabase } from './database';
import { insertUser, type GeneratedProvince } from './generate';
import type { MemorySampler } from './memory';
import { expectStatus, login } from './session';
import { ratio, summarise, type Summary } from './stats';

export interface OverviewResult {
  period: string;
  warmup: number;
  iterations: number;
  /** Districts in the answer × key-indicator cells per district. */
  apiRows: number;
  apiCellsPerRow: number;
  apiResponseBytes: number;
  rawRows: number;
  /** The API as it answers a month read before: from the overview's read model (the stored JSON). */
  api: Summary;
  /**
   * The API when nothing is stored for it (the first read after a write that raised the
   * generation): the overview computed, stored and sent. Absent in results before the read model.
   */
  computed?: Summary;
  /**
   * The API from its read model, read again and again at one generation (as the month's readers do
   * between two approvals): no recomputation's garbage between the reads, unlike `api`, where each
   * read follows a recomputation. Absent in results before 2026-12-03.
   */
  steady?: Summary;
  /**
   * The same reads in a row without Accept-Encoding (the JSON as it is). Since 2026-12-03 (second
   * run) every other overview read is sent with the Accept-Encoding Chromium sends, as the app's
   * pages do; this one keeps the earlier runs' measure comparable.
   */
  steadyIdentity?: Summary;
  /** Bytes of the answer as a browser receives it (compressed); absent before compression. */
  apiEncodedBytes?: number;
  apiEncoding?: string;
  raw: Summary;
  /**
   * The floor of any signed-in API call through app.inject: GET /api/auth/me (session lookup,
   * authorization, rate limit, serialisation), timed alongside; overview minus floor is what the
   * overview itself costs.
   */
  floor: Summary;
  /** API / raw SQL, at p50 and at p95. */
  ratioP50: number;
  ratioP95: number;
}

/** What Chromium sends: the app's pages ask for the overview with it. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** The global rate limit allows 600 requests a minute per account; stay well below it. */
const REQUESTS_PER_ACCOUNT = 500;
/** Signed-in requests per iteration: the overview stored, the overview computed and the floor. */
const REQUESTS_PER_ITERATION = 3;

export async function measureOverview(
  app: FastifyInstance,
  database: BenchDatabase,
  province: GeneratedProvince,
  options: { period: string; warmup: number; iterations: number; reviewerCookie: string; now: string; password: string },
  memory: MemorySampler,
): Promise<OverviewResult> {
  const url = `/api/dashboard/overview?period=${options.period}`;
  // More reviewers (same role and place) when the run needs more requests than one account may make.
  const cookies = [options.reviewerCookie];
  // …and one more of its own for the reads in a row.
  const accounts = Math.ceil(((options.warmup + options.iterations) * REQUESTS_PER_ITERATION) / REQUESTS_PER_ACCOUNT) + 1;
  for (let i = 2; i <= accounts; i++) {
    const username = `bench_reviewer_${i}`;
    await insertUser(database, { username, role: 'city_reviewer', organisationId: province.provinceId, passwordHash: province.passwordHash, now: options.now });
    cookies.push(await login(app, username, options.password, new Date(options.now)));
  }

  const first = await app.inject({ method: 'GET', url, headers: { cookie: cookies[0]! } });
  expectStatus(first, 200, `GET ${url}`);
  const body = first.json() as { rows: { cells: unknown[] }[] };
  // As a browser asks: the same answer, compressed.
  const asBrowser = (cookie: string) => ({ cookie, 'accept-encoding': BROWSER_ACCEPT_ENCODING });
  const encoded = await app.inject({ method: 'GET', url, headers: asBrowser(cookies[0]!) });
  expectStatus(encoded, 200, `GET ${url} (as a browser)`);
  const apiEncoding = String(encoded.headers['content-encoding'] ?? 'identity');
  if (decode(apiEncoding, encoded.rawPayload) !== first.body) throw new Error(`GET ${url}: the ${apiEncoding} answer is not the JSON answer`);

  const rootPath = province.provincePath;
  const rawRows = (await overviewRawSql(database.handle.db, options.period, { rootPath })).length;

  // API and raw SQL alternate request by request, so load from other users of this shared machine
  // falls on both alike and the ratio stays meaningful.
  const api: number[] = [];
  const computed: number[] = [];
  const raw: number[] = [];
  const floor: number[] = [];
  await memory.phase('overview (API stored and computed, raw SQL, alternating)', async () => {
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      const cookie = cookies[Math.floor((i * REQUESTS_PER_ITERATION) / REQUESTS_PER_ACCOUNT)]!;
      const a = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: asBrowser(cookie) });
      const b = performance.now();
      if (response.statusCode !== 200) expectStatus(response, 200, `GET ${url} (#${i})`);
      const c = performance.now();
      await overviewRawSql(database.handle.db, options.period, { rootPath });
      const d = performance.now();
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      const e = performance.now();
      if (me.statusCode !== 200) expectStatus(me, 200, `GET /api/auth/me (#${i})`);
      // A write that changed the month's inputs raises the generation: nothing stored or held by
      // the app server is served, the overview is computed again.
      await database.handle.db.updateTable('dashboard_generation').set((eb) => ({ generation: eb('generation', '+', 1) })).where('id', '=', 1).execute();
      const f = performance.now();
      const fresh = await app.inject({ method: 'GET', url, headers: asBrowser(cookie) });
      const g = performance.now();
      if (fresh.statusCode !== 200) expectStatus(fresh, 200, `GET ${url} (computed, #${i})`);
      if (i >= options.warmup) {
        api.push(b - a);
        raw.push(d - c);
        floor.push(e - d);
        computed.push(g - f);
      }
    }
  });

  // Reads in a row at one generation: what the month's readers see between two approvals.
  // The reads as a browser makes them, then (for comparison with runs before compression) without
  // Accept-Encoding: one account of its own, within its rate limit (2 × iterations ≤ 500).
  const steady: number[] = [];
  const steadyIdentity: number[] = [];
  const steadyCookie = cookies[cookies.length - 1]!;
  await memory.phase('overview (API from its read model, reads in a row)', async () => {
    const profile = await startProfile();
    for (let i = 0; i < options.iterations; i++) {
      const a = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: asBrowser(steadyCookie) });
      steady.push(performance.now() - a);
      if (response.statusCode !== 200) expectStatus(response, 200, `GET ${url} (in a row, #${i})`);
    }
    await profile?.stop();
    for (let i = 0; i < options.iterations; i++) {
      const a = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie: steadyCookie } });
      steadyIdentity.push(performance.now() - a);
      if (response.statusCode !== 200) expectStatus(response, 200, `GET ${url} (in a row, as it is, #${i})`);
    }
  });

  const apiSummary = summarise(api);
  const rawSummary = summarise(raw);
  return {
    period: options.period,
    warmup: options.warmup,
    iterations: options.iterations,
    apiRows: body.rows.length,
    apiCellsPerRow: body.rows[0]?.cells.length ?? 0,
    apiResponseBytes: first.rawPayload.length,
    apiEncodedBytes: encoded.rawPayload.length,
    apiEncoding,
    rawRows,
    api: apiSummary,
    computed: summarise(computed),
    steady: summarise(steady),
    steadyIdentity: summarise(steadyIdentity),
    raw: rawSummary,
    floor: summarise(floor),
    ratioP50: ratio(apiSummary.p50, rawSummary.p50),
    ratioP95: ratio(apiSummary.p95, rawSummary.p95),
  };
}

function decode(encoding: string, bytes: Buffer): string {
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/**
 * HONGTU_BENCH_PROFILE_READS=<file>: a CPU profile of the reads in a row alone (open it in Chrome's
 * DevTools), to see what serving the stored overview costs.
 */
async function startProfile(): Promise<{ stop(): Promise<void> } | null> {
  const file = process.env.HONGTU_BENCH_PROFILE_READS;
  if (!file) return null;
  const { Session } = await import('node:inspector/promises');
  const { writeFile } = await import('node:fs/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
