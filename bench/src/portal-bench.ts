// The public portal at the size: 10,000 published articles (with a few hundred drafts and
// withdrawn ones beside them) and 2,000 policies over the generated province's districts, read by
// anonymous visitors through the whole application in-process (app.inject, as the other benchmarks),
// each visitor from its own address (the public edge counts per address).
//   npx tsx bench/src/portal-bench.ts --dialect=both [--scale=1] [--iterations=200] [--load-seconds=60] [--rate=200]
// Targets (issue 14): the feed and an article page p95 ≤ 20 ms from the server; the home page
// ≤ 150 kB transferred, readable without JavaScript; 200 anonymous visitors a second for a minute
// leave a staff page's p95 within 20 % of its p95 without them.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { PORTAL_TOPICS } from '@hongtu/domain';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { openBulkWriter, type Row, type TableSpec } from './bulk';
import { openBenchDatabase } from './database';
import { BENCH_PASSWORD, generateProvince, insertUser } from './generate';
import { SCALES } from './options';
import { parseScenarioFlags, runScenarioCommand, timed, type ScenarioOptions } from './scenario';
import { summarise } from './stats';
import { buildApp } from '@hongtu/server/src/app';
import { publicPagesChanged } from '@hongtu/server/src/platform/http/public-page-cache';
import { expectStatus, login, sendAsTheWebApp } from './session';

const ARTICLES_FULL = 10_000;
const POLICIES_FULL = 2_000;

const ARTICLES: TableSpec = {
  table: 'portal_articles',
  columns: [
    ['id', 'int4'], ['slug', 'text'], ['title', 'text'], ['summary', 'text'], ['body_markdown', 'text'], ['body_html', 'text'], ['topic', 'text'],
    ['district_id', 'int4'], ['organisation_id', 'int4'], ['tags', 'text'], ['status', 'text'], ['published_at', 'text'], ['search_text', 'text'],
    ['created_at', 'text'], ['updated_at', 'text'],
  ],
};
const POLICIES: TableSpec = {
  table: 'policies',
  columns: [['id', 'int4'], ['title', 'text'], ['issuer', 'text'], ['document_number', 'text'], ['issued_on', 'text'], ['valid_from', 'text'], ['valid_to', 'text'], ['summary', 'text'], ['withdrawn_at', 'text'], ['created_at', 'text'], ['updated_at', 'text']],
};

const PLACES = ['临空港', '光谷', '车谷', '长江新区', '东湖', '汉江湾', '青山滨江', '武昌滨江'];
const SUBJECTS = ['重点项目集中签约', '招商引资推介会', '产业链招商', '营商环境优化', '项目开工', '总部经济', '数字经济', '先进制造业'];
const PARAGRAPH = '<p>招商引资成果显著，一批重点项目加速落地，产业链上下游协同发展，营商环境持续优化，为经济高质量发展注入新动能。</p>\n';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

export async function generate(database: Awaited<ReturnType<typeof openBenchDatabase>>, units: { id: number }[], articles: number, policies: number, now: Date) {
  const rand = prng(20_261_203);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const writer = await openBulkWriter(database);
  const started = performance.now();
  const hidden = Math.round(articles * 0.05);
  try {
    await writer.transaction(async () => {
      let rows: Row[] = [];
      for (let id = 1; id <= articles + hidden; id++) {
        const title = `【武汉招商】${pick(PLACES)}${pick(SUBJECTS)}第${id}期`;
        const published = new Date(now.getTime() - id * 3_600_000).toISOString();
        const status = id <= articles ? 'published' : id % 2 ? 'draft' : 'withdrawn';
        const district = rand() < 0.2 ? null : units[id % units.length]!.id;
        rows.push([id, `a-${id}`, title, `${title}。${PARAGRAPH.slice(3, 60)}`, '正文', PARAGRAPH.repeat(12), PORTAL_TOPICS[id % PORTAL_TOPICS.length]!,
          district, district ?? units[0]!.id, '["招商"]', status, status === 'draft' ? null : published, title, published, published]);
        if (rows.length >= 5_000) { await writer.insert(ARTICLES, rows); rows = []; }
      }
      await writer.insert(ARTICLES, rows);
      rows = [];
      for (let id = 1; id <= policies; id++) {
        const issued = new Date(now.getTime() - id * 86_400_000 / 4).toISOString().slice(0, 10);
        rows.push([id, `关于支持${pick(SUBJECTS)}的若干政策措施（${id}）`, '武汉市人民政府', `武政规〔2026〕${id}号`, issued, issued,
          id % 5 === 0 ? '2025-12-31' : null, '对符合条件的企业给予奖励和补贴。', id % 50 === 0 ? now.toISOString() : null, now.toISOString(), now.toISOString()]);
      }
      await writer.insert(POLICIES, rows);
      if (database.dialect === 'postgres') {
        await writer.exec(`select setval(pg_get_serial_sequence('portal_articles', 'id'), ${articles + hidden})`);
        await writer.exec(`select setval(pg_get_serial_sequence('policies', 'id'), ${policies})`);
      }
    });
    if (database.dialect === 'postgres') await writer.exec('analyze');
  } finally {
    await writer.release();
  }
  if (database.dialect === 'sqlite') await sql`pragma optimize`.execute(database.handle.db);
  return { articles, hiddenArticles: hidden, policies, ms: Math.round(performance.now() - started) };
}

