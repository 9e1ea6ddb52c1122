// Documents at the size: 20,000 documents of ~10 kB of text each (3,400 characters) (≈ 200 MB), generated from
// the five seed documents (windows of their text, figures varied, a title and date of their own),
// taken in one after another by the same ingest the upload job runs (read, extract every figure,
// segment, store document + figures + full-text entry in one transaction), then searched.
//   npm run bench -- documents --dialect=both [--scale=0.1] [--iterations=100] [--keep=NAME]
// Targets (issue 12): search p95 ≤ 100 ms on both databases; ingest and extraction throughput and
// peak memory while ingesting are reported.
// --keep=NAME keeps the generated database (SQLite: $TMPDIR/hongtu-bench-documents-NAME.sqlite;
// PostgreSQL: schema bench_documents_NAME) and reuses it on the next run: the documents already there
// are not taken in again (a stopped run goes on where it stopped; the migrations of the code run
// first, as at a server's start), so a search can be measured again without the hour of ingesting.
// Remove it by hand (rm the file; drop schema … cascade).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { openPostgres, openSqlite, type DialectName } from '@hongtu/server/src/db/connection';
import { prepareDatabase } from '@hongtu/server/src/db/prepare';
import { seedDemo } from '@hongtu/server/src/db/seed/demo';
import { AuditTrail } from '@hongtu/server/src/platform/audit/audit-trail';
import type { RequestContext } from '@hongtu/server/src/platform/permissions/actor';
import { systemClock } from '@hongtu/server/src/platform/clock';
import { createDocumentIngest } from '@hongtu/server/src/features/documents/documents.public';
import { createDocumentsSearch } from '@hongtu/server/src/features/documents/documents.search';
import { openBenchDatabase, type BenchDatabase } from './database';
import { MemorySampler, mib } from './memory';
import { parseScenarioFlags, runScenarioCommand, timed, type ScenarioOptions } from './scenario';
import { summarise } from './stats';

const DOCUMENTS_FULL = 20_000;
/** Characters per document: about 10 kB of UTF-8 (20,000 documents ≈ 200 MB). */
const DOCUMENT_CHARS = 3_400;
const SEEDS = path.resolve(import.meta.dirname, '../../server/src/db/seed/documents');

/** Queries as reviewers type them: Simplified and Traditional, one word or several, with filters. */
const QUERIES: { q: string; filter?: Record<string, string> }[] = [
  { q: '地区生产总值' }, { q: '固定资产投资 增长' }, { q: '西塞山區 開門紅' }, { q: '招商引资 实际到位资金' },
  { q: '工业投资' }, { q: '社会消费品零售总额' }, { q: '國民經濟和社會發展' }, { q: '武昌区 固投', filter: { from: '2020-01-01' } },
  { q: '一般公共预算收入' }, { q: '外商直接投资 亿美元' }, { q: '重点项目 开工' }, { q: '临空经济示范区' },
];

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

/** The i-th generated document: a window of a seed's text with its numbers varied, under a title and date of its own. */
function generator() {
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''));
  const rand = prng(20_261_202);
  return (i: number): { buffer: Buffer; fileName: string } => {
    const parts: string[] = [];
    let length = 0;
    while (length < DOCUMENT_CHARS) {
      const text = seeds[Math.floor(rand() * seeds.length)]!;
      const from = Math.floor(rand() * Math.max(1, text.length - 3000));
      const piece = text.slice(from, from + 3000).replace(/\d+(\.\d+)?/g, (n) => (rand() < 0.5 ? n : String(Math.round(Number(n) * (0.5 + rand()) * 100) / 100)));
      parts.push(piece);
      length += piece.length;
    }
    const year = 2016 + (i % 9);
    const month = 1 + (i % 12);
    const header = `武汉市经济运行简报第${i + 1}期\n公开日期: ${year}年${String(month).padStart(2, '0')}月${String(1 + (i % 28)).padStart(2, '0')}日\n\n`;
    return { buffer: Buffer.from(header + parts.join('\n')), fileName: `bench-${i + 1}.txt` };
  };
}

async function reviewerContext(db: Awaited<ReturnType<typeof openBenchDatabase>>['handle']['db']): Promise<RequestContext> {
  const user = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'o.id as organisation_id', 'o.name', 'o.path', 'o.kind'])
    .where('u.username', '=', 'reviewer').executeTakeFirstOrThrow();
  return {
    actor: { userId: user.id, username: user.username, displayName: user.display_name, role: user.role, organisationId: user.organisation_id, organisationName: user.name, organisationPath: user.path, organisationKind: user.kind, locale: 'zh-CN', sessionId: 'bench' },
    ip: '127.0.0.1', requestId: 'bench', locale: 'zh-CN', userAgent: null, audited: false,
  };
}

