import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Article } from '@hongtu/contracts/portal-articles';
import { publicPagesChanged } from '../../platform/http/public-page-cache';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { articleClient } from '../portal-articles/portal-articles.test-helpers';

const ARTICLES = 450;
const PAGE_SIZE = 20;

// A deep page's total and number are kept per state of the feed (portal-articles' portal-feed-counts.ts):
// right after every publish, withdraw and schedule made through the editors' API.
describeEachDialect('portal deep pages: total and page number after publish, withdraw and schedule', (dialect) => {
  let t: TestApp;
  let c: ReturnType<typeof articleClient>;
  let districtId: number;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    c = articleClient(t);
    districtId = await t.orgId('420106');
    const rows = Array.from({ length: ARTICLES }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 60_000).toISOString();
      return {
        slug: `d-${i}`, title: `深页测试第${i}号`, summary: '', body_markdown: '正文', body_html: '<p>正文</p>', topic: 'project' as const,
        district_id: districtId, organisation_id: districtId, tags: '[]', cover_image_url: null, cover_image_alt: null, source: null,
        status: 'published' as const, publish_at: null, published_at: at, search_text: `深页测试第${i}号`, document_id: null, demo_note: null,
        created_by: null, created_at: at, updated_by: null, updated_at: at,
      };
    });
    for (let i = 0; i < rows.length; i += 150) await t.database.db.insertInto('portal_articles').values(rows.slice(i, i + 150)).execute();
  });
  afterAll(() => t.close());

  /** The feed as the public sees it now, in its order (the demo's articles included). */
  const visible = async () => (await t.database.db.selectFrom('portal_articles').select(['id', 'slug'])
    .where('status', '=', 'published').where('published_at', '<=', t.clock.now().toISOString())
    .orderBy('published_at', 'desc').orderBy('id', 'desc').execute());
  /** The page as the visitor sees it: its articles, and "Page p of n (total items)". */
  const shown = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    const [, page, pages, total] = /Page (\d+) of (\d+) \((\d+) items\)/.exec(response.body)!.map(Number);
    return { slugs: [...response.body.matchAll(/href="\/portal\/en\/articles\/([^"]+)"/g)].map((m) => m[1]!), page, pages, total };
  };
  /** The deep page after `neighbourId` (and back, before the first of the page after it), checked against a fresh count. */
  const expectRight = async (neighbourId: number) => {
    const all = await visible();
    const from = all.findIndex((a) => a.id === neighbourId) + 1;
    const expected = { slugs: all.slice(from, from + PAGE_SIZE).map((a) => a.slug), page: Math.floor(from / PAGE_SIZE) + 1, pages: Math.ceil(all.length / PAGE_SIZE), total: all.length };
    const url = `/portal/en/articles?page=${expected.page}&after=${neighbourId}`;
    // Asked twice: the second answer comes from the counts kept, the page itself rendered again.
    for (let i = 0; i < 2; i++) {
      publicPagesChanged();
      expect(await shown(url), url).toEqual(expected);
    }
    const next = all[from + PAGE_SIZE];
    if (next) {
      publicPagesChanged();
      expect(await shown(`/portal/en/articles?page=${expected.page}&before=${next.id}`)).toEqual(expected);
    }
    return expected;
  };
  const publish = async (a: Article, publishAt?: string) =>
    (await c.act('reviewer', (await c.act('reviewer', a, 'submit')).json() as Article, 'publish', publishAt ? { publishAt } : {})).json() as Article;

  it('shows the total and the page number of the feed as it is, after each move of an article', async () => {
    const neighbour = (await visible())[21 * PAGE_SIZE - 1]!;
    const start = await expectRight(neighbour.id);
    expect(start.page).toBe(22);

    // Published: one more ahead of the page, the same page.
    const fresh = await publish(await c.draft('reviewer', { title: '新发布的文章', slug: 'deep-fresh' }));
    expect(await expectRight(neighbour.id)).toMatchObject({ total: start.total + 1, page: 22 });

    // Withdrawn, with another ahead of the page: the page is now the 21st.
    expect((await c.act('reviewer', fresh, 'withdraw')).statusCode).toBe(200);
    const ahead = await t.database.db.selectFrom('portal_articles').select(['id', 'version']).where('slug', '=', `d-${ARTICLES - 1}`).executeTakeFirstOrThrow();
    expect((await c.act('reviewer', ahead, 'withdraw')).statusCode).toBe(200);
    expect(await expectRight(neighbour.id)).toMatchObject({ total: start.total - 1, page: 21 });

    // Scheduled: unseen until its time, then counted, though nothing is written when it appears.
    const later = new Date(t.clock.now().getTime() + 60 * 60_000).toISOString();
    expect(await publish(await c.draft('reviewer', { title: '定时发布的文章', slug: 'deep-later' }), later)).toMatchObject({ visible: false });
    expect(await expectRight(neighbour.id)).toMatchObject({ total: start.total - 1, page: 21 });
    t.clock.advanceMinutes(61);
    expect(await expectRight(neighbour.id)).toMatchObject({ total: start.total, page: 22 });
  });
});