/** As `timed`, with `prepare` run untimed before each request. */
async function timedAfter(n: number, warmup: number, prepare: () => Promise<unknown>, fn: () => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) { await prepare(); await fn(); }
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    await prepare();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/** Requests of each kind in turn, `n` rounds; a kind's `prepare` runs untimed just before its request. */
async function inTurn(n: number, warmup: number, kinds: Record<string, () => Promise<unknown>>, prepare: Record<string, () => Promise<unknown>> = {}) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let round = 0; round < warmup + n; round++) {
    for (const [kind, fn] of Object.entries(kinds)) {
      await prepare[kind]?.();
      const t0 = performance.now();
      await fn();
      if (round >= warmup) samples[kind]!.push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarise(v)]));
}

/** Anonymous visitors: each request from one of a thousand addresses, as browsers would come. */
function visitor(app: FastifyInstance) {
  let n = 0;
  return async (url: string, headers: Record<string, string> = {}) => {
    n += 1;
    const response = await app.inject({ method: 'GET', url, remoteAddress: `10.1.${(n >> 8) % 4}.${n % 250}`, headers });
    expectStatus(response, 200, url);
    return response;
  };
}

/** `rate` anonymous page views a second for `seconds`, spread over the portal's pages; staff requests timed meanwhile. */
async function underLoad(app: FastifyInstance, visit: ReturnType<typeof visitor>, rate: number, seconds: number, pages: string[], staff: () => Promise<unknown>) {
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  let sent = 0;
  let failed = 0;
  const portalSamples: number[] = [];
  const ticker = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    while (sent < due && sent < rate * seconds) {
      const url = pages[sent % pages.length]!;
      sent += 1;
      const t0 = performance.now();
      const p = visit(url, { 'accept-encoding': 'gzip' }).then(() => portalSamples.push(performance.now() - t0), () => { failed += 1; });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
  }, 10);
  const staffSamples: number[] = [];
  while (performance.now() - started < seconds * 1000) {
    const t0 = performance.now();
    await staff();
    staffSamples.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  clearInterval(ticker);
  await Promise.all(inFlight);
  return { sent, failed, achievedRate: Math.round(sent / ((performance.now() - started) / 1000)), portal: summarise(portalSamples), staff: summarise(staffSamples) };
}

