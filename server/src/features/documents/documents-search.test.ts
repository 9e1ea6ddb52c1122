import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentDetail, DocumentIngestResult, DocumentList, DocumentSearchResult } from '@hongtu/contracts/documents';
import { AuditTrail } from '../../platform/audit/audit-trail';
import { toSimplified } from '../../platform/text/chinese';
import { settle } from '../../platform/jobs/jobs.test-helpers';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { multipart } from './documents.fixtures';
import { ingestFolder } from './documents.public';

const SEEDS = path.resolve(import.meta.dirname, '../../db/seed/documents');
const seed = (name: string) => readFileSync(path.join(SEEDS, name));

describeEachDialect('documents: search, scope and review', (dialect) => {
  let t: TestApp;
  let wuchang: string;
  let jiangan: string;
  let reviewer: string;
  const ids: Record<string, number> = {};

  async function upload(cookie: string, file: Buffer, fileName: string) {
    const { payload, headers } = multipart(file, fileName);
    const answer = await settle(t, cookie, await t.app.inject({ method: 'POST', url: '/api/documents', payload, headers: { ...headers, cookie } }));
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as DocumentIngestResult;
  }
  const get = async <T>(cookie: string, url: string, status = 200): Promise<T> => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as T;
  };
  const search = (cookie: string, q: string, extra = '') => get<DocumentSearchResult>(cookie, `/api/documents/search?q=${encodeURIComponent(q)}${extra}`);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [wuchang, jiangan, reviewer] = await Promise.all([t.login('wuchang'), t.login('jiangan'), t.login('reviewer')]);
    ids.wuchang002 = (await upload(wuchang, seed('002_5f45327f596e6471.txt'), '002.txt')).documentId;
    ids.city003 = (await upload(reviewer, seed('003_920ab4668335f224.txt'), '003.txt')).documentId;
    ids.city000 = (await upload(reviewer, seed('000_0042b9a55ec5e1ea.txt'), '000.txt')).documentId;
  });
  afterAll(() => t.close());

  it('finds Traditional text with a Simplified query and Simplified text with a Traditional one, with highlight ranges', async () => {
    const simplifiedQuery = await search(reviewer, '西塞山区 开门红');
    expect(simplifiedQuery.items.map((i) => i.document.id)).toEqual([ids.city003]);
    const traditionalQuery = await search(reviewer, '國民經濟和社會發展');
    expect(traditionalQuery.items.map((i) => i.document.id)).toEqual([ids.wuchang002]);
    for (const result of [simplifiedQuery, traditionalQuery]) {
      const [hit] = result.items;
      expect(hit!.snippets.length).toBeGreaterThan(0);
      for (const snippet of hit!.snippets) {
        expect(snippet.highlights.length).toBeGreaterThan(0);
        for (const [s, e] of snippet.highlights) expect(result.terms).toContain(toSimplified(snippet.text.slice(s, e)).toLowerCase());
      }
    }
    // The snippet quotes the original characters.
    expect(simplifiedQuery.items[0]!.snippets.map((s) => s.text).join('')).toContain('西塞山區');
  });

  it('lists the figures whose quote holds the query and filters by issuer, date, district and indicator', async () => {
    const gdp = await search(reviewer, '地区生产总值');
    expect(gdp.items.map((i) => i.document.id).sort()).toEqual([ids.wuchang002, ids.city003].sort());
    expect(gdp.total).toBe(2);
    const second = await search(reviewer, '地区生产总值', '&pageSize=1&page=2');
    expect([second.total, second.items.length]).toEqual([2, 1]);
    const past = await search(reviewer, '地区生产总值', '&pageSize=1&page=5');
    expect([past.total, past.items.length]).toEqual([2, 0]);
    const hit002 = gdp.items.find((i) => i.document.id === ids.wuchang002)!;
    expect(hit002.figures.some((f) => f.value === '525.69')).toBe(true);
    expect((await search(reviewer, '地区生产总值', `&issuer=${encodeURIComponent('区发改委')}`)).items.map((i) => i.document.id)).toEqual([ids.wuchang002]);
    expect((await search(reviewer, '地区生产总值', '&from=2023-01-01')).items.map((i) => i.document.id)).toEqual([ids.city003]);
    expect((await search(reviewer, '地区生产总值', '&to=2018-12-31')).items.map((i) => i.document.id)).toEqual([ids.wuchang002]);
    const wuchangId = await t.orgId('420106');
    expect((await search(reviewer, '地区生产总值', `&organisationId=${wuchangId}`)).items.map((i) => i.document.id)).toEqual([ids.wuchang002]);
    const indicator = hit002.figures.find((f) => f.indicatorMatched)?.indicator;
    expect(indicator).toBeDefined();
    expect((await search(reviewer, '地区生产总值', `&indicator=${indicator}`)).items.map((i) => i.document.id)).toContain(ids.wuchang002);
    expect((await search(reviewer, '地区生产总值', '&indicator=NO_SUCH')).items).toEqual([]);
  });

  it('shows a district its own documents and the city\'s, never another district\'s', async () => {
    const listOf = async (cookie: string) => (await get<DocumentList>(cookie, '/api/documents?pageSize=100')).items.map((i) => i.id);
    expect(await listOf(wuchang)).toEqual(expect.arrayContaining([ids.wuchang002, ids.city003, ids.city000]));
    const jianganSees = await listOf(jiangan);
    expect(jianganSees).toEqual(expect.arrayContaining([ids.city003, ids.city000]));
    expect(jianganSees).not.toContain(ids.wuchang002);
    await get(jiangan, `/api/documents/${ids.wuchang002}`, 404);
    expect((await search(jiangan, '国民经济和社会发展')).items).toEqual([]);
    expect((await search(wuchang, '国民经济和社会发展')).items).toHaveLength(1);
  });

  it('bounds the query: too long or empty is refused with a message', async () => {
    const long = await t.app.inject({ method: 'GET', url: `/api/documents/search?q=${encodeURIComponent('增长'.repeat(60))}`, headers: { cookie: reviewer } });
    expect(long.statusCode).toBe(400);
    const empty = await t.app.inject({ method: 'GET', url: '/api/documents/search?q=%20', headers: { cookie: reviewer } });
    expect(empty.statusCode).toBe(400);
    const page = await t.app.inject({ method: 'GET', url: '/api/documents/search?q=a&pageSize=1000', headers: { cookie: reviewer } });
    expect(page.statusCode).toBe(400);
  });

  it('lets the city correct a figure (audited) and reject another; a rejected figure stays rejected', async () => {
    const doc = await get<DocumentDetail>(reviewer, `/api/documents/${ids.wuchang002}`);
    const [first, second] = doc.figures;
    const corrected = await t.app.inject({
      method: 'PATCH', url: `/api/document-figures/${first!.id}`, headers: { cookie: reviewer },
      payload: { value: '525.7', unit: '亿元', period: '2017-H1', reason: '按原文更正' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().figure).toMatchObject({ value: '525.7', status: 'corrected', reason: '按原文更正', quote: first!.quote });
    const rejected = await t.app.inject({ method: 'POST', url: `/api/document-figures/${second!.id}/reject`, headers: { cookie: reviewer }, payload: { reason: '不是经济数据' } });
    expect(rejected.json().figure.status).toBe('rejected');
    const again = await t.app.inject({ method: 'PATCH', url: `/api/document-figures/${second!.id}`, headers: { cookie: reviewer, 'accept-language': 'en' }, payload: { value: '1', reason: 'x' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('This figure was rejected and can no longer be changed');
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/document-figures/${first!.id}`, headers: { cookie: reviewer }, payload: { value: '五百', reason: 'x' } });
    expect(bad.statusCode).toBe(400);
    const rows = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'in', ['document.figure_correct', 'document.figure_reject']).execute();
    expect(rows.map((r) => r.action).sort()).toEqual(['document.figure_correct', 'document.figure_reject']);
  });

  it('takes in a folder, reporting each file; run again, it stores nothing twice', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hongtu-docs-'));
    try {
      writeFileSync(path.join(folder, '004.txt'), seed('004_4d2d563e07c3115e.txt'));
      writeFileSync(path.join(folder, 'english.txt'), 'Nothing here is written in Chinese at all, so it is refused. '.repeat(5));
      writeFileSync(path.join(folder, 'notes.bin'), 'skipped');
      const actor = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.id', 'u.username', 'u.display_name', 'o.id as org', 'o.name', 'o.path']).where('u.username', '=', 'wuchang').executeTakeFirstOrThrow();
      const ctx = {
        actor: { userId: actor.id, username: actor.username, displayName: actor.display_name, role: 'district_operator' as const, organisationId: actor.org, organisationName: actor.name, organisationPath: actor.path, locale: 'zh-CN' as const, sessionId: 'cli' },
        ip: '127.0.0.1', requestId: 'cli', locale: 'zh-CN' as const, userAgent: null, audited: false,
      };
      const deps = { db: t.database.db, dialect: t.database.dialect, clock: t.clock, audit: new AuditTrail(t.database.db, t.database.dialect, t.clock) };
      const progress: number[] = [];
      const first = await ingestFolder(deps, ctx, folder, async (p) => { progress.push(p.done); });
      expect(first.files).toBe(2);
      expect(first.results.map((r) => [r.file, r.result?.outcome ?? null, r.error !== null])).toEqual([['004.txt', 'created', false], ['english.txt', null, true]]);
      expect(first.results[1]!.error).toMatch(/不是中文文档/);
      expect(progress).toEqual([0, 1, 2]);
      const second = await ingestFolder(deps, ctx, folder);
      expect(second.results[0]!.result).toMatchObject({ outcome: 'duplicate', documentId: first.results[0]!.result!.documentId });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
