// What other features may use of portal-articles (enforced by the lint rule on imports): the
// published articles as the public portal reads them.
import type { PortalTopic } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { toSimplified } from '../../platform/text/chinese';
import { containsText } from '../../db/like';
import { FeedCounts, feedState } from './portal-feed-counts';

export type { PortalArticlesRow } from './portal-articles.table';

export interface PublishedArticleSummary {
  id: number; slug: string; title: string; summary: string;
  topic: PortalTopic; districtId: number | null; districtName: string | null; tags: string[];
  publishedAt: string; updatedAt: string; coverImageUrl: string | null; coverImageAlt: string | null; source: string | null;
}
export interface PublishedArticle extends PublishedArticleSummary {
  /** Safe HTML: rendered on the server from Markdown, raw HTML escaped, only http(s) / relative links. */
  bodyHtml: string;
}

/**
 * The feed's filter and page. A page is read by its number only up to PUBLISHED_FEED_OFFSET_PAGES
 * (no query skips more rows than that); further pages are read from a neighbour: `after` (the page
 * older than that article, the next page) or `before` (the page newer than it, the previous page) —
 * the feed's order (published, then id) continued by the index, however deep.
 */
export interface PublishedArticleFilter { topic?: PortalTopic; districtId?: number; q?: string; page: number; pageSize: number; after?: number; before?: number }

/** The pages of the feed reached by their number alone; deeper ones by the pager's links (after / before). */
export const PUBLISHED_FEED_OFFSET_PAGES = 20;

const parseTags = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * The portal's read model of articles: only published ones whose publication time has come (a
 * scheduled article stays hidden until then, by the app's clock); drafts, articles in review and
 * withdrawn ones are never returned, whatever the caller asks.
 */
