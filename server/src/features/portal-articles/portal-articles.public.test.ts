import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Article } from '@hongtu/contracts/portal-articles';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { waitForJob } from '../../platform/jobs/jobs.test-helpers';
import { createPublishedArticles } from './portal-articles.public';
import { articleClient } from './portal-articles.test-helpers';

describeEachDialect('portal-articles.public: what the portal reads', (dialect) => {
  let t: TestApp;
  let c: ReturnType<typeof articleClient>;
  let portal: ReturnType<typeof createPublishedArticles>;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    c = articleClient(t);
    portal = createPublishedArticles({ db: t.database.db, clock: t.clock });
  });
  afterAll(() => t.close());

  const publish = async (user: string, a: Article, publishAt?: string) =>
    (await c.act(user, (await c.act(user, a, 'submit')).json() as Article, 'publish', publishAt ? { publishAt } : {})).json() as Article;

  it('queues a published article for the documents module, which reads its figures from it; a refusal there never undoes the publish', async () => {
    const a = await publish('reviewer', await c.draft('reviewer', { title: '武汉市招商引资签约', slug: 'doc-one', bodyMarkdown: '今年以来，武汉市招商引资成效明显，全年签约项目 57 个，总投资 1200 亿元，同比增长 12.5%。' }));
    const job = await t.database.db.selectFrom('jobs').select('id').where('kind', '=', 'portal-articles.document').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const finished = await waitForJob(t, await c.cookie('reviewer'), job.id);
    expect(finished.status, JSON.stringify(finished.error)).toBe('succeeded');
    const stored = await t.database.db.selectFrom('portal_articles').select('document_id').where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(stored.document_id).not.toBeNull();
    const doc = await t.database.db.selectFrom('documents').select(['title', 'source_url', 'figure_count']).where('id', '=', stored.document_id!).executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ title: '武汉市招商引资签约', source_url: '/portal/articles/doc-one' });
    expect(doc.figure_count).toBeGreaterThan(0);

    // A text the documents module refuses (not Chinese): the job fails, the article stays published.
    const english = await publish('reviewer', await c.draft('reviewer', { title: 'Investment news', summary: 'In English', slug: 'english-one', bodyMarkdown: 'Signed 57 projects.' }));
    const refused = await t.database.db.selectFrom('jobs').select('id').where('kind', '=', 'portal-articles.document').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect((await waitForJob(t, await c.cookie('reviewer'), refused.id)).status).toBe('failed');
    expect(await portal.find('english-one')).toMatchObject({ title: 'Investment news' });
    expect((await c.act('reviewer', english, 'withdraw')).statusCode).toBe(200);
    // Off the portal again before the next test reads the feed.
    expect((await c.act('reviewer', (await c.call('reviewer', 'GET', `/api/portal-articles/${a.id}`)).json() as Article, 'withdraw')).statusCode).toBe(200);
  });

  it('returns only published articles whose time has come: never drafts, reviews, withdrawn or scheduled ones', async () => {
    const wuchang = await t.orgId('420106');
    const draft = await c.draft('wuchang', { districtId: wuchang, title: '草稿文章', slug: 'draft-one' });
    const review = (await c.act('wuchang', await c.draft('wuchang', { districtId: wuchang, title: '待审文章', slug: 'review-one' }), 'submit')).json() as Article;
    await publish('wuchang', await c.draft('wuchang', { districtId: wuchang, title: '已发布文章', slug: 'live-one', tags: ['签约'], bodyMarkdown: '<script>x</script> **签约**' }));
    const gone = await publish('reviewer', await c.draft('reviewer', { title: '撤下的文章', slug: 'gone-one' }));
    await c.act('reviewer', gone, 'withdraw');
    const later = new Date(t.clock.now().getTime() + 60 * 60_000).toISOString();
    const scheduled = await publish('reviewer', await c.draft('reviewer', { title: '定时文章', slug: 'scheduled-one', topic: 'policy' }), later);
    expect(scheduled).toMatchObject({ status: 'published', visible: false, publishedAt: later });

    const feed = await portal.list({ page: 1, pageSize: 50 });
    expect(feed.items.map((i) => i.slug)).toEqual(['live-one']);
    expect(feed.total).toBe(1);
    expect(feed.items[0]).toMatchObject({ title: '已发布文章', districtId: wuchang, districtName: '武昌区', tags: ['签约'], topic: 'investment-news' });
    for (const slug of [draft.slug, review.slug, gone.slug, scheduled.slug, 'no-such-article']) expect(await portal.find(slug), slug).toBeNull();
    const found = await portal.find('live-one');
    expect(found?.bodyHtml).toContain('<strong>签约</strong>');
    expect(found?.bodyHtml).not.toContain('<script');
    expect((await portal.sitemap(10)).map((s) => s.slug)).toEqual(['live-one']);

    // The scheduled article appears when its time comes, by the app's clock.
    t.clock.advanceMinutes(61);
    expect((await portal.list({ page: 1, pageSize: 50 })).items.map((i) => i.slug)).toEqual(['scheduled-one', 'live-one']);
    expect(await portal.find('scheduled-one')).not.toBeNull();
    expect((await portal.list({ topic: 'policy', page: 1, pageSize: 50 })).items.map((i) => i.slug)).toEqual(['scheduled-one']);
    expect((await portal.list({ districtId: wuchang, page: 1, pageSize: 50 })).items.map((i) => i.slug)).toEqual(['live-one']);
    expect((await portal.list({ q: '已發佈', page: 1, pageSize: 50 })).items.map((i) => i.slug), 'Traditional search words').toEqual(['live-one']);
  });
});