async function runDialect(dialect: DialectName, options: ScenarioOptions & { value(name: string): string | undefined }) {
  const clock: Clock = { now: () => new Date('2026-03-20T02:00:00.000Z') };
  const now = clock.now();
  const database = await openBenchDatabase(dialect, options.pgUrl);
  let app: FastifyInstance | undefined;
  try {
    const province = await generateProvince(database, SCALES.small, clock);
    const generated = await generate(database, province.units, Math.round(ARTICLES_FULL * options.scale), Math.round(POLICIES_FULL * options.scale), now);
    console.log(`[${dialect}] generated ${generated.articles} articles and ${generated.policies} policies in ${(generated.ms / 1000).toFixed(1)} s`);
    // The staff account asks about ten times a second for the whole run: above the edge's 600 a minute.
    app = await buildApp({ database: database.handle, clock, logger: false, limits: { requestsPerWindow: 100_000 } });
    await app.ready();
    sendAsTheWebApp(app);
    const visit = visitor(app);
    // Each page rendered: the servers' short-lived copies are dropped before every timed request (a
    // page asked for again would otherwise be the copy's answer, not the server's work).
    const rendered = (url: () => string) => () => {
      publicPagesChanged();
      return visit(url());
    };
    const district = province.units[3]!.id;
    const feed = await timed(options.iterations, options.warmup, rendered(() => '/portal/articles'));
    const feedCached = await timed(options.iterations, options.warmup, () => visit('/portal/articles'));
    const feedFiltered = await timed(options.iterations, options.warmup, rendered(() => `/portal/articles?topic=project&district=${district}`));
    // Deep pages as the pager links them: page k after its neighbour (the last article of page k − 1),
    // or before the first article of page k + 1 (going back); read from the index, never skipped through.
    const nowIso = now.toISOString();
    const nth = async (offset: number) => (await database.handle.db.selectFrom('portal_articles').select('id').where('status', '=', 'published').where('published_at', '<=', nowIso)
      .orderBy('published_at', 'desc').orderBy('id', 'desc').limit(1).offset(offset).executeTakeFirst())?.id;
    const lastPage = Math.ceil(generated.articles / 20);
    const deepPages = [100, 200, 300, 400, lastPage - 1].filter((k) => k > 20 && k < lastPage);
    const older: string[] = [];
    const newer: string[] = [];
    for (const k of deepPages) {
      const after = await nth((k - 1) * 20 - 1);
      const before = await nth(k * 20);
      if (after) older.push(`/portal/en/articles?page=${k}&after=${after}`);
      if (before) newer.push(`/portal/articles?page=${k}&before=${before}`);
    }
    let d = 0;
    const feedDeep = older.length ? await timed(options.iterations, options.warmup, rendered(() => older[d++ % older.length]!)) : null;
    const feedDeepBack = newer.length ? await timed(options.iterations, options.warmup, rendered(() => newer[d++ % newer.length]!)) : null;
    // Right after a write that changes the feed (its generation raised, untimed, as a publish does): the
    // server counts the total, and for a deep page its number, afresh before keeping them again.
    const raise = () => database.handle.db.updateTable('portal_feed_generation').set({ generation: sql`generation + 1` }).where('id', '=', 1).execute();
    const feedAfterWrite = await timedAfter(options.iterations, options.warmup, raise, rendered(() => '/portal/articles'));
    const feedDeepAfterWrite = older.length ? await timedAfter(options.iterations, options.warmup, raise, rendered(() => older[d++ % older.length]!)) : null;
    // In turn, one of each per round so that each sees the same load: a deep page right after a
    // write (counted afresh), the same page asked again (its counts kept), and the first page.
    let u = '';
    const sideBySide = older.length ? await inTurn(options.iterations, options.warmup, {
      deepAfterWrite: rendered(() => (u = older[d++ % older.length]!)),
      deepKept: rendered(() => u),
      first: rendered(() => '/portal/en/articles'),
    }, { deepAfterWrite: raise }) : null;
    let i = 0;
    const article = await timed(options.iterations, options.warmup, rendered(() => `/portal/articles/a-${1 + ((i++ * 7919) % generated.articles)}`));
    const policySearch = await timed(options.iterations, options.warmup, rendered(() => `/portal/policies?q=${encodeURIComponent('数字经济')}`));
    const home = await timed(options.iterations, options.warmup, rendered(() => '/portal'));
    const homeGzip = await visit('/portal', { 'accept-encoding': 'gzip' });
    const homeHtml = gunzipSync(homeGzip.rawPayload).toString('utf8');
    const homeBytes = { gzip: homeGzip.rawPayload.length, html: Buffer.byteLength(homeHtml), scripts: (homeHtml.match(/<script/g) ?? []).length, articleLinks: (homeHtml.match(/\/portal\/articles\/a-/g) ?? []).length };

    // Staff p95 without and with anonymous visitors (a reviewer's policy list, as the staff app asks for it).
    await insertUser(database, { username: 'bench_portal_staff', role: 'city_reviewer', organisationId: province.provinceId, passwordHash: province.passwordHash, now: now.toISOString() });
    const cookie = await login(app, 'bench_portal_staff', BENCH_PASSWORD, now);
    const staff = async () => {
      const response = await app!.inject({ method: 'GET', url: '/api/policies?pageSize=20', headers: { cookie } });
      expectStatus(response, 200, '/api/policies');
    };
    const seconds = Number(options.value('load-seconds') ?? '60');
    const rate = Number(options.value('rate') ?? '200');
    const staffAlone = await timed(Math.max(50, options.iterations), options.warmup, staff);
    const some = (k: number) => `a-${1 + ((k * 7919) % generated.articles)}`;
    const pages = ['/portal', '/portal/articles', `/portal/articles/${some(1)}`, `/portal/articles/${some(2)}`, '/portal/policies', '/portal/en/articles?topic=policy', `/portal/articles/${some(3)}`, '/portal/opportunities', '/portal/bulletins', `/portal/zh-tw/articles/${some(4)}`];
    const load = seconds > 0 ? await underLoad(app, visit, rate, seconds, pages, staff) : null;
    return {
      dialect, scale: options.scale, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), generated,
      rendered: { feed, feedFiltered, feedDeep, feedDeepBack, feedAfterWrite, feedDeepAfterWrite, sideBySide, deepPages: { older, newer }, article, policySearch, home }, feedCached, homeBytes,
      staffAlone, load: load && { seconds, rate, ...load, staffP95Change: Math.round(((load.staff.p95 - staffAlone.p95) / staffAlone.p95) * 100) / 100 },
      targets: {
        feedP95: feed.p95 <= 20 && feedFiltered.p95 <= 20, deepFeedP95: feedDeep && feedDeepBack ? feedDeep.p95 <= 20 && feedDeepBack.p95 <= 20 : null,
        articleP95: article.p95 <= 20, homeUnder150kB: homeBytes.gzip <= 150_000,
        homeWithoutScript: homeBytes.articleLinks > 0, staffWithin20Percent: load ? load.staff.p95 <= staffAlone.p95 * 1.2 : null,
      },
    };
  } finally {
    await app?.close();
    await database.dispose();
  }
}

export async function runPortalCommand(argv: string[]): Promise<void> {
  await runScenarioCommand('portal', parseScenarioFlags(argv), runDialect);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  await runPortalCommand(process.argv.slice(2));
  process.exit(0);
}
