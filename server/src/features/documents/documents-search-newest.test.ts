// Search at scale keeps what the reader gets on a page: the newest matching documents first (the
// published date, then the upload), the same pages whether every match is counted or only up to
// the bound, the filters and the scope applied inside the match — on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSearchQuery } from '@hongtu/contracts/documents';
import { AuditTrail } from '../../platform/audit/audit-trail';
import type { RequestContext } from '../../platform/permissions/actor';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { createDocumentIngest } from './documents.ingest';
import { createDocumentsSearch } from './documents.search';
import { dateRank } from './documents.search-match';

interface Stored { id: number; publishedOn: string | null; issuer: string; mine: boolean; byWuchang: boolean }

/** Dates out of upload order, two on one day, two without a date. */
const DATES = ['2019-03-05', null, '2024-11-30', '2019-03-05', '2016-01-01', '2023-02-28', '2023-03-01', null, '2021-07-15', '2020-12-31'];

describe('dateRank', () => {
  it('orders dates as their text does, 02-31 included, with no date last', () => {
    const dates = ['2023-03-01', '2023-02-31', '2019-12-31', '2020-01-01', '2016-01-01', '2099-12-31'];
    expect([...dates].sort((a, b) => dateRank(b) - dateRank(a))).toEqual([...dates].sort().reverse());
    expect(dateRank(null)).toBe(0);
    expect(dateRank('1900-01-01')).toBeGreaterThan(0);
    // the key (rank above the id's 32 bits) stays an exact JavaScript number
    expect(Number.isSafeInteger(dateRank('2099-12-31') * 2 ** 32 + 2 ** 32 - 1)).toBe(true);
  });
});

