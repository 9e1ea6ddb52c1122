import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleListSchema, articleSchema, type Article } from '@hongtu/contracts/portal-articles';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { articleClient } from './portal-articles.test-helpers';

describeEachDialect('portal-articles (门户文章): workflow, scope, versions, audit', (dialect) => {
  let t: TestApp;
  let c: ReturnType<typeof articleClient>;
  let wuchang: number;
  let jiangan: number;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    c = articleClient(t);
    wuchang = await t.orgId('420106');
    jiangan = await t.orgId('420102');
  });
  afterAll(() => t.close());

  const auditRows = (entityId: number) => t.database.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_type', '=', 'portal_article').where('entity_id', '=', String(entityId)).orderBy('id').execute();

  it('takes a district article from draft through review to published and withdrawn, keeping every version and audit row', async () => {
    let a = await c.draft('wuchang', { districtId: wuchang, title: '武昌区签约项目 57 个' });
    expect(a).toMatchObject({ status: 'draft', version: 1, districtId: wuchang, districtName: '武昌区', actions: ['edit', 'submit'], slug: `article-${a.id}` });
    const stale = await c.act('wuchang', { id: a.id, version: 9 }, 'submit');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const early = await c.act('wuchang', a, 'publish');
    expect(early.statusCode, 'a draft is not published without review').toBe(409);
    expect(early.json().code).toBe('PORTAL_ARTICLE_ACTION_NOT_ALLOWED');

    a = articleSchema.parse((await c.act('wuchang', a, 'submit')).json());
    expect(a).toMatchObject({ status: 'in_review', version: 2, actions: ['publish', 'return'] });
    const published = await c.act('wuchang', a, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    a = published.json() as Article;
    expect(a).toMatchObject({ status: 'published', visible: true, publishedAt: t.clock.now().toISOString(), actions: ['withdraw'] });
    a = (await c.act('reviewer', a, 'withdraw')).json() as Article;
    expect(a).toMatchObject({ status: 'withdrawn', visible: false, version: 4 });

    expect(a.versions.map((v) => [v.version, v.status])).toEqual([[4, 'withdrawn'], [3, 'published'], [2, 'in_review'], [1, 'draft']]);
    const rows = await auditRows(a.id);
    expect(rows.map((r) => r.action)).toEqual(['portal_article.create', 'portal_article.submit', 'portal_article.publish', 'portal_article.withdraw']);
    expect(rows[3]!.actor_id).toBe(await t.userId('reviewer'));
  });

  it('updates a draft with the version read, answers 409 to a stale one, and keeps both versions', async () => {
    const a = await c.draft('reviewer', { title: '市级文章' });
    const update = (version: number, title: string) => c.call('reviewer', 'PUT', `/api/portal-articles/${a.id}`, { title, topic: 'policy', districtId: null, bodyMarkdown: '新正文', version });
    const first = await update(1, '市级文章（修改）');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, title: '市级文章（修改）', topic: 'policy', bodyHtml: '<p>新正文</p>\n' });
    const second = await update(1, '另一人的修改');
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('STALE_VERSION');
    const detail = articleSchema.parse((await c.call('reviewer', 'GET', `/api/portal-articles/${a.id}`)).json());
    expect(detail.title).toBe('市级文章（修改）');
    expect(detail.versions.map((v) => v.title)).toEqual(['市级文章（修改）', a.title]);
    expect((await auditRows(a.id)).map((r) => r.action)).toEqual(['portal_article.create', 'portal_article.update']);
  });

  describe('scope: a district editor works only under his own district', () => {
    it('cannot write under another district nor as the city', async () => {
      for (const districtId of [jiangan, null]) {
        const response = await c.call('wuchang', 'POST', '/api/portal-articles', { title: '越权文章', topic: 'policy', districtId });
        expect(response.statusCode).toBe(422);
        expect(response.json().code).toBe('PORTAL_ARTICLE_DISTRICT_INVALID');
      }
      expect(await t.database.db.selectFrom('portal_articles').select('id').where('title', '=', '越权文章').execute()).toEqual([]);
    });

    it('neither sees nor moves another district’s article, which is answered as not found and audited as a denial', async () => {
      let other = await c.draft('jiangan', { districtId: jiangan, title: '江岸区文章' });
      other = (await c.act('jiangan', other, 'submit')).json() as Article;
      const list = articleListSchema.parse((await c.call('wuchang', 'GET', '/api/portal-articles?pageSize=100')).json());
      expect(list.items.map((i) => i.title)).not.toContain('江岸区文章');
      for (const [method, url, payload] of [
        ['GET', `/api/portal-articles/${other.id}`, undefined],
        ['PUT', `/api/portal-articles/${other.id}`, { title: '改', topic: 'policy', districtId: wuchang, version: other.version }],
        ['POST', `/api/portal-articles/${other.id}/publish`, { version: other.version }],
        ['POST', `/api/portal-articles/${other.id}/return`, { version: other.version }],
      ] as const) {
        const response = await c.call('wuchang', method, url, payload);
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
      const stored = await t.database.db.selectFrom('portal_articles').select(['status', 'version', 'title']).where('id', '=', other.id).executeTakeFirstOrThrow();
      expect(stored).toEqual({ status: 'in_review', version: 2, title: '江岸区文章' });
      const denials = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'request').where('result', '=', 'denied')
        .where('actor_id', '=', await t.userId('wuchang')).where('action', 'like', '%portal-articles%').execute();
      expect(denials.length).toBeGreaterThanOrEqual(4);
    });

    it('cannot move his own article to another district, while the city reviewer publishes any district’s', async () => {
      const own = await c.draft('wuchang', { districtId: wuchang });
      const move = await c.call('wuchang', 'PUT', `/api/portal-articles/${own.id}`, { title: own.title, topic: 'policy', districtId: jiangan, version: 1 });
      expect(move.statusCode).toBe(422);
      const submitted = (await c.act('wuchang', own, 'submit')).json() as Article;
      expect((await c.act('reviewer', submitted, 'publish')).json()).toMatchObject({ status: 'published' });
      const city = (await c.act('reviewer', await c.draft('reviewer'), 'submit')).json() as Article;
      expect((await c.act('wuchang', city, 'publish')).statusCode, 'a city article is the city reviewer’s alone').toBe(404);
    });

    it('lists by status and topic within the scope', async () => {
      const list = articleListSchema.parse((await c.call('wuchang', 'GET', '/api/portal-articles?status=published&topic=investment-news&pageSize=100')).json());
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((i) => i.status === 'published' && i.topic === 'investment-news' && i.districtId === wuchang)).toBe(true);
    });
  });

  it('refuses a cover image without its text alternative and an unsafe cover address, in the reader’s language', async () => {
    const noAlt = await c.call('reviewer', 'POST', '/api/portal-articles', { title: '有封面', topic: 'policy', districtId: null, coverImageUrl: 'https://example.org/a.jpg' }, 'en');
    expect(noAlt.statusCode).toBe(422);
    expect(noAlt.json()).toMatchObject({ code: 'PORTAL_ARTICLE_COVER_ALT', message: expect.stringContaining('text alternative') });
    const unsafe = await c.call('reviewer', 'POST', '/api/portal-articles', { title: '有封面', topic: 'policy', districtId: null, coverImageUrl: 'javascript:alert(1)', coverImageAlt: 'x' });
    expect(unsafe.statusCode).toBe(422);
    expect(unsafe.json()).toMatchObject({ code: 'PORTAL_ARTICLE_UNSAFE_URL', details: [{ path: 'body.coverImageUrl' }] });
    expect(unsafe.body).not.toMatch(/at .*\.ts|select |insert /i);
    const badSlug = await c.call('reviewer', 'POST', '/api/portal-articles', { title: '坏地址', topic: 'policy', districtId: null, slug: 'Bad Slug' });
    expect(badSlug.statusCode).toBe(422);
    expect(badSlug.json().details).toEqual([{ path: 'body.slug', message: '文章地址只能用小写字母、数字和连字符（如 wuhan-2021）' }]);
    const taken = await c.draft('reviewer', { slug: 'taken-slug' });
    const again = await c.call('reviewer', 'POST', '/api/portal-articles', { title: '重名', topic: 'policy', districtId: null, slug: taken.slug });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PORTAL_ARTICLE_SLUG_TAKEN');
    const both = await Promise.all([1, 2].map((n) => c.call('reviewer', 'POST', '/api/portal-articles', { title: `同时 ${n}`, topic: 'policy', districtId: null, slug: 'same-time' })));
    expect(both.map((r) => r.statusCode).sort(), 'two editors taking one address at once').toEqual([201, 409]);
  });

  it('keeps markup and formulas as text: the title as typed, raw HTML in the body escaped', async () => {
    const a = await c.draft('reviewer', { title: '=HYPERLINK("http://x","点我")', summary: '@SUM(A1)', bodyMarkdown: '<script>alert(1)</script>\n\n[链接](javascript:alert(1)) 正文' });
    expect(a.title).toBe('=HYPERLINK("http://x","点我")');
    expect(a.summary).toBe('@SUM(A1)');
    expect(a.bodyHtml).not.toContain('<script');
    expect(a.bodyHtml).toContain('&lt;script&gt;');
    expect(a.bodyHtml).not.toMatch(/href="javascript/i);
    const traditional = await c.draft('reviewer', { title: '漢陽區招商動態' });
    expect(traditional.title).toBe('漢陽區招商動態');
    const found = articleListSchema.parse((await c.call('reviewer', 'GET', `/api/portal-articles?q=${encodeURIComponent('汉阳区招商动态')}`)).json());
    expect(found.items.map((i) => i.id)).toContain(traditional.id);
  });

  it('imports a Markdown file with front matter as a draft of the named district, audited as an import', async () => {
    const markdown = ['---', 'title: 【汉阳区招商】汉阳区签约项目', 'district: 汉阳区', 'topic: project', 'date: 2025-07-07', 'tags: [签约, 汉阳]', 'source: 汉阳区人民政府', '---', '', '## 签约', '', '签约项目 **42** 个。'].join('\n');
    const reviewer = await c.call('reviewer', 'POST', '/api/portal-articles/import', { fileName: 'hanyang.md', markdown });
    expect(reviewer.statusCode, reviewer.body).toBe(201);
    const a = articleSchema.parse(reviewer.json());
    expect(a).toMatchObject({ title: '【汉阳区招商】汉阳区签约项目', districtName: '汉阳区', topic: 'project', tags: ['签约', '汉阳'], source: '汉阳区人民政府', status: 'draft', publishAt: '2025-07-06T16:00:00.000Z' });
    expect(a.bodyHtml).toContain('<h2>签约</h2>');
    expect((await auditRows(a.id)).map((r) => r.action)).toEqual(['portal_article.import']);

    const outside = await c.call('wuchang', 'POST', '/api/portal-articles/import', { markdown });
    expect(outside.statusCode, 'a district editor imports under his own district only').toBe(422);
    const noFront = await c.call('wuchang', 'POST', '/api/portal-articles/import', { markdown: '# 没有 front matter' });
    expect(noFront.json().code).toBe('PORTAL_ARTICLE_IMPORT_INVALID');
  });

  it('previews Markdown as the portal renders it', async () => {
    const response = await c.call('wuchang', 'POST', '/api/portal-articles/preview', { markdown: '**加粗** <b>x</b>' });
    expect(response.json()).toEqual({ html: '<p><strong>加粗</strong> &lt;b&gt;x&lt;/b&gt;</p>\n' });
  });
});
