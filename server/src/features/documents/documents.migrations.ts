import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';
import { toSimplified } from '../../platform/text/chinese';
import { searchKeySql } from './documents.search-match';
import { segmentForIndex } from './documents.segment';

/** The documents feature's migrations (0150–0159, then 0260–0269), in order. Never edit one that has landed; add a new one. */
export const documentsMigrations: Record<string, Migration> = {
  '0150_documents': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('documents')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('issuer', 'text')
        .addColumn('published_on', 'text')
        .addColumn('index_no', 'text')
        .addColumn('doc_no', 'text')
        .addColumn('source_url', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('series_key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('text_simplified', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('byte_size', 'integer', (c) => c.notNull())
        .addColumn('figure_count', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_hash_unique', ['organisation_id', 'content_hash'])
        .addUniqueConstraint('documents_series_version_unique', ['organisation_id', 'series_key', 'version'])).execute();
      await db.schema.createIndex('documents_published_idx').on('documents').columns(['published_on', 'id']).execute();
      await db.schema.createIndex('documents_issuer_idx').on('documents').column('issuer').execute();

      await strictTable(dialect, db.schema.createTable('document_figures')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_kind', 'text', (c) => c.notNull())
        .addColumn('entity_key', 'text')
        .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id'))
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('indicator_matched', 'integer', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'text')
        .addColumn('unit', 'text')
        .addColumn('yoy_pct', 'text')
        .addColumn('vs_time_progress_pp', 'text')
        .addColumn('comparator', 'text')
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('corrected_by', 'integer', (c) => c.references('users.id'))
        .addColumn('corrected_at', 'text')
        .addColumn('reason', 'text')
        .addColumn('accepted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('accepted_at', 'text')).execute();
      await db.schema.createIndex('document_figures_document_idx').on('document_figures').columns(['document_id', 'position']).execute();
      await db.schema.createIndex('document_figures_organisation_idx').on('document_figures').columns(['organisation_id', 'document_id']).execute();
      await db.schema.createIndex('document_figures_indicator_idx').on('document_figures').columns(['indicator', 'document_id']).execute();

      // The full-text index over the segmented Simplified text (words separated by spaces).
      if (dialect === 'sqlite') {
        await sql`create virtual table documents_fts using fts5(search_text, content='documents', content_rowid='id', tokenize='unicode61')`.execute(db);
      } else {
        await sql`create index documents_search_idx on documents using gin (to_tsvector('simple', search_text))`.execute(db);
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      if (dialect === 'sqlite') await sql`drop table if exists documents_fts`.execute(db);
      await db.schema.dropTable('document_figures').ifExists().execute();
      await db.schema.dropTable('documents').ifExists().execute();
    },
  },
  '0151_documents_search_vector': {
    // PostgreSQL: the words kept as a stored tsvector with its GIN index, so that a phrase query's
    // recheck reads the stored vector instead of segmenting each candidate's text again (measured:
    // a count over 2,000 documents took about a second). SQLite's FTS5 table needs nothing.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      if ((await dialectOf(db)) !== 'postgres') return;
      await sql`alter table documents add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
      await sql`create index documents_search_vector_idx on documents using gin (search_vector)`.execute(db);
      await sql`drop index if exists documents_search_idx`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      if ((await dialectOf(db)) !== 'postgres') return;
      await sql`create index if not exists documents_search_idx on documents using gin (to_tsvector('simple', search_text))`.execute(db);
      await sql`drop index if exists documents_search_vector_idx`.execute(db);
      await sql`alter table documents drop column if exists search_vector`.execute(db);
    },
  },
  '0152_documents_search_pairs': {
    // The stored documents indexed again with the tokens of documents.segment.ts (pairs of Chinese
    // characters instead of the dictionary's words, which split the same word differently in the
    // text and in a query). A batch of documents at a time; SQLite's FTS5 table is rebuilt from them,
    // PostgreSQL's stored tsvector follows the column.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      let after = 0;
      for (;;) {
        const batch: Array<{ id: number; title: string; text_simplified: string }> = await db.selectFrom('documents')
          .select(['id', 'title', 'text_simplified']).where('id', '>', after).orderBy('id').limit(100).execute();
        if (batch.length === 0) break;
        for (const d of batch) {
          await db.updateTable('documents').set({ search_text: segmentForIndex(`${toSimplified(d.title)}\n${d.text_simplified}`) }).where('id', '=', d.id).execute();
        }
        after = batch[batch.length - 1]!.id;
      }
      if ((await dialectOf(db)) === 'sqlite') await sql`insert into documents_fts (documents_fts) values ('rebuild')`.execute(db);
    },
  },
  '0260_documents_search_newest': {
    // Newest first without sorting every match (issue 12: at 20,000 documents a common word matches
    // thousands; documents.search-match.ts). SQLite: each document gets its place newest first as one
    // integer, search_key (published date above the id; set by a trigger when the document is
    // stored — a document's date is never edited, a changed text is a new version), and the FTS5
    // table is rebuilt with it as the rowid, so a match comes out in the page's order. PostgreSQL:
    // an index in the order of the page, walked when a word matches more than the count's bound.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      if ((await dialectOf(db)) === 'postgres') {
        await sql`create index documents_newest_idx on documents ((coalesce(published_on, '')), id)`.execute(db);
        return;
      }
      await sql`alter table documents add column search_key integer`.execute(db);
      await sql.raw(`update documents set search_key = ${searchKeySql('documents')}`).execute(db);
      await sql`create unique index documents_search_key_idx on documents (search_key)`.execute(db);
      await sql.raw(`create trigger documents_search_key after insert on documents begin
        update documents set search_key = ${searchKeySql('new')} where id = new.id; end`).execute(db);
      await sql`drop table documents_fts`.execute(db);
      await sql`create virtual table documents_fts using fts5(search_text, content='documents', content_rowid='search_key', tokenize='unicode61')`.execute(db);
      await sql`insert into documents_fts (documents_fts) values ('rebuild')`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      if ((await dialectOf(db)) === 'postgres') {
        await sql`drop index if exists documents_newest_idx`.execute(db);
        return;
      }
      await sql`drop table documents_fts`.execute(db);
      await sql`create virtual table documents_fts using fts5(search_text, content='documents', content_rowid='id', tokenize='unicode61')`.execute(db);
      await sql`insert into documents_fts (documents_fts) values ('rebuild')`.execute(db);
      await sql`drop trigger if exists documents_search_key`.execute(db);
      await sql`drop index if exists documents_search_key_idx`.execute(db);
      await sql`alter table documents drop column search_key`.execute(db);
    },
  },
};
