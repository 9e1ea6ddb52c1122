// Chinese full-text search over the documents the reader sees: the query is converted to
// Simplified (so Traditional finds Simplified and the reverse) and segmented like the stored text;
// every phrase must occur (SQLite FTS5 MATCH, PostgreSQL search_vector @@ phraseto_tsquery; tokens in
// documents.segment.ts; which documents, in which order and how many: documents.search-match.ts).
// Results come with snippets of the original text and highlight ranges, and the figures whose quote
// holds a query word.
import { DOCUMENT_LIMITS } from '@hongtu/contracts';
import { DOCUMENT_SEARCH_COUNT, type DocumentSearchQuery, type DocumentSearchResult, type SearchSnippet } from '@hongtu/contracts/documents';
import type { DialectName } from '../../db/connection';
import type { Db } from '../../db/database';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { figureOf } from './documents.figures';
import { listItemOf, listSelect } from './documents.read-model';
import { matchPage, type MatchOptions } from './documents.search-match';
import { INLINE_PINYIN, queryPhrases } from './documents.segment';

/** Figures listed with one hit, at most. */
const FIGURES_PER_HIT = 10;

/** Where the terms occur in a text (Simplified, lower-cased), sorted, overlapping ranges merged (adjacent ones kept apart). */
export function occurrences(haystack: string, terms: readonly string[], limit = 200): [number, number][] {
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at >= 0 && found.length < limit * terms.length; at = haystack.indexOf(term, at + term.length)) {
      found.push([at, at + term.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * occurrences() in a text that may print pinyin after its characters (地區(qū)生產(chǎn)總值, as the index
 * leaves it out): the terms are looked for without it and each range covers the pinyin inside it.
 */
export function occurrencesBetweenPinyin(haystack: string, terms: readonly string[]): [number, number][] {
  INLINE_PINYIN.lastIndex = 0;
  if (!INLINE_PINYIN.test(haystack)) return occurrences(haystack, terms);
  const at: number[] = [];
  let stripped = '';
  let from = 0;
  for (const m of haystack.matchAll(INLINE_PINYIN)) {
    for (let i = from; i < m.index; i += 1) at.push(i);
    stripped += haystack.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < haystack.length; i += 1) at.push(i);
  stripped += haystack.slice(from);
  return occurrences(stripped, terms).map(([s, e]) => [at[s]!, at[e - 1]! + 1]);
}

/**
 * Up to `count` snippets of the original text around the first matches (the Simplified text is
 * searched; its offsets are the original's when the conversion kept the length, as opencc's
 * character tables do), each with its highlight ranges relative to the snippet.
 */
export function snippetsOf(text: string, simplified: string, terms: readonly string[], count: number = DOCUMENT_LIMITS.snippets, width: number = DOCUMENT_LIMITS.snippetChars): SearchSnippet[] {
  const source = simplified.length === text.length ? text : simplified;
  const hits = occurrencesBetweenPinyin(simplified.toLowerCase(), terms);
  const snippets: SearchSnippet[] = [];
  let coveredTo = -1;
  for (const [start] of hits) {
    if (snippets.length >= count) break;
    if (start < coveredTo) continue;
    const from = Math.max(0, start - Math.floor(width / 3));
    const to = Math.min(source.length, from + width);
    coveredTo = to;
    snippets.push({
      text: source.slice(from, to),
      offset: from,
      highlights: hits.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s - from, e - from] as [number, number]),
    });
  }
  return snippets;
}

/** Text before a figure's quote that may name its subject or indicator (一、…地区生产总值…上半年完成525.69亿元). */
const FIGURE_LEAD_CHARS = 40;

/** Whether a figure's quote, or the words just before it, hold a query word. */
export function figureMatches(simplified: string, start: number, end: number, terms: readonly string[]): boolean {
  const around = simplified.slice(Math.max(0, start - FIGURE_LEAD_CHARS), end).toLowerCase();
  return terms.some((t) => around.includes(t));
}

const firstNonEmpty = <T>(first: T[], otherwise: () => T[]): T[] => (first.length > 0 ? first : otherwise());

export function createDocumentsSearch(db: Db, dialect: DialectName, options: Partial<MatchOptions> = {}) {
  const matchOptions: MatchOptions = { countCap: options.countCap ?? DOCUMENT_SEARCH_COUNT, walkFirst: options.walkFirst };
  return async function search(ctx: RequestContext, query: DocumentSearchQuery): Promise<DocumentSearchResult> {
    const actor = requireActor(ctx);
    const phrases = queryPhrases(toSimplified(query.q));
    // Highlighted and matched against figures: each phrase as written together.
    const terms = phrases.map((p) => p.text);
    if (phrases.length === 0) return { items: [], total: 0, totalCapped: false, terms };

    // Newest first (a published date, then the upload): the reviewer looks for the latest report.
    // The page's ids and the bounded total (documents.search-match.ts); then the page's documents,
    // their texts (for the snippets) and the figures shown, for those 20 documents only.
    const page = await matchPage(db, dialect, actor, query, phrases, matchOptions);
    const { ids } = page;
    if (ids.length === 0) return { items: [], total: page.total, totalCapped: page.capped, terms };
    const [listed, texts, spans] = await Promise.all([
      listSelect(db).where('d.id', 'in', ids).execute(),
      db.selectFrom('documents').select(['id', 'text', 'text_simplified']).where('id', 'in', ids).execute(),
      // where each figure stands (about 60 a document), to keep those whose quote holds a word
      db.selectFrom('document_figures').select(['id', 'document_id', 'start_offset', 'end_offset']).where('document_id', 'in', ids)
        .where('status', '!=', 'rejected').orderBy('document_id').orderBy('position').execute(),
    ]);
    const rowOf = new Map(listed.map((r) => [r.id, r]));
    const textOf = new Map(texts.map((r) => [r.id, r]));
    const shown = new Map<number, number[]>(ids.map((id) => [id, []]));
    for (const f of spans) {
      const kept = shown.get(f.document_id)!;
      if (kept.length < FIGURES_PER_HIT && figureMatches(textOf.get(f.document_id)!.text_simplified, f.start_offset, f.end_offset, terms)) kept.push(f.id);
    }
    // the whole rows of the figures shown only
    const shownIds = [...shown.values()].flat();
    const figureRows = new Map(shownIds.length === 0 ? [] : (await db.selectFrom('document_figures').selectAll().where('id', 'in', shownIds).execute()).map((f) => [f.id, f]));
    return {
      terms,
      total: page.total,
      totalCapped: page.capped,
      items: ids.map((id) => {
        const { text, text_simplified } = textOf.get(id)!;
        return {
          document: listItemOf(rowOf.get(id)!),
          // A phrase split by punctuation in the text (FTS ignores it) is highlighted word by word.
          snippets: firstNonEmpty(snippetsOf(text, text_simplified, terms), () => snippetsOf(text, text_simplified, phrases.flatMap((p) => p.pieces))),
          figures: shown.get(id)!.map((figureId) => figureOf(figureRows.get(figureId)!)),
        };
      }),
    };
  };
}
