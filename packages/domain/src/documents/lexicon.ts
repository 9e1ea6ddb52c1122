// Name matching for indicators and entities: every name (and alias) of a list, found in text
// longest first, left to right. Names are matched on the normalised (Simplified) text.

export interface NameMention<T> {
  start: number;
  end: number;
  item: T;
  name: string;
}

export interface NameMatcher<T> {
  find(text: string): NameMention<T>[];
}

/** A matcher over `entries` (name → item); on overlap the longest name wins. */
export function nameMatcher<T>(entries: ReadonlyArray<{ name: string; item: T }>, toSimplified?: ((t: string) => string) | null): NameMatcher<T> {
  const byFirst = new Map<string, Array<{ name: string; item: T }>>();
  for (const e of entries) {
    const name = (toSimplified ? toSimplified(e.name.normalize('NFKC')) : e.name.normalize('NFKC')).trim();
    if (name.length < 2) continue;
    const key = name.charAt(0);
    const list = byFirst.get(key) ?? [];
    list.push({ name, item: e.item });
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return {
    find(text: string): NameMention<T>[] {
      const out: NameMention<T>[] = [];
      let i = 0;
      while (i < text.length) {
        const list = byFirst.get(text.charAt(i));
        let hit: { name: string; item: T } | undefined;
        if (list) for (const c of list) if (text.startsWith(c.name, i)) { hit = c; break; }
        if (hit) {
          out.push({ start: i, end: i + hit.name.length, item: hit.item, name: hit.name });
          i += hit.name.length;
        } else i += 1;
      }
      return out;
    },
  };
}

/** The index of the last mention that ends at or before `pos`, or −1, by binary search. */
export function lastIndexBefore<T extends { start: number; end: number }>(list: readonly T[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last mention that ends at or before `pos` and starts at or after `from`, by binary search. */
export function lastBefore<T extends { start: number; end: number }>(list: readonly T[], pos: number, from = 0): T | null {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const m = list[found]!;
  return m.start >= from ? m : null;
}

/** Mentions lying inside [from, to). */
export function between<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  return list.filter((m) => m.start >= from && m.end <= to);
}
