import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';
import { enterpriseNameSearchMigrations } from './enterprise-name-search.migrations';

const flag = (column: string) => sql`${sql.ref(column)} in (0, 1)`;
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} is null or ${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

// Vocabulary fixed here (the domain's lists as they stood when the table was made).
const LEGAL_FORMS = ['limited_company', 'joint_stock', 'state_owned', 'collective', 'partnership', 'sole_proprietorship', 'foreign_branch', 'branch', 'individual', 'other'];
const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'];
const HEADQUARTERS_KINDS = ['group', 'regional', 'functional'];
const FLAG_COLUMNS = ['fortune500', 'china500', 'private500', 'central_soe', 'foreign_invested', 'high_tech', 'specialised', 'above_scale', 'above_quota'];

/** The enterprises feature's migrations, in order. Never edit one that has landed; add a new one. */
export const enterprisesMigrations: Record<string, Migration> = {
  '0120_enterprises': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      let table = db.schema.createTable('enterprises')
        .addColumn('id', 'integer', idColumn(dialect))
        // 统一社会信用代码: one record per code across the city (check character verified before insert)
        .addColumn('credit_code', 'text', (c) => c.notNull().unique())
        // the name in Simplified characters (Traditional input converted at write)
        .addColumn('name', 'text', (c) => c.notNull())
        // the name's 拼音 without tones or spaces, and its 首字母, both lower case, for search
        .addColumn('name_pinyin', 'text', (c) => c.notNull())
        .addColumn('name_initials', 'text', (c) => c.notNull())
        // 曾用名: a JSON array of earlier names, newest first
        .addColumn('former_names', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('legal_form', 'text', (c) => c.check(oneOf('legal_form', LEGAL_FORMS)))
        // 国民经济行业分类: 门类 letter, optionally with its 大类 digits (C39)
        .addColumn('industry_code', 'text')
        .addColumn('address', 'text')
        // the district (or zone) that serves the enterprise; its scope decides who sees the record
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('size_class', 'text', (c) => c.check(oneOf('size_class', SIZE_CLASSES)))
        // a headquarters and its kind (集团 / 区域 / 功能性总部); null when not one
        .addColumn('headquarters_kind', 'text', (c) => c.check(oneOf('headquarters_kind', HEADQUARTERS_KINDS)));
      for (const column of FLAG_COLUMNS) {
        table = table.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0).check(flag(column)));
      }
      table = table
        // why a demo record's figures are what they are (e.g. an illustrative credit code); null for real records
        .addColumn('demo_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull());
      await strictTable(dialect, table).execute();
      await db.schema.createIndex('enterprises_organisation_idx').on('enterprises').column('organisation_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('enterprises').ifExists().execute();
    },
  },
  // Demo records say where they come from: 'document' with the seed file and its sentence, or 'synthetic'.
  '0182_enterprises_demo_sources': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      for (const column of ['demo_source', 'source_file', 'source_quote']) await db.schema.alterTable('enterprises').addColumn(column, 'text').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const column of ['source_quote', 'source_file', 'demo_source']) await db.schema.alterTable('enterprises').dropColumn(column).execute();
    },
  },
  // The search's prefixes (拼音, 首字母, credit code) as index ranges: plain indexes on SQLite, whose
  // query is a range (>= and <); text_pattern_ops ones on PostgreSQL, whose query is LIKE 'x%'.
  '0184_enterprises_search_indexes': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      for (const column of ['name_pinyin', 'name_initials', 'credit_code']) {
        const name = `enterprises_${column}_prefix_idx`;
        if (dialect === 'postgres') await sql.raw(`create index ${name} on enterprises (${column} text_pattern_ops)`).execute(db);
        else if (column !== 'credit_code') await db.schema.createIndex(name).on('enterprises').column(column).execute();
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const column of ['name_pinyin', 'name_initials', 'credit_code']) await db.schema.dropIndex(`enterprises_${column}_prefix_idx`).ifExists().execute();
    },
  },
  ...enterpriseNameSearchMigrations,
  // A policy's enterprises to tell (enterprises.matching.ts): the page's ids and the total read from
  // the records' traits alone — district first (a district's reader reads its range), then every
  // column a policy's conditions test — instead of every record (SQLite, 200,000 records: the page
  // with its total took 1.7 s at p50 reading the records, 0.15 s reading this index).
  '0252_enterprises_traits_index': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('enterprises_traits_idx').on('enterprises')
        .columns(['organisation_id', 'industry_code', 'size_class', 'headquarters_kind', ...FLAG_COLUMNS]).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('enterprises_traits_idx').ifExists().execute();
    },
  },
};
