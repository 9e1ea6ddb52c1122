import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { createPublishedArticles } from './portal-articles.public';
import { FeedCounts } from './portal-feed-counts';

const ARTICLES = 90;
const PAGE_SIZE = 10;

describeEachDialect('portal feed counts kept per state of the feed (门户文章)', (dialect) => {
  let t: TestApp;
  let districtId: number;
  // Two app servers' read models over the same database, each with the counts it keeps.
  const servers = [new FeedCounts(), new FeedCounts()];
  let portals: ReturnType<typeof createPublishedArticles>[];

  const row = (i: number, publishedAt: string) => ({
    slug: `fc-${i}`, title: `计数测试第${i}号`, summary: '', body_markdown: '正文', body_html: '<p>正文</p>', topic: 'project' as const,
    district_id: districtId, organisation_id: districtId, tags: '[]', cover_image_url: null, cover_image_alt: null, source: null,
    status: 'published' as const, publish_at: null, published_at: publishedAt, search_text: `计数测试第${i}号`, document_id: null, demo_note: null,
    created_by: null, created_at: publishedAt, updated_by: null, updated_at: publishedAt,
  });
  const minute = (i: number) => new Date(Date.UTC(2026, 0, 10) + Math.floor(i / 2) * 60_000).toISOString();

  /** What the feed shows, counted afresh: the visible articles of the district in the feed's order. */
  const visible = async () => (await t.database.db.selectFrom('portal_articles').select(['id', 'slug'])
    .where('status', '=', 'published').where('published_at', '<=', t.clock.now().toISOString()).where('district_id', '=', districtId)
    .orderBy('published_at', 'desc').orderBy('id', 'desc').execute());
  /** A deep page (after the last article of page 4) as each server shows it, checked against the fresh count. */
  const expectPage5Right = async (neighbourId: number) => {
    const all = await visible();
    const asked = all.findIndex((a) => a.id === neighbourId) + 1;
    for (const portal of portals) {
      const page = await portal.list({ districtId, page: 5, pageSize: PAGE_SIZE, after: neighbourId });
      expect(page.items.map((i) => i.slug)).toEqual(all.slice(asked, asked + PAGE_SIZE).map((a) => a.slug));
      expect(page.total).toBe(all.length);
      expect(page.page).toBe(Math.floor(asked / PAGE_SIZE) + 1);
    }
    return { total: all.length, page: Math.floor(asked / PAGE_SIZE) + 1 };
  };
  const generation = async () => String((await t.database.db.selectFrom('portal_feed_generation').select('generation').executeTakeFirstOrThrow()).generation);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    districtId = await t.orgId('420111');
    await t.database.db.insertInto('portal_articles').values(Array.from({ length: ARTICLES }, (_, i) => row(i, minute(i)))).execute();
    portals = servers.map((counts) => createPublishedArticles({ db: t.database.db, clock: t.clock }, counts));
  });
  afterAll(() => t.close());

  it('counts a deep page once per state: read again, nothing is counted', async () => {
    const neighbour = (await visible())[4 * PAGE_SIZE - 1]!;
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES, page: 5 });
    const before = servers.map((s) => s.stats.misses);
    await expectPage5Right(neighbour.id);
    await portals[0]!.list({ districtId, page: 1, pageSize: PAGE_SIZE });
    expect(servers.map((s) => s.stats.misses)).toEqual(before);
  });

  it('never serves a count kept before another server\'s write: withdraw, publish, a topic or time changed', async () => {
    const all = await visible();
    const neighbour = all[4 * PAGE_SIZE - 1]!;
    await expectPage5Right(neighbour.id);
    // Withdrawn ahead of the page, by a write no server's code saw: the total and the page's number follow.
    await t.database.db.updateTable('portal_articles').set({ status: 'withdrawn' }).where('id', 'in', [all[0]!.id, all[1]!.id]).execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES - 2, page: 4 });
    // Published again, one older than the page: its number is back, the total too.
    await t.database.db.updateTable('portal_articles').set({ status: 'published' }).where('id', 'in', [all[0]!.id, all[1]!.id]).execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES, page: 5 });
    // A new article, published in one statement with others (PostgreSQL raises once per statement).
    await t.database.db.insertInto('portal_articles').values([row(1000, minute(400)), row(1001, minute(401)), row(1002, minute(402))]).execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES + 3, page: 5 });
    // Moved to another district: gone from this district's feed.
    await t.database.db.updateTable('portal_articles').set({ district_id: null }).where('slug', '=', 'fc-1002').execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES + 2, page: 5 });
    // Its time moved to after the page's neighbour: the page's first articles shift.
    await t.database.db.updateTable('portal_articles').set({ published_at: minute(0) }).where('slug', '=', 'fc-1001').execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES + 2, page: 5 });
    // Deleted.
    await t.database.db.deleteFrom('portal_articles').where('slug', 'in', ['fc-1000', 'fc-1001', 'fc-1002']).execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES, page: 5 });
  });

  it('keeps its counts through writes the feed does not show: a draft, the document link of an article', async () => {
    const neighbour = (await visible())[4 * PAGE_SIZE - 1]!;
    await expectPage5Right(neighbour.id);
    const at = await generation();
    const misses = servers.map((s) => s.stats.misses);
    await t.database.db.insertInto('portal_articles').values({ ...row(2000, minute(500)), status: 'draft', published_at: null }).execute();
    await t.database.db.updateTable('portal_articles').set({ title: '草稿改了标题' }).where('slug', '=', 'fc-2000').execute();
    await t.database.db.updateTable('portal_articles').set({ document_id: 7, updated_at: minute(600) }).where('slug', '=', 'fc-3').execute();
    expect(await generation()).toBe(at);
    await expectPage5Right(neighbour.id);
    expect(servers.map((s) => s.stats.misses)).toEqual(misses);
  });

  it('follows a scheduled article into view by the clock alone, with no write when it appears', async () => {
    const neighbour = (await visible())[4 * PAGE_SIZE - 1]!;
    const later = new Date(t.clock.now().getTime() + 30 * 60_000).toISOString();
    await t.database.db.insertInto('portal_articles').values({ ...row(3000, later), publish_at: later }).execute();
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES, page: 5 });
    t.clock.advanceMinutes(31);
    expect(await expectPage5Right(neighbour.id)).toEqual({ total: ARTICLES + 1, page: 5 });
  });

  it('keeps a bounded number of counts, the least recently used dropped first', async () => {
    const counts = new FeedCounts(2);
    let counted = 0;
    const count = (key: string, state = 's') => counts.count(key, state, async () => { counted += 1; return counted; });
    await count('a');
    await count('b');
    await count('a');
    await count('c');
    expect(counts.stats.size).toBe(2);
    await count('a');
    expect(counted).toBe(3);
    await count('b');
    expect(counted).toBe(4);
    // Another state: counted again.
    await count('b', 'later');
    expect(counted).toBe(5);
    // Asked for at once: counted once, both answered.
    expect(await Promise.all([count('d'), count('d')])).toEqual([6, 6]);
    expect(counted).toBe(6);
  });
});
