import { setImmediate as yieldToLoop } from 'node:timers/promises';

// Chinese word segmentation for full-text search, by Node's ICU (Intl.Segmenter, dictionary based):
// the same segmenter splits the stored text and the query, so a query word meets the same words in
// the index. Both are Simplified (opencc) and lower-cased first.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A word worth indexing: letters or digits (no punctuation, no spaces). */
const WORD = /[\p{L}\p{N}]/u;

/** The words of a Simplified text, in order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.toLowerCase())) {
    if (isWordLike && WORD.test(segment)) out.push(segment);
  }
  return out;
}

/** The text as the full-text index stores it: its words separated by spaces. */
/** Inline pinyin after a character, as some pages print it: 地區(qū)生產(chǎn)總值. */
const INLINE_PINYIN = /(?<=\p{Script=Han})[(（]\p{Script=Latin}{1,8}[)）]/gu;

export function segmentForIndex(simplified: string): string {
  // Long texts are segmented in pieces (a paragraph at a time) to keep memory flat; inline pinyin
  // is left out so that the words it splits stand together again.
  const parts: string[] = [];
  for (const paragraph of simplified.replace(INLINE_PINYIN, '').split(/\n+/)) {
    const w = words(paragraph);
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

/** The distinct words of a query (at most 16), in order. */
export function queryTerms(simplifiedQuery: string): string[] {
  return [...new Set(words(simplifiedQuery))].slice(0, 16);
}

/**
 * A query as phrases: each part the user typed between spaces is one phrase (its words must stand
 * together: 固定资产投资 is 固定资产 followed by 投资), every phrase must occur (at most 8).
 */
export function queryPhrases(simplifiedQuery: string): { text: string; words: string[] }[] {
  const phrases = simplifiedQuery.split(/[\s\u3000,，、;；]+/).map((part) => words(part)).filter((w) => w.length > 0)
    .map((w) => ({ text: w.join(''), words: w }));
  return [...new Map(phrases.map((p) => [p.text, p])).values()].slice(0, 8);
}
