import { setImmediate as yieldToLoop } from 'node:timers/promises';

// Tokens for full-text search, the same for the stored text and the query (both Simplified by
// opencc and lower-cased first). Letters and digits outside Chinese are words of Node's ICU
// segmenter (Intl.Segmenter). A run of Chinese characters is indexed as its overlapping pairs
// (前三季度 → 前三 三季 季度) and its last character, not as the dictionary's words: the dictionary
// splits the same characters differently with what stands around them (今年前三季度 vs 前三季度 alone,
// 三季 asked for inside 三|季度), so a query's words missed the text's. With pairs, a query of two or
// more characters is the phrase of its pairs and finds exactly the places where its characters
// stand together; one character is a prefix of a pair (or a run's last character).

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A word worth indexing: letters or digits (no punctuation, no spaces). */
const WORD = /[\p{L}\p{N}]/u;
/** Runs of Chinese characters, and what stands between them. */
const RUNS = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;

/** The ICU words of a text without Chinese characters, in order. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && WORD.test(segment)) out.push(segment);
  }
  return out;
}

/** A text's pieces in order: each run of Chinese characters whole, each other word. */
function pieces(text: string): Array<{ han: boolean; text: string }> {
  const out: Array<{ han: boolean; text: string }> = [];
  for (const [, han, other] of text.toLowerCase().matchAll(RUNS)) {
    if (han) out.push({ han: true, text: han });
    else for (const w of words(other!)) out.push({ han: false, text: w });
  }
  return out;
}

/** The pairs of a run of Chinese characters, with its last character when `last`. */
function pairs(run: readonly string[], last: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i += 1) out.push(run[i]! + run[i + 1]!);
  if (last) out.push(run[run.length - 1]!);
  return out;
}

/** The tokens of a Simplified text, in order, as the index stores them. */
export function tokens(text: string): string[] {
  return pieces(text).flatMap((p) => (p.han ? pairs([...p.text], true) : [p.text]));
}

/** Inline pinyin after a character, as some pages print it: 地區(qū)生產(chǎn)總值. */
export const INLINE_PINYIN = /(?<=\p{Script=Han})[(（]\p{Script=Latin}{1,8}[)）]/gu;

/** The text as the full-text index stores it: its tokens separated by spaces, a paragraph a line. */
export function segmentForIndex(simplified: string): string {
  // Long texts are segmented in pieces (a paragraph at a time) to keep memory flat; inline pinyin
  // is left out so that the words it splits stand together again.
  const parts: string[] = [];
  for (const paragraph of simplified.replace(INLINE_PINYIN, '').split(/\n+/)) {
    const w = tokens(paragraph);
    if (w.length) parts.push(w.join(' '));
  }
  return parts.join('\n');
}

/** Characters segmented between two yields to the event loop. */
const SLICE_CHARS = 50_000;

/** segmentForIndex in slices of paragraphs, yielding between them (the job runner shares the server's event loop). */
export async function segmentForIndexAsync(simplified: string): Promise<string> {
  const paragraphs = simplified.split(/\n+/);
  const out: string[] = [];
  let slice: string[] = [];
  let size = 0;
  for (const paragraph of paragraphs) {
    slice.push(paragraph);
    size += paragraph.length;
    if (size >= SLICE_CHARS) {
      out.push(segmentForIndex(slice.join('\n')));
      slice = [];
      size = 0;
      await yieldToLoop();
    }
  }
  if (slice.length) out.push(segmentForIndex(slice.join('\n')));
  return out.filter(Boolean).join('\n');
}

/** A phrase of a query: its characters as written together, and the tokens that find it. */
export interface QueryPhrase {
  /** The phrase's letters and digits as they stand together in a text (highlighted as one). */
  text: string;
  /** Its runs of Chinese characters and its other words (highlighted one by one when the text splits the phrase). */
  pieces: string[];
  /** The tokens that must stand in sequence in the index. */
  tokens: string[];
  /** The last token is a prefix (a phrase ending in a single Chinese character). */
  prefix: boolean;
}

/**
 * A query as phrases: each part the user typed between spaces is one phrase whose characters must
 * stand together (固定资产投资 is not 固定资产 and 投资 apart), and every phrase must occur (at most 8).
 * A run inside the phrase is followed by a word in the text too, so it keeps its last character; the
 * phrase's last run may go on in the text, so it ends with its last pair (or is a prefix when it is
 * one character).
 */
export function queryPhrases(simplifiedQuery: string): QueryPhrase[] {
  const phrases: QueryPhrase[] = [];
  for (const part of simplifiedQuery.split(/[\s\u3000,，、;；]+/)) {
    const ps = pieces(part);
    if (ps.length === 0) continue;
    const out: string[] = [];
    let prefix = false;
    ps.forEach((p, i) => {
      if (!p.han) out.push(p.text);
      else if (i < ps.length - 1) out.push(...pairs([...p.text], true));
      else if ([...p.text].length > 1) out.push(...pairs([...p.text], false));
      else {
        out.push(p.text);
        prefix = true;
      }
    });
    phrases.push({ text: ps.map((p) => p.text).join(''), pieces: ps.map((p) => p.text), tokens: out, prefix });
  }
  return [...new Map(phrases.map((p) => [p.text, p])).values()].slice(0, 8);
}