/** A database kept between runs (--keep=NAME): opened, never removed. */
async function openKeptDatabase(dialect: DialectName, pgUrl: string, name: string): Promise<BenchDatabase> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('--keep=NAME: lower-case letters, digits and _');
  if (dialect === 'sqlite') {
    const file = path.join(os.tmpdir(), `hongtu-bench-documents-${name}.sqlite`);
    const handle = openSqlite(file);
    return { handle, dialect, location: file, dispose: () => handle.close() };
  }
  const schema = `bench_documents_${name}`;
  const admin = openPostgres(pgUrl, { max: 1 });
  await sql`create schema if not exists ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = openPostgres(pgUrl, { schema });
  return { handle, dialect, location: schema, dispose: () => handle.close() };
}

async function runDialect(dialect: DialectName, options: ScenarioOptions & { count: number; keep: string | undefined }) {
  const database = options.keep ? await openKeptDatabase(dialect, options.pgUrl, options.keep) : await openBenchDatabase(dialect, options.pgUrl);
  const memory = new MemorySampler();
  try {
    await prepareDatabase(database.handle, systemClock);
    await seedDemo(database.handle, systemClock);
    const { db } = database.handle;
    const ctx = await reviewerContext(db);
    const ingest = createDocumentIngest({ db, dialect, clock: systemClock, audit: new AuditTrail(db, dialect, systemClock) });
    const next = generator();
    // a kept database: the documents of an earlier run stay (the generator still draws them, in order)
    const kept = Number((await db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).where('original_name', 'like', 'bench-%').executeTakeFirstOrThrow()).n);
    let bytes = 0;
    const started = performance.now();
    await memory.phase('ingest', async () => {
      for (let i = 0; i < options.count; i++) {
        const file = next(i);
        if (i < kept) continue;
        bytes += file.buffer.byteLength;
        await ingest(ctx, file);
        if ((i + 1) % 1000 === 0) console.error(`[${dialect}] ${i + 1} documents, ${Math.round((performance.now() - started) / 1000)} s`);
      }
    });
    const ingested = Math.max(0, options.count - kept);
    const ingestSeconds = (performance.now() - started) / 1000;
    if (dialect === 'postgres') await sql`analyze`.execute(db).catch(() => undefined);
    const stored = await db.selectFrom('documents').select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('byte_size').as('bytes')]).where('original_name', 'like', 'bench-%').executeTakeFirstOrThrow();
    const figures = await db.selectFrom('document_figures as f').innerJoin('documents as d', 'd.id', 'f.document_id').select((eb) => eb.fn.countAll().as('n')).where('d.original_name', 'like', 'bench-%').executeTakeFirstOrThrow();
    const search = createDocumentsSearch(db, dialect);
    let q = 0;
    let calls = 0;
    let hits = 0;
    // per query (timed calls only): its times, its total, whether the total was capped
    const perQuery = new Map(QUERIES.map((query) => [query.q, { samples: [] as number[], total: 0, capped: false }]));
    const searchSummary = await memory.phase('search', () => timed(options.iterations, options.warmup, async () => {
      const query = QUERIES[q++ % QUERIES.length]!;
      const t0 = performance.now();
      const result = await search(ctx, { q: query.q, page: 1, pageSize: 20, ...query.filter });
      const own = perQuery.get(query.q)!;
      if (calls++ >= options.warmup) own.samples.push(performance.now() - t0);
      Object.assign(own, { total: result.total, capped: result.totalCapped });
      hits += result.total;
    }));
    return {
      dialect,
      documents: Number(stored.n),
      textMB: Math.round((Number(stored.bytes) / 1024 / 1024) * 10) / 10,
      figures: Number(figures.n),
      ingest: ingested === 0 ? { reused: kept } : {
        documents: ingested, reused: kept, seconds: Math.round(ingestSeconds), documentsPerSecond: Math.round(ingested / ingestSeconds),
        mbPerSecond: Math.round((bytes / 1024 / 1024 / ingestSeconds) * 100) / 100,
      },
      search: { ...searchSummary, meanTotal: Math.round(hits / (options.iterations + options.warmup)) },
      searchByQuery: [...perQuery].map(([text, own]) => ({ q: text, ...summarise(own.samples), total: own.total, capped: own.capped })),
      peakRssMiB: Object.fromEntries(memory.phases.map((p) => [p.phase, mib(p.peakRss)])),
    };
  } finally {
    await memory.stop();
    await database.dispose();
  }
}

export async function runDocumentsCommand(argv: string[]): Promise<void> {
  const flags = parseScenarioFlags(argv);
  const count = Number(flags.value('count') ?? Math.round(DOCUMENTS_FULL * flags.scale));
  await runScenarioCommand('documents', { ...flags, count, keep: flags.value('keep') }, runDialect);
}
