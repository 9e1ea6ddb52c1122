// Which documents a search finds, newest first (a published date, then the upload), and how many —
// without ranking, sorting or counting every match. A common word (地区生产总值) is in thousands of
// the 20,000 documents of issue 12; the reader sees 20 of them and a total:
// - SQLite: the FTS5 entry's rowid is the document's place newest first (`search_key`, migration
//   0260), so the full-text match hands the documents out in the page's order and the query stops
//   after the page, or after the count's bound (DOCUMENT_SEARCH_COUNT + 1 documents);
// - PostgreSQL: the matches are read up to the count's bound; when there are fewer, they are all of
//   them (sorted here); when there are more, the page is found by walking the documents newest first
//   (index documents_newest_idx) in chunks and keeping those that match.
// Past the bound the total is the bound and `capped` is set ("1,000+" in the interface).
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DocumentSearchQuery } from '@hongtu/contracts/documents';
import type { DialectName } from '../../db/connection';
import type { Db } from '../../db/database';
import type { ScopeActor } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { documentVisible } from './documents.scope';
import type { QueryPhrase } from './documents.segment';

/** The ids of the page's documents in order, the total counted (at most the bound) and whether more match. */
export interface MatchPage {
  ids: number[];
  total: number;
  capped: boolean;
}

/** 2^32: a search key holds the document's id below it. */
const ID_BITS = 4_294_967_296;

/**
 * A published date (YYYY-MM-DD) as a number in date order: y·372 + (m−1)·31 + d (not a day count,
 * so that even a 02-31 read from a text sorts as its text does); 0 without a date.
 */
export function dateRank(date: string | null): number {
  if (!date) return 0;
  return Number(date.slice(0, 4)) * 372 + (Number(date.slice(5, 7)) - 1) * 31 + Number(date.slice(8, 10));
}

/**
 * SQLite: the SQL of a document's search key — dateRank(published_on) · 2^32 + id, the rowid of its
 * FTS5 entry (below 2^53: exact as a JavaScript number too). `row` names the documents row (an alias,
 * or `new` in a trigger). Used by migration 0260: never change it, add a migration.
 */
export function searchKeySql(row: string): string {
  const date = `${row}.published_on`;
  return `(case when ${date} is null then 0 else cast(substr(${date}, 1, 4) as integer) * 372 + (cast(substr(${date}, 6, 2) as integer) - 1) * 31 + cast(substr(${date}, 9, 2) as integer) end) * ${ID_BITS} + ${row}.id`;
}

/**
 * The filters other than the words (scope, issuer, dates, district, indicator) over `documents d`
 * joined to `organisations o`. `datesByIndex: false`: the dates as an expression no index serves
 * (PostgreSQL's count, which the words' index must drive: documents.search-match.ts).
 */
function filters(actor: ScopeActor, query: DocumentSearchQuery, datesByIndex = true): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [documentVisible(actor)];
  if (query.issuer) {
    const issuers = [...new Set([query.issuer, toSimplified(query.issuer)])].map((i) => `%${i.replace(/[%_]/g, '')}%`);
    where.push(sql<SqlBool>`(${sql.join(issuers.map((i) => sql`d.issuer like ${i}`), sql` or `)})`);
  }
  // (|| '': the same value and the same null, which no index serves)
  const date = datesByIndex ? sql`d.published_on` : sql`(d.published_on || '')`;
  if (query.from) where.push(sql<SqlBool>`${date} >= ${query.from}`);
  if (query.to) where.push(sql<SqlBool>`${date} <= ${query.to}`);
  if (query.organisationId) {
    where.push(sql<SqlBool>`(d.organisation_id = ${query.organisationId}
      or exists (select 1 from document_figures g where g.document_id = d.id and g.organisation_id = ${query.organisationId}))`);
  }
  if (query.indicator) where.push(sql<SqlBool>`exists (select 1 from document_figures g where g.document_id = d.id and g.indicator = ${query.indicator})`);
  return where;
}

const all = (where: Expression<SqlBool>[]) => sql.join(where, sql` and `);

