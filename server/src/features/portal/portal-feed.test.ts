import { afterAll, beforeAll, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { PUBLISHED_FEED_OFFSET_PAGES } from '../portal-articles/portal-articles.public';

const ATOM = 'http://www.w3.org/2005/Atom';

interface XmlNode { name: string; uri: string; attributes: Record<string, string>; children: XmlNode[]; text: string }

/** The document as a tree (saxes throws at the first error, so a parsed feed is well-formed). */
function parseTree(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [(a as { name: string }).name, (a as { value: string }).value]));
    const node: XmlNode = { name: tag.local ?? tag.name, uri: tag.uri ?? '', attributes, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => { stack.at(-1)!.text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(text).close();
  return root.children[0]!;
}
const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const children = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const ARTICLES = 450;
const PAGE_SIZE = 20;

describeEachDialect('portal feeds and deep pages (门户网站)', (dialect) => {
  let t: TestApp;
  /** The visible articles' addresses in the feed's order (published, then id, newest first). */
  let expected: string[];
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const districtId = await t.orgId('420106');
    const row = (slug: string, title: string, status: 'published' | 'draft', publishedAt: string | null, updatedAt: string) => ({
      slug, title, summary: `${title}的摘要`, body_markdown: '正文', body_html: '<p>正文</p>', topic: 'project' as const, district_id: districtId, organisation_id: districtId,
      tags: '[]', cover_image_url: null, cover_image_alt: null, source: null, status, publish_at: null, published_at: publishedAt, search_text: title,
      document_id: null, demo_note: null, created_by: null, created_at: '2026-01-01T00:00:00.000Z', updated_by: null, updated_at: updatedAt,
    });
    // Two articles a minute: the feed's order needs the id to break the tie.
    const rows = Array.from({ length: ARTICLES }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 60_000).toISOString();
      return row(`p-${i}`, i === ARTICLES - 1 ? '临空经济示范区最新项目' : `项目动态第${i}号`, 'published', at, at);
    });
    for (let i = 0; i < rows.length; i += 100) await t.database.db.insertInto('portal_articles').values(rows.slice(i, i + 100)).execute();
    await t.database.db.insertInto('portal_articles').values([
      row('p-draft', '未发布的草稿', 'draft', null, '2026-03-01T00:00:00.000Z'),
      row('p-future', '定时发布的文章', 'published', '2027-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
    ]).execute();
    // The newest article was changed after it was published: the feed's updated follows it.
    await t.database.db.updateTable('portal_articles').set({ updated_at: '2026-02-10T08:00:00.000Z' }).where('slug', '=', `p-${ARTICLES - 1}`).execute();
    expected = (await t.database.db.selectFrom('portal_articles').select('slug').where('status', '=', 'published').where('published_at', '<', '2027-01-01')
      .orderBy('published_at', 'desc').orderBy('id', 'desc').execute()).map((r) => r.slug);
  });
  afterAll(() => t.close());

  it('writes a valid Atom 1.0 feed per language: stable tag ids, self and alternate links, published items only', async () => {
    for (const [prefix, lang] of [['', 'zh-Hans'], ['/zh-tw', 'zh-Hant'], ['/en', 'en']] as const) {
      const response = await get(`/portal${prefix}/atom.xml`, { host: 'portal.example.cn' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      const feed = parseTree(response.body);
      expect(feed).toMatchObject({ name: 'feed', uri: ATOM });
      expect(feed.attributes['xml:lang']).toBe(lang);
      expect(child(feed, 'id')!.text).toMatch(/^tag:hongtu\.portal,2026:/);
      expect(child(feed, 'title')!.text).not.toBe('');
      expect(child(feed, 'updated')!.text).toBe('2026-02-10T08:00:00.000Z');
      expect(child(child(feed, 'author')!, 'name')!.text).not.toBe('');
      const links = children(feed, 'link').map((l) => l.attributes);
      expect(links).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: `http://portal.example.cn/portal${prefix}/atom.xml` });
      expect(links).toContainEqual({ rel: 'alternate', type: 'text/html', href: `http://portal.example.cn/portal${prefix}/articles` });

      const entries = children(feed, 'entry');
      expect(entries).toHaveLength(50);
      for (const entry of entries) {
        for (const name of ['id', 'title', 'updated', 'published', 'summary']) expect(child(entry, name)?.text, name).toBeTruthy();
        expect(child(entry, 'updated')!.text).toMatch(RFC3339);
        expect(child(entry, 'published')!.text).toMatch(RFC3339);
        expect(child(entry, 'link')!.attributes).toMatchObject({ rel: 'alternate', type: 'text/html' });
        expect(child(entry, 'category')!.attributes.term).toBe('project');
      }
      const hrefs = entries.map((e) => child(e, 'link')!.attributes.href!);
      expect(hrefs.slice(0, 3)).toEqual(expected.slice(0, 3).map((slug) => `http://portal.example.cn/portal${prefix}/articles/${slug}`));
      expect(response.body).not.toContain('未发布的草稿');
      expect(response.body).not.toContain('定时发布的文章');
      if (prefix === '/zh-tw') expect(child(entries[0]!, 'title')!.text).toBe('臨空經濟示範區最新項目');
      if (prefix === '/en') expect(child(entries[0]!, 'category')!.attributes.label).toBe('Projects');
    }
    // An entry's id names the article, not the host it was read through nor its address.
    const ids = async (host: string) => children(parseTree((await get('/portal/atom.xml', { host })).body), 'entry').map((e) => child(e, 'id')!.text);
    const [here, there] = [await ids('a.example.cn'), await ids('b.example.cn')];
    expect(here).toEqual(there);
    expect(new Set(here).size).toBe(here.length);
    expect(here[0]).not.toContain('example.cn');
  });

  it('names the Atom feed on every page, and leaves robots and the sitemap consistent with it', async () => {
    for (const prefix of ['', '/zh-tw', '/en']) {
      const page = await get(`/portal${prefix}/articles`);
      expect(page.body).toContain(`<link rel="alternate" type="application/atom+xml" title="`);
      expect(page.body).toContain(`href="/portal${prefix}/atom.xml"`);
    }
    const robots = (await get('/robots.txt')).body;
    expect(robots).not.toMatch(/Disallow: \/portal(\/zh-tw|\/en)?\/atom/);
    // A visitor's own pages are kept from search engines in every language.
    for (const path of ['/portal/account', '/portal/en/account', '/portal/zh-tw/submit']) expect(robots).toContain(`Disallow: ${path}\n`);
    parseTree((await get('/portal/sitemap.xml')).body);
  });

  it('reads deep pages of the feed from their neighbour: every article once, in order, forward and back', async () => {
    const unescape = (href: string) => href.replace(/&amp;/g, '&');
    const slugsOf = (body: string) => [...body.matchAll(/href="\/portal\/en\/articles\/(p-\d+)"/g)].map((m) => m[1]!);
    const pages = Math.ceil(expected.length / PAGE_SIZE);
    const walked: string[][] = [];
    let body = '';
    let url: string | undefined = '/portal/en/articles';
    while (url) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain(`Page ${walked.length + 1} of ${pages} (${expected.length} items)`);
      walked.push(slugsOf(response.body));
      body = response.body;
      const next = /<a rel="next" href="([^"]+)"/.exec(body)?.[1];
      if (next) expect(unescape(next)).toMatch(/[?&]page=\d+&after=\d+$/);
      url = next && unescape(next);
    }
    expect(walked).toHaveLength(pages);
    expect(walked.flat()).toEqual(expected);

    // Back from the last page by the previous links, to page 1's plain address.
    for (let i = pages - 1; i >= 1; i -= 1) {
      const prev = unescape(/<a rel="prev" href="([^"]+)"/.exec(body)![1]!);
      if (i === 1) expect(prev).toBe('/portal/en/articles');
      else expect(prev).toMatch(/[?&]page=\d+&before=\d+$/);
      const response = await get(prev);
      expect(response.body).toContain(`Page ${i} of ${pages}`);
      expect(slugsOf(response.body)).toEqual(walked[i - 1]);
      body = response.body;
    }

    // By number alone: the first pages, then the portal's 404 (no page is read by skipping thousands of rows).
    const plain = await get(`/portal/en/articles?page=${PUBLISHED_FEED_OFFSET_PAGES}`);
    expect(slugsOf(plain.body)).toEqual(walked[PUBLISHED_FEED_OFFSET_PAGES - 1]);
    expect((await get(`/portal/en/articles?page=${PUBLISHED_FEED_OFFSET_PAGES + 1}`)).statusCode).toBe(404);
    // The filters are kept in the links.
    const filtered = await get('/portal/en/articles?topic=project&page=3');
    expect(unescape(/<a rel="next" href="([^"]+)"/.exec(filtered.body)![1]!)).toMatch(/^\/portal\/en\/articles\?topic=project&page=4&after=\d+$/);
  });
});
