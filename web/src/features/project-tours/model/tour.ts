import { parseTourScore } from '@hongtu/domain';

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The criteria whose typed score is empty or outside 0..weight (one decimal at most), as the server checks them. */
export function invalidScores(criteria: readonly { id: number; weight: number }[], values: Readonly<Record<string, string | undefined>>): number[] {
  return criteria.filter((c) => parseTourScore(values[String(c.id)] ?? '', c.weight) === null).map((c) => c.id);
}

/** A judge's total of the typed scores (one decimal), or null while one is missing or out of range. */
export function typedTotal(criteria: readonly { id: number; weight: number }[], values: Readonly<Record<string, string | undefined>>): string | null {
  let tenths = 0;
  for (const c of criteria) {
    const v = parseTourScore(values[String(c.id)] ?? '', c.weight);
    if (v === null) return null;
    tenths += v;
  }
  return tenths % 10 === 0 ? String(tenths / 10) : `${Math.trunc(tenths / 10)}.${tenths % 10}`;
}
