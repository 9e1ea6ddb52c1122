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
export function segmentForIndex(simplified: string): string {
  // Long texts are segmented in pieces (a paragraph at a time) to keep memory flat.
  const parts: string[] = [];
  for (const paragraph of simplified.split(/\n+/)) {
    const w = words(paragraph);
    if (w.length) parts.push(w.join(' '));
  }
  return parts.join('\n');
}

/** The distinct words of a query (at most 16), in order. */
export function queryTerms(simplifiedQuery: string): string[] {
  return [...new Set(words(simplifiedQuery))].slice(0, 16);
}
