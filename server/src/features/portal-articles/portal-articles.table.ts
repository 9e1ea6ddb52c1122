import type { Generated, Selectable } from 'kysely';
import type { ArticleStatus, PortalTopic } from '@hongtu/domain';

/** 门户文章: an article of the portal, of the city (district_id null) or of one district. */
export interface PortalArticlesTable {
  id: Generated<number>;
  /** Its address on the portal (/portal/articles/<slug>), unique. */
  slug: string;
  title: string;
  summary: string;
  body_markdown: string;
  /** body_markdown rendered (raw HTML escaped, unsafe links dropped): what the public pages show. */
  body_html: string;
  topic: PortalTopic;
  district_id: number | null;
  /** Whose article it is (its scope): the district, or the city-level unit that wrote a city article. */
  organisation_id: number;
  /** JSON array of strings. */
  tags: string;
  cover_image_url: string | null;
  cover_image_alt: string | null;
  source: string | null;
  status: ArticleStatus;
  /** The time asked for when published on a schedule (null: at once). */
  publish_at: string | null;
  /** When the public sees it from (the scheduled time or the moment of publishing); null before publishing. */
  published_at: string | null;
  /** Title, summary and tags in Simplified characters, for the feed's search. */
  search_text: string;
  /** The document it was taken in as once published (documents feature), when that succeeded. */
  document_id: number | null;
  /** Where a demo article comes from (seed file and what it states); null for real ones. */
  demo_note: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}
export type PortalArticlesRow = Selectable<PortalArticlesTable>;

/** Every saved version of an article, kept (the article's content and status after that save). */
export interface PortalArticleVersionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  status: ArticleStatus;
  slug: string;
  title: string;
  summary: string;
  body_markdown: string;
  topic: PortalTopic;
  district_id: number | null;
  tags: string;
  cover_image_url: string | null;
  cover_image_alt: string | null;
  source: string | null;
  publish_at: string | null;
  saved_by: number | null;
  saved_at: string;
}
export type PortalArticleVersionRow = Selectable<PortalArticleVersionsTable>;

/** The public feed's generation (one row, id 1): raised by triggers with every write that changes what the feed shows. */
export interface PortalFeedGenerationTable {
  id: number;
  generation: number | string;
  /** PostgreSQL: the transaction that raised it last (raised once per transaction). */
  changed_by: number | string | null;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal_articles: PortalArticlesTable;
    portal_article_versions: PortalArticleVersionsTable;
    portal_feed_generation: PortalFeedGenerationTable;
  }
}