describeEachDialect('documents: search newest first, the total counted up to a bound', (dialect) => {
  let t: TestApp;
  const stored: Stored[] = [];
  const contexts: Record<string, RequestContext> = {};

  async function contextOf(username: string): Promise<RequestContext> {
    const u = await t.database.db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'o.id as org', 'o.name', 'o.path', 'o.kind']).where('u.username', '=', username).executeTakeFirstOrThrow();
    return {
      actor: { userId: u.id, username: u.username, displayName: u.display_name, role: u.role, organisationId: u.org, organisationName: u.name, organisationPath: u.path, organisationKind: u.kind, locale: 'zh-CN', sessionId: 'test' },
      ip: '127.0.0.1', requestId: 'test', locale: 'zh-CN', userAgent: null, audited: false,
    };
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const name of ['reviewer', 'wuchang', 'jiangan']) contexts[name] = await contextOf(name);
    const ingest = createDocumentIngest({ db: t.database.db, dialect, clock: t.clock, audit: new AuditTrail(t.database.db, dialect, t.clock) });
    // 40 documents; every other one holds the phrase (half of those in Traditional characters), the
    // others a different text; every fifth uploaded by 武昌区 (not seen by 江岸区).
    for (let i = 0; i < 40; i++) {
      const publishedOn = DATES[i % DATES.length]!;
      const mine = i % 2 === 0;
      const issuer = i % 3 === 0 ? '市统计局' : '市发改委';
      const body = mine
        ? (i % 4 === 0 ? `第${i}號簡報：全市地區生產總值穩步增長，同比增長${i}.5%。` : `第${i}号简报：全市地区生产总值稳步增长，同比增长${i}.5%。`)
        : `第${i}号简报：全市社会消费品零售总额平稳，招商引资到位${i}亿元。`;
      const front = `---\ntitle: 经济运行简报第${i}期\nissuer: ${issuer}\n${publishedOn ? `date: ${publishedOn}\n` : ''}---\n`;
      const byWuchang = i % 5 === 0;
      const result = await ingest(byWuchang ? contexts.wuchang! : contexts.reviewer!, { buffer: Buffer.from(`${front}${body}\n`), fileName: `brief-${i}.md` });
      expect(result.outcome).toBe('created');
      stored.push({ id: result.documentId, publishedOn, issuer, mine, byWuchang });
    }
  });
  afterAll(() => t.close());

  /** The matching documents in the page's order, worked out here from what was stored. */
  const expected = (keep: (d: Stored) => boolean) => stored.filter((d) => d.mine && keep(d))
    .sort((a, b) => ((a.publishedOn ?? '') < (b.publishedOn ?? '') ? 1 : (a.publishedOn ?? '') > (b.publishedOn ?? '') ? -1 : b.id - a.id)).map((d) => d.id);

  async function allPages(countCap: number, who: string, query: Partial<DocumentSearchQuery> & { q: string }, pageSize: number, walkFirst?: number) {
    const search = createDocumentsSearch(t.database.db, dialect, { countCap, walkFirst });
    const ids: number[] = [];
    const totals: [number, boolean][] = [];
    for (let page = 1; ; page++) {
      const result = await search(contexts[who]!, { page, pageSize, ...query });
      totals.push([result.total, result.totalCapped]);
      if (result.items.length === 0) break;
      expect(result.items.length).toBeLessThanOrEqual(pageSize);
      ids.push(...result.items.map((i) => i.document.id));
      for (const item of result.items) expect(item.snippets.length, `snippet of ${item.document.id}`).toBeGreaterThan(0);
    }
    return { ids, totals };
  }

  it('pages through every match newest first, counting all of them under the bound', async () => {
    const { ids, totals } = await allPages(1_000, 'reviewer', { q: '地区生产总值' }, 3);
    expect(ids).toEqual(expected(() => true));
    expect(ids).toHaveLength(20);
    expect(new Set(totals.map(([n, capped]) => `${n}/${capped}`))).toEqual(new Set(['20/false']));
  });

  it('finds the Simplified and the Traditional texts with a Traditional query, in the same order', async () => {
    expect((await allPages(1_000, 'reviewer', { q: '地區生產總值' }, 7)).ids).toEqual(expected(() => true));
  });

  it('past the bound: the same pages, the total given as the bound', async () => {
    for (const [cap, pageSize] of [[4, 3], [1, 5], [19, 20]] as const) {
      const { ids, totals } = await allPages(cap, 'reviewer', { q: '地区生产总值' }, pageSize);
      expect(ids, `cap ${cap}`).toEqual(expected(() => true));
      expect(new Set(totals.map(([n, capped]) => `${n}/${capped}`)), `cap ${cap}`).toEqual(new Set([`${cap}/true`]));
    }
    // exactly at the bound: counted, not capped
    expect((await allPages(20, 'reviewer', { q: '地区生产总值' }, 20)).totals[0]).toEqual([20, false]);
  });

  it('walks the newest documents in small steps to the same pages (PostgreSQL) and ignores the step elsewhere', async () => {
    const { ids } = await allPages(2, 'reviewer', { q: '地区生产总值' }, 4, 3);
    expect(ids).toEqual(expected(() => true));
  });

  it('keeps the filters and the scope inside the match, bounded or not', async () => {
    for (const cap of [1_000, 2]) {
      const inRange = (d: Stored) => d.publishedOn !== null && d.publishedOn >= '2019-03-05' && d.publishedOn <= '2023-02-28';
      expect((await allPages(cap, 'reviewer', { q: '地区生产总值', from: '2019-03-05', to: '2023-02-28' }, 3)).ids, `dates, cap ${cap}`).toEqual(expected(inRange));
      expect((await allPages(cap, 'reviewer', { q: '地区生产总值', from: '2021-01-01' }, 3)).ids, `from, cap ${cap}`).toEqual(expected((d) => (d.publishedOn ?? '') >= '2021-01-01'));
      expect((await allPages(cap, 'reviewer', { q: '地区生产总值', to: '2019-12-31' }, 3)).ids, `to, cap ${cap}`).toEqual(expected((d) => d.publishedOn !== null && d.publishedOn <= '2019-12-31'));
      expect((await allPages(cap, 'reviewer', { q: '地区生产总值', issuer: '市統計局' }, 3)).ids, `issuer, cap ${cap}`).toEqual(expected((d) => d.issuer === '市统计局'));
      const jiangan = await allPages(cap, 'jiangan', { q: '地区生产总值' }, 3);
      expect(jiangan.ids, `scope, cap ${cap}`).toEqual(expected((d) => !d.byWuchang));
      expect((await allPages(cap, 'wuchang', { q: '地区生产总值' }, 3)).ids, `own, cap ${cap}`).toEqual(expected(() => true));
    }
    expect((await allPages(2, 'jiangan', { q: '招商引资 地区生产总值' }, 3)).ids).toEqual([]);
  });

  it('answers a page past the end with no documents and the total', async () => {
    const search = createDocumentsSearch(t.database.db, dialect, { countCap: 1_000 });
    const past = await search(contexts.reviewer!, { q: '地区生产总值', page: 9, pageSize: 5 });
    expect([past.items.length, past.total, past.totalCapped]).toEqual([0, 20, false]);
    const capped = await createDocumentsSearch(t.database.db, dialect, { countCap: 3 })(contexts.reviewer!, { q: '地区生产总值', page: 9, pageSize: 5 });
    expect([capped.items.length, capped.total, capped.totalCapped]).toEqual([0, 3, true]);
  });
});
