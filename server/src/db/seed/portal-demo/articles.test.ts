import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { createPublishedArticles } from '../../../features/portal-articles/portal-articles.public';
import { demoNoteOf, seedPortalArticlesDemo } from './articles';
import { readSeedArticles, SEED_001, SEED_001_PATH, SEED_COLUMNS } from './seed-articles';

const seed = readFileSync(SEED_001_PATH, 'utf8');

describe('portal demo articles: what seed 001 states', () => {
  const articles = readSeedArticles();

  it('reads the ten items of the feed in order', () => {
    expect(articles).toHaveLength(10);
    expect(articles.map((a) => a.column)).toEqual(['武汉招商', '武汉招商', '武汉招商', '汉阳区招商', '武汉招商', '汉南区招商', '武汉招商', '武汉招商', '武汉招商', '汉南区招商']);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(10);
  });

  it.each(articles.map((a) => [a.position, a] as const))('item %i: title, text and date verbatim, one after the other; the summary the text’s own beginning', (_, a) => {
    expect(seed).toContain(`-\n${a.title}\n${a.text}\n${a.date}`);
    expect(a.title.startsWith(`【${a.column}】`)).toBe(true);
    expect(a.text.startsWith(a.summary.replace(/…$/, ''))).toBe(true);
    expect(a.date).toBe('2025-07-07');
    expect(a.districtCode).toBe(SEED_COLUMNS[a.column]!.districtCode);
  });
});

describeEachDialect('portal demo articles: loaded as published', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('publishes each seed item once, citing seed 001 only for its title, text and date, visible on the portal', async () => {
    expect(await seedPortalArticlesDemo(t.database, t.clock)).toBe(true);
    expect(await seedPortalArticlesDemo(t.database, t.clock), 'a second run loads nothing').toBe(false);
    const rows = await t.database.db.selectFrom('portal_articles as a').leftJoin('organisations as o', 'o.id', 'a.district_id')
      .select(['a.slug', 'a.title', 'a.body_markdown', 'a.summary', 'a.published_at', 'a.status', 'a.demo_note', 'a.source', 'o.code']).orderBy('a.slug').execute();
    const expected = readSeedArticles();
    expect(rows).toHaveLength(expected.length);
    for (const [i, a] of expected.entries()) {
      const row = rows[i]!;
      expect(row).toMatchObject({ slug: a.slug, title: a.title, body_markdown: a.text, summary: a.summary, status: 'published', source: a.column, code: a.districtCode });
      expect(row.published_at).toBe('2025-07-06T16:00:00.000Z');
      expect(row.demo_note).toBe(demoNoteOf(a.position));
      expect(row.demo_note).toContain(SEED_001);
    }
    const portal = createPublishedArticles({ db: t.database.db, clock: t.clock });
    const feed = await portal.list({ page: 1, pageSize: 20 });
    expect(feed.total).toBe(10);
    const hanyang = await portal.list({ districtId: await t.orgId('420105'), page: 1, pageSize: 20 });
    expect(hanyang.items.map((i) => i.title)).toEqual(['【汉阳区招商】2021年汉阳区政府工作报告']);
    expect(hanyang.items[0]).toMatchObject({ districtName: '汉阳区', publishedAt: '2025-07-06T16:00:00.000Z', topic: 'data-release' });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'portal_article').execute();
    expect(audit).toHaveLength(10);
  });
});
