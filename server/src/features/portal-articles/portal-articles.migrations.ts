import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';
import * as feedGeneration from './portal-feed-generation.migration';

/** The portal-articles feature's migrations, in order. Never edit one that has landed; add a new one. */
export const portalArticlesMigrations: Record<string, Migration> = {
  '0200_portal_articles': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('portal_articles')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body_markdown', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('topic', 'text', (c) => c.notNull())
        // null: the city's own article
        .addColumn('district_id', 'integer', (c) => c.references('organisations.id'))
        // the scope: the district, or the city-level unit of a city article
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('cover_image_url', 'text')
        .addColumn('cover_image_alt', 'text')
        .addColumn('source', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('publish_at', 'text')
        .addColumn('published_at', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('document_id', 'integer')
        .addColumn('demo_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      // The public feed: published, newest first, by topic or district (and the staff list by status).
      await db.schema.createIndex('portal_articles_feed_idx').on('portal_articles').columns(['status', 'published_at', 'id']).execute();
      await db.schema.createIndex('portal_articles_topic_feed_idx').on('portal_articles').columns(['topic', 'status', 'published_at', 'id']).execute();
      await db.schema.createIndex('portal_articles_organisation_idx').on('portal_articles').columns(['organisation_id', 'status']).execute();
      await db.schema.createIndex('portal_articles_district_feed_idx').on('portal_articles').columns(['district_id', 'status', 'published_at', 'id']).execute();

      await strictTable(dialect, db.schema.createTable('portal_article_versions')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('portal_articles.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body_markdown', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('district_id', 'integer')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('cover_image_url', 'text')
        .addColumn('cover_image_alt', 'text')
        .addColumn('source', 'text')
        .addColumn('publish_at', 'text')
        .addColumn('saved_by', 'integer', (c) => c.references('users.id'))
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('portal_article_versions_unique', ['article_id', 'version'])).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('portal_article_versions').ifExists().execute();
      await db.schema.dropTable('portal_articles').ifExists().execute();
    },
  },
  '0291_portal_feed_generation': feedGeneration,
};
