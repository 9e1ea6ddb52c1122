// A text cut into plain and marked pieces by [start, end) ranges (figures' quotes in a document,
// matches in a search snippet), so pages mark them with elements, never with markup from the text.

export interface Segment<T> {
  text: string;
  start: number;
  /** The range's item, or null for plain text between ranges. */
  mark: T | null;
}

/**
 * The text in pieces. Ranges are sorted by start; one overlapping an earlier kept range is left out
 * (the earlier one stays marked), ranges outside the text are clipped, empty ones are dropped.
 */
export function segmentText<T>(text: string, ranges: ReadonlyArray<{ start: number; end: number; item: T }>): Segment<T>[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) out.push({ text: text.slice(at, r.start), start: at, mark: null });
    out.push({ text: text.slice(r.start, r.end), start: r.start, mark: r.item });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, mark: null });
  return out;
}