export function createPublishedArticles({ db, clock }: Pick<Deps, 'db' | 'clock'>, counts = new FeedCounts()) {
  // The filter alone (the count needs no join), then the district's name for the rows shown.
  const visibleOnly = (nowIso = clock.now().toISOString()) => db.selectFrom('portal_articles as a')
    .where('a.status', '=', 'published')
    .where('a.published_at', '<=', nowIso);
  const visible = () => visibleOnly().leftJoin('organisations as o', 'o.id', 'a.district_id');
  const summaryColumns = ['a.id', 'a.slug', 'a.title', 'a.summary', 'a.topic', 'a.district_id', 'o.name as district_name', 'a.tags', 'a.published_at', 'a.updated_at', 'a.cover_image_url', 'a.cover_image_alt', 'a.source'] as const;
  type SummaryRow = { id: number; slug: string; title: string; summary: string; topic: PortalTopic; district_id: number | null; district_name: string | null; tags: string; published_at: string | null; updated_at: string; cover_image_url: string | null; cover_image_alt: string | null; source: string | null };
  const summaryOf = (r: SummaryRow): PublishedArticleSummary => ({
    id: r.id, slug: r.slug, title: r.title, summary: r.summary, topic: r.topic, districtId: r.district_id, districtName: r.district_name,
    tags: parseTags(r.tags), publishedAt: r.published_at ?? r.updated_at, updatedAt: r.updated_at,
    coverImageUrl: r.cover_image_url, coverImageAlt: r.cover_image_alt, source: r.source,
  });

  return {
    /**
     * The feed, newest first (by the time the public sees each one), with the page's number: as asked,
     * or where the neighbour's page lies now. Nothing (an empty page) for a number past
     * PUBLISHED_FEED_OFFSET_PAGES without a neighbour, or a neighbour the public may not see.
     */
    async list(filter: PublishedArticleFilter): Promise<{ items: PublishedArticleSummary[]; total: number; page: number }> {
      // One moment for the whole list: the state its counts are kept under names the visible articles at it.
      const now = clock.now().toISOString();
      const state = feedState(db, now);
      state.catch(() => undefined); // awaited by the counts; a list that fails first leaves no stray rejection
      let query = visibleOnly(now);
      if (filter.topic) query = query.where('a.topic', '=', filter.topic);
      if (filter.districtId !== undefined) query = query.where('a.district_id', '=', filter.districtId);
      const q = filter.q?.trim() ? toSimplified(filter.q.trim()) : undefined;
      if (q) query = query.where(containsText('a.search_text', q));
      const pageSize = Math.max(1, Math.min(100, Math.floor(filter.pageSize)));
      const page = Math.max(1, Math.floor(filter.page));
      const countOf = (q2: typeof query) => q2.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow().then((c) => Number(c.n));
      // Counted once per state of the feed and filter on this app server (portal-feed-counts.ts); the state is read first.
      const filterKey = JSON.stringify([filter.topic ?? null, filter.districtId ?? null, q ?? null]);
      const kept = async (key: string, countNow: () => Promise<number>) => counts.count(`${key} ${filterKey}`, await state, countNow);
      const totalOf = () => kept('total', () => countOf(query));
      const rowsOf = (q2: typeof query, direction: 'asc' | 'desc') => q2.leftJoin('organisations as o', 'o.id', 'a.district_id').select(summaryColumns)
        .orderBy('a.published_at', direction).orderBy('a.id', direction).limit(pageSize);

      const neighbourId = filter.after ?? filter.before;
      if (neighbourId === undefined) {
        if (page > PUBLISHED_FEED_OFFSET_PAGES) return { items: [], total: await totalOf(), page };
        const [rows, total] = await Promise.all([rowsOf(query, 'desc').offset((page - 1) * pageSize).execute(), totalOf()]);
        return { items: rows.map(summaryOf), total, page };
      }
      const neighbour = await visibleOnly(now).where('a.id', '=', neighbourId).select(['a.published_at', 'a.id']).executeTakeFirst();
      if (!neighbour?.published_at) return { items: [], total: await totalOf(), page };
      const at = neighbour.published_at;
      // Row values: both databases read them as one range of the feed's index (an OR of the two
      // columns made SQLite read the whole table for the count and the way back).
      const older = query.where((eb) => eb(eb.refTuple('a.published_at', 'a.id'), '<', eb.tuple(at, neighbour.id)));
      const newer = query.where((eb) => eb(eb.refTuple('a.published_at', 'a.id'), '>', eb.tuple(at, neighbour.id)));
      const [rows, total] = await Promise.all([
        filter.after !== undefined ? rowsOf(older, 'desc').execute() : rowsOf(newer, 'asc').execute().then((r) => r.reverse()),
        totalOf(),
      ]);
      const first = rows[0];
      if (!first?.published_at) return { items: [], total, page };
      // The page's number: how many articles come before its first one (counted on the index, never skipped through).
      const firstAt = first.published_at;
      const ahead = await kept(`ahead ${first.id}`, () => countOf(query.where((eb) => eb(eb.refTuple('a.published_at', 'a.id'), '>', eb.tuple(firstAt, first.id)))));
      return { items: rows.map(summaryOf), total, page: Math.floor(ahead / pageSize) + 1 };
    },

    /** One article by its address; null unless the public may see it now (nothing else is told). */
    async find(slug: string): Promise<PublishedArticle | null> {
      const row = await visible().where('a.slug', '=', slug).select([...summaryColumns, 'a.body_html']).executeTakeFirst();
      return row ? { ...summaryOf(row), bodyHtml: row.body_html } : null;
    },

    /** The newest visible articles' addresses and last changes, for the sitemap. */
    async sitemap(limit: number): Promise<{ slug: string; updatedAt: string }[]> {
      const rows = await visible().select(['a.slug', 'a.updated_at']).orderBy('a.published_at', 'desc').orderBy('a.id', 'desc')
        .limit(Math.max(0, Math.floor(limit))).execute();
      return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
    },
  };
}
export type PublishedArticles = ReturnType<typeof createPublishedArticles>;

/** The portal's rendering of an article's Markdown (for the demo's loader, which stores articles as published). */
export { renderArticleMarkdown } from './portal-articles.markdown';