/** FTS5: "a b" is a phrase (its tokens in sequence), "a b" * one whose last token is a prefix; phrases side by side must all occur. */
export function ftsMatch(phrases: readonly QueryPhrase[]): string {
  return phrases.map((p) => `"${p.tokens.join(' ').replaceAll('"', '')}"${p.prefix ? ' *' : ''}`).join(' ');
}

/** PostgreSQL: each phrase's tokens in sequence, the last one a prefix where asked ('前':*); all phrases. */
export function tsQuery(phrases: readonly QueryPhrase[]): RawBuilder<unknown> {
  return sql.join(phrases.map((p) => {
    if (!p.prefix) return sql`phraseto_tsquery('simple', ${p.tokens.join(' ')})`;
    const last = sql`to_tsquery('simple', ${`'${p.tokens[p.tokens.length - 1]!.replaceAll("'", "''")}':*`})`;
    return p.tokens.length === 1 ? last : sql`tsquery_phrase(phraseto_tsquery('simple', ${p.tokens.slice(0, -1).join(' ')}), ${last})`;
  }), sql` && `);
}

/**
 * PostgreSQL: every token of every phrase, in any order ('a' & 'b' for "a b"; the last one a prefix
 * where asked). The GIN index answers it exactly, where a phrase's order (<->) makes it read each
 * candidate's words again (a recheck) before any other condition is looked at.
 */
export function tsTokensQuery(phrases: readonly QueryPhrase[]): RawBuilder<unknown> {
  return sql.join(phrases.map((p) => {
    if (!p.prefix) return sql`plainto_tsquery('simple', ${p.tokens.join(' ')})`;
    const last = sql`to_tsquery('simple', ${`'${p.tokens[p.tokens.length - 1]!.replaceAll("'", "''")}':*`})`;
    return p.tokens.length === 1 ? last : sql`(plainto_tsquery('simple', ${p.tokens.slice(0, -1).join(' ')}) && ${last})`;
  }), sql` && `);
}

/** Whether the tokens' query can find more than the phrases: a phrase of several tokens (or of a token the parser may split). */
export function phrasesNeedOrder(phrases: readonly QueryPhrase[]): boolean {
  return phrases.some((p) => p.tokens.length > 1 || /[^\p{L}\p{N}]/u.test(p.tokens[0] ?? ''));
}

export interface MatchOptions {
  /** Matches counted at most (DOCUMENT_SEARCH_COUNT; smaller in tests). */
  countCap: number;
  /** PostgreSQL: documents looked at by the walk's first step (by default three pages' worth, at least 100; smaller in tests). */
  walkFirst?: number | undefined;
}

