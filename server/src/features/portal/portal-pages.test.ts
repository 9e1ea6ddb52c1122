import { afterAll, beforeAll, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { describeEachDialect } from '../../test/dialects';
import { buildApp } from '../../app';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { PORTAL_CSP } from './portal-layout';

/** Whether a text is well-formed XML (saxes throws at the first error). */
function parseXml(text: string): string[] {
  const locs: string[] = [];
  const parser = new SaxesParser();
  let inLoc = false;
  parser.on('opentag', (tag) => { inLoc = tag.name === 'loc' || tag.name === 'link'; });
  parser.on('text', (t) => { if (inLoc) locs.push(t); });
  parser.on('closetag', () => { inLoc = false; });
  parser.write(text).close();
  return locs;
}

describeEachDialect('portal pages (门户网站)', (dialect) => {
  let t: TestApp;
  let districtId: number;
  let opportunities: { draft: number; published: number; withdrawn: number };
  const at = '2026-02-01T00:00:00.000Z';

  const article = async (slug: string, title: string, status: 'published' | 'draft' | 'withdrawn', publishedAt: string | null = at) => {
    await t.database.db.insertInto('portal_articles').values({
      slug, title, summary: `${title}的摘要`, body_markdown: '正文', body_html: '<p>正文<strong>12</strong>个</p>', topic: 'investment-news',
      district_id: districtId, organisation_id: districtId, tags: '["临空"]', cover_image_url: null, cover_image_alt: null, source: '武汉招商',
      status, publish_at: null, published_at: status === 'draft' ? null : publishedAt, search_text: title, document_id: null, demo_note: null,
      created_by: null, created_at: at, updated_by: null, updated_at: at,
    }).execute();
  };
  const opportunity = async (title: string, status: 'draft' | 'published' | 'withdrawn') => {
    const row = await t.database.db.insertInto('portal_opportunities').values({
      kind: 'land', district_id: districtId, project_id: null, title, summary: '地块简介', area_mu: '120.5', planned_use: '工业用地', location: '临空港',
      conditions: null, contact_office: '区招商局', contact_phone: '027-84848484', status, published_at: status === 'draft' ? null : at,
      withdrawn_at: status === 'withdrawn' ? at : null, created_by: null, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  };
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const insertBulletins = async () => {
    const { id: cityId } = await t.database.db.selectFrom('organisations').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
    const cell = { indicatorCode: 'NO_SUCH_CODE', yoyMismatch: false, amountTarget: null, growthTarget: null, timeProgress: '16.67', progressGap: null, card: null, cardReason: null, groupRank: 1 };
    const body = (includesUnapproved: boolean, value: string) => JSON.stringify({
      periodKey: 'x', timeProgress: '16.666667', includesUnapproved, indicatorCodes: [], territory: undefined, averages: [],
      indicators: [{ code: 'NO_SUCH_CODE', name: '测试指标', unit: 'yi_yuan', direction: 'higher_is_better', decimals: 2, rankMeasure: 'completion' }],
      rows: [
        // A bulletin published before the ranked growth was kept: no reported growth, so the growth shown is computed.
        { organisationId: districtId, organisationName: '武昌区', groupIds: [], cells: [{ ...cell, ytdValue: value, yoy: '5.123', reportedYoy: null, completion: '20.55', rank: 1 }] },
        // The district reported its growth (the one ranked), beside the computed one.
        { organisationId: districtId + 1, organisationName: '江岸区', groupIds: [], cells: [{ ...cell, ytdValue: '100', yoy: '7.04', reportedYoy: '6.26', growth: '6.26', completion: '18.04', rank: 2 }] },
      ],
    });
    const insert = (periodKey: string, json: string) => t.database.db.insertInto('published_bulletins').values({
      city_id: cityId, period_key: periodKey, published_at: at, published_by: null, published_by_name: '审核员', body_json: json, body_hash: 'h',
    }).execute();
    await insert('2019-02', body(false, '123.456'));
    await insert('2019-03', body(true, '999.999'));
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    districtId = await t.orgId('420106');
    await article('lin-kong', '【武汉招商】临空经济示范区擎画蓝图', 'published');
    await article('xss-title', '<script>alert("x")</script>标题', 'published');
    await article('draft-one', '未发布的草稿', 'draft');
    await article('gone-one', '已撤下的文章', 'withdrawn');
    await article('future-one', '定时发布的文章', 'published', '2027-01-01T00:00:00.000Z');
    // Everything the pages show is stored before the first page is asked for: a server may keep a
    // page it answered for a few seconds (only the staff's writes through the API make it forget).
    opportunities = { draft: await opportunity('草稿地块', 'draft'), published: await opportunity('临空港工业地块', 'published'), withdrawn: await opportunity('撤下地块', 'withdrawn') };
    await insertBulletins();
  });
  afterAll(() => t.close());

  it('answers every page in the three languages with title, description, canonical and hreflang, without a session', async () => {
    for (const path of ['', '/articles', '/policies', '/opportunities', '/bulletins', '/contact']) {
      for (const [prefix, lang] of [['', 'zh-CN'], ['/zh-tw', 'zh-TW'], ['/en', 'en']] as const) {
        const url = `/portal${prefix}${path}`;
        const response = await get(url);
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.headers['content-security-policy']).toBe(PORTAL_CSP);
        expect(response.body).toContain(`<html lang="${lang}"`);
        expect(response.body).toMatch(/<title>[^<]+<\/title>/);
        expect(response.body).toContain('<meta name="description" content="');
        expect(response.body).toContain(`<link rel="canonical" href="${url}">`);
        for (const alt of [`/portal${path}`, `/portal/zh-tw${path}`, `/portal/en${path}`]) expect(response.body).toContain(`href="${alt}"`);
        expect(response.body).not.toContain('<script>');
      }
    }
  });

  it('shows a published article and its feed entry, escaping a title with a script', async () => {
    const page = await get('/portal/articles/lin-kong');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>【武汉招商】临空经济示范区擎画蓝图 - 宏图招商门户</title>');
    expect(page.body).toContain('<p>正文<strong>12</strong>个</p>');
    const traditional = await get('/portal/zh-tw/articles/lin-kong');
    expect(traditional.body).toContain('<title>【武漢招商】臨空經濟示範區擎畫藍圖 - 宏圖招商門戶</title>');
    expect(traditional.body).toContain('>简体中文</a>');
    const xss = await get('/portal/en/articles/xss-title');
    expect(xss.statusCode).toBe(200);
    expect(xss.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;标题');
    expect(xss.body).not.toContain('<script>alert');
    const feed = await get('/portal/articles?topic=investment-news');
    expect(feed.body).toContain('【武汉招商】临空经济示范区擎画蓝图');
    expect(feed.body).not.toContain('未发布的草稿');
    expect(feed.body).not.toContain('已撤下的文章');
    expect(feed.body).not.toContain('定时发布的文章');
  });

  it('answers a draft, withdrawn, scheduled or unknown article with the portal’s own 404 page', async () => {
    for (const slug of ['draft-one', 'gone-one', 'future-one', 'no-such-article', '..%2F..%2Fapi']) {
      const response = await get(`/portal/articles/${slug}`);
      expect(response.statusCode, slug).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('页面不存在');
      expect(response.body).toContain('<meta name="robots" content="noindex">');
      expect(response.body).not.toContain('未发布的草稿');
      expect(response.body).not.toContain('已撤下的文章');
    }
    const unknown = await get('/portal/en/no-such-page');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Page not found');
  });

  it('shows published opportunities only', async () => {
    const { draft, published, withdrawn } = opportunities;
    const list = await get('/portal/opportunities');
    expect(list.body).toContain('临空港工业地块');
    expect(list.body).not.toContain('草稿地块');
    expect(list.body).not.toContain('撤下地块');
    const page = await get(`/portal/opportunities/${published}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('120.5 亩');
    expect(page.body).toContain('027-84848484');
    for (const id of [draft, withdrawn, 999999, 'abc']) expect((await get(`/portal/opportunities/${id}`)).statusCode).toBe(404);
  });

  it('says which figures of a published bulletin are computed: completion always, growth where none was reported', async () => {
    const cn = await get('/portal/bulletins/2019-02');
    const row = (body: string, name: string) => new RegExp(`<th scope="row">${name}</th>(.*?)</tr>`).exec(body)![1]!;
    expect(cn.body).toMatch(/目标完成率（%） <span class="tag computed">计算<\/span><\/th>/);
    expect(row(cn.body, '武昌区')).toContain('<td>5.1 <span class="tag computed">计算</span></td><td>20.6</td>');
    expect(row(cn.body, '江岸区')).toContain('<td>6.3</td><td>18.0</td>');
    expect(cn.body).toContain('标“计算”的数值由系统计算，不是报送数');
    expect(cn.body).toContain('aria-describedby="computed-note"');
    const tw = await get('/portal/zh-tw/bulletins/2019-02');
    expect(row(tw.body, '武昌區')).toContain('<span class="tag computed">計算</span>');
    expect(tw.body).toContain('標「計算」的數值由系統計算');
    const en = await get('/portal/en/bulletins/2019-02');
    expect(row(en.body, '武昌区')).toContain('5.1 <span class="tag computed">computed</span>');
    expect(en.body).toContain('Figures marked &quot;computed&quot; are calculated by the system, not reported');
  });

  it('sends a page carrying a form with Referrer-Policy same-origin from one place, cached or not; others keep the app\'s', async () => {
    for (const url of ['/portal/articles', '/portal/articles']) {
      const response = await get(url);
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
    }
    expect((await get('/portal/articles')).headers['x-cache']).toBe('hit');
    expect((await get('/portal/contact')).headers['referrer-policy']).toBe('no-referrer');
    for (const url of ['/portal/submit', '/portal/en/account/sign-up', '/portal/zh-tw/submit/track']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(response.headers['cache-control'], url).toBe('no-store');
      expect(response.headers['content-security-policy'], url).toBe(PORTAL_CSP);
    }
  });

  it('shows only published bulletins, never one counting unapproved figures', async () => {
    const published = await get('/portal/bulletins/2019-02');
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('123.46');
    expect(published.body).toContain('武昌区');
    expect((await get('/portal/bulletins/2019-03')).statusCode).toBe(404);
    expect((await get('/portal/bulletins/2019-04')).statusCode).toBe(404);
    expect((await get('/portal/bulletins/not-a-month')).statusCode).toBe(404);
    const list = await get('/portal/bulletins');
    expect(list.body).toContain('/portal/bulletins/2019-02');
  });

  it('writes a valid sitemap and RSS feed listing published items only', async () => {
    const sitemap = await get('/portal/sitemap.xml', { host: 'portal.example.cn' });
    expect(sitemap.statusCode).toBe(200);
    const locs = parseXml(sitemap.body);
    expect(locs).toContain('http://portal.example.cn/portal/articles/lin-kong');
    expect(locs).toContain('http://portal.example.cn/portal/en/articles/lin-kong');
    expect(locs.some((l) => l.includes('draft-one') || l.includes('gone-one') || l.includes('future-one'))).toBe(false);
    const rss = await get('/portal/zh-tw/feed.xml');
    expect(rss.statusCode).toBe(200);
    expect(rss.headers['content-type']).toContain('application/rss+xml');
    const links = parseXml(rss.body);
    expect(links.some((l) => l.endsWith('/portal/zh-tw/articles/lin-kong'))).toBe(true);
    expect(rss.body).toContain('臨空經濟');
    expect(rss.body).not.toContain('未发布的草稿');
    expect(rss.body).toContain('&lt;script&gt;');
    const robots = await get('/robots.txt');
    expect(robots.body).toContain('Sitemap: ');
  });

  it('keeps the large-text choice from the address in a cookie, and answers an unchanged page with 304', async () => {
    const on = await get('/portal/policies?large=1');
    expect(on.body).toContain('<html lang="zh-CN" class="large-text">');
    const cookie = on.cookies.find((c) => c.name === 'portal_large_text');
    expect(cookie?.value).toBe('1');
    const kept = await get('/portal/policies', { cookie: 'portal_large_text=1' });
    expect(kept.body).toContain('class="large-text"');
    expect(kept.body).toContain('标准字号');
    const plain = await get('/portal/policies');
    expect(plain.body).not.toContain('class="large-text"');
    const again = await get('/portal/policies', { 'if-none-match': String(plain.headers.etag) });
    expect(again.statusCode).toBe(304);
    const zipped = await get('/portal', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
  });

  it('searches the policy library in force with Simplified or Traditional input, never a withdrawn or expired policy', async () => {
    const base = { issuer: '武汉市人民政府', document_number: null, issued_on: '2026-01-10', valid_from: null, demo_note: null, created_at: at, updated_at: at };
    await t.database.db.insertInto('policies').values([
      { ...base, title: '关于支持总部经济发展的若干措施', valid_to: null, withdrawn_at: null },
      { ...base, title: '总部经济旧办法（已撤下）', valid_to: null, withdrawn_at: at },
      { ...base, title: '总部经济过期办法', valid_to: '2025-12-31', withdrawn_at: null },
    ]).execute();
    for (const q of ['总部经济', '總部經濟']) {
      const response = await get(`/portal/policies?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('关于支持总部经济发展的若干措施');
      expect(response.body).not.toContain('已撤下');
      expect(response.body).not.toContain('过期办法');
      expect(response.body).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('counts anonymous visitors per address at the public edge', async () => {
    const limited = await buildApp({ database: t.database, clock: t.clock, logger: false, limits: { requestsPerWindow: 3, requestWindowMs: 60_000 } });
    try {
      let n = 0;
      // A different address of the page each time: a page kept from an earlier answer costs no rendering.
      const visit = (remoteAddress: string) => limited.inject({ method: 'GET', url: `/portal/policies?q=limit-${++n}`, remoteAddress });
      for (let i = 0; i < 3; i++) expect((await visit('10.9.9.1')).statusCode).toBe(200);
      expect((await visit('10.9.9.1')).statusCode).toBe(429);
      expect((await visit('10.9.9.2')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('counts a page answered from the server\'s copy like a page rendered: a flood of one page from one address is refused', async () => {
    const limited = await buildApp({ database: t.database, clock: t.clock, logger: false, limits: { requestsPerWindow: 3, requestWindowMs: 60_000 } });
    try {
      const visit = (remoteAddress: string) => limited.inject({ method: 'GET', url: '/portal/policies?q=flood', remoteAddress });
      for (let i = 0; i < 3; i++) expect((await visit('10.9.9.3')).statusCode).toBe(200);
      const refused = await visit('10.9.9.3');
      expect(refused.statusCode).toBe(429);
      expect(refused.body).not.toContain('flood');
      // another address still gets the kept page
      expect((await visit('10.9.9.4')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