/** The page of documents matching every phrase and the filters, newest first, with the bounded total. */
export async function matchPage(db: Db, dialect: DialectName, actor: ScopeActor, query: DocumentSearchQuery, phrases: readonly QueryPhrase[], options: MatchOptions): Promise<MatchPage> {
  const offset = (query.page - 1) * query.pageSize;
  const where = filters(actor, query);
  if (dialect === 'sqlite') {
    // One pass in the page's order: the FTS5 table drives (CROSS JOIN keeps it outside), each match
    // joined to its document by the key, filtered, and the pass stops at the page's end or the bound.
    const want = Math.max(options.countCap + 1, offset + query.pageSize);
    const range: Expression<SqlBool>[] = [];
    // the dates as a range of keys too, so that FTS5 skips the others instead of handing them out
    if (query.from) range.push(sql<SqlBool>`f.rowid >= ${dateRank(query.from) * ID_BITS}`);
    if (query.to) range.push(sql<SqlBool>`f.rowid < ${(dateRank(query.to) + 1) * ID_BITS}`);
    const { rows } = await sql<{ id: number }>`select d.id from documents_fts f
      cross join documents d
      join organisations o on o.id = d.organisation_id
      where f.documents_fts match ${ftsMatch(phrases)} and d.search_key = f.rowid and ${all([...range, ...where])}
      order by f.rowid desc limit ${want}`.execute(db);
    return { ids: rows.slice(offset, offset + query.pageSize).map((r) => r.id), total: Math.min(rows.length, options.countCap), capped: rows.length > options.countCap };
  }

  const matches = sql<SqlBool>`d.search_vector @@ (${tsQuery(phrases)})`;
  // Through the GIN index (a bitmap scan), never a scan of the table or of another index: the words
  // are TOASTed, so the planner sees a small table and reads every document's words (measured at
  // 20,000 documents: 临空经济示范区, 113 matches, 484 ms scanning, 11 ms through the GIN index; 工业投资,
  // common pairs never written together, 519 ms through another index with a small LIMIT, 38 ms).
  // Reading a document's words (~37 kB, stored uncompressed out of line) is what a match costs, so
  // the index is asked for the tokens alone (exact, nothing read again), the other filters come
  // next, and the phrases' order is checked last (ts_match_vq: the same test as @@, which no index
  // takes), only on the documents that passed them. The dates are then no index's either: the
  // planner took a date range for the rarer condition and read the words of every document in it.
  // (the document's own filters and the order's check in one CASE, evaluated in that order on the
  // document's row: as separate conditions the planner ordered them by cost and checked the order
  // first; the scope, on the uploader's path, stays a condition of the join)
  const [visible, ...own] = filters(actor, query, false);
  const checked = phrasesNeedOrder(phrases)
    ? [visible!, sql<SqlBool>`case when ${own.length > 0 ? all(own) : sql`true`} then ts_match_vq(d.search_vector, ${tsQuery(phrases)}) else false end`]
    : [visible!, ...own];
  const { rows } = await db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_indexscan = off`.execute(trx);
    return sql<{ id: number; k: string }>`select d.id, coalesce(d.published_on, '') as k
      from documents d join organisations o on o.id = d.organisation_id
      where d.search_vector @@ (${tsTokensQuery(phrases)}) and ${all(checked)} limit ${options.countCap + 1}`.execute(trx);
  });
  if (rows.length <= options.countCap) {
    // every match: sorted here as the index orders them
    rows.sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : b.id - a.id));
    return { ids: rows.slice(offset, offset + query.pageSize).map((r) => r.id), total: rows.length, capped: false };
  }
  const first = options.walkFirst ?? Math.max(WALK_FIRST, 3 * (offset + query.pageSize));
  return { ids: await walkNewest(db, where, matches, offset, query.pageSize, first), total: options.countCap, capped: true };
}

/** Documents looked at per step of the walk, at first and at most. */
const WALK_FIRST = 100;
const WALK_MAX = 2_000;

/**
 * PostgreSQL, a word in many documents: the visible documents newest first, a chunk at a time (the
 * index on the date and id, no words read), each chunk's matches kept in order, until the page is full.
 */
async function walkNewest(db: Db, where: Expression<SqlBool>[], matches: Expression<SqlBool>, offset: number, pageSize: number, first: number): Promise<number[]> {
  const found: number[] = [];
  let after: { k: string; id: number } | null = null;
  for (let chunk = first; found.length < offset + pageSize; chunk = Math.max(chunk, Math.min(2 * chunk, WALK_MAX))) {
    const before: Expression<SqlBool>[] = after ? [sql<SqlBool>`(coalesce(d.published_on, ''), d.id) < (${after.k}, ${after.id})`] : [];
    const { rows }: { rows: { id: number; k: string }[] } = await sql<{ id: number; k: string }>`select d.id, coalesce(d.published_on, '') as k
      from documents d join organisations o on o.id = d.organisation_id
      where ${all([...before, ...where])}
      order by coalesce(d.published_on, '') desc, d.id desc limit ${chunk}`.execute(db);
    if (rows.length === 0) break;
    const hit = new Set((await sql<{ id: number }>`select d.id from documents d where d.id = any(${rows.map((r) => r.id)}) and ${matches}`.execute(db)).rows.map((r) => r.id));
    for (const r of rows) if (hit.has(r.id)) found.push(r.id);
    if (rows.length < chunk) break;
    after = rows[rows.length - 1]!;
  }
  return found.slice(offset, offset + pageSize);
}
