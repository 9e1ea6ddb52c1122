// Which way is good. DOMAIN.md "Formulas": most indicators are higher-is-better; some are
// lower-is-better (registered unemployment rate "控制在3.20%以内", energy use per unit of GDP).
// DOMAIN.md "Numbers and text": 以上 / 力争 / 不低于 mean ≥, 以内 / 控制在 mean ≤ — both inclusive.
import type { Dec } from './decimal';

export type Direction = 'higher_is_better' | 'lower_is_better';

/** How a target is stated: actual ≥ target or actual ≤ target (both inclusive). */
export type TargetComparator = 'gte' | 'lte';

export function comparatorForDirection(direction: Direction): TargetComparator {
  return direction === 'higher_is_better' ? 'gte' : 'lte';
}

export function directionForComparator(comparator: TargetComparator): Direction {
  return comparator === 'gte' ? 'higher_is_better' : 'lower_is_better';
}

const COMPARATOR_WORDS: ReadonlyArray<[string, TargetComparator]> = [
  ['不低于', 'gte'],
  ['不少于', 'gte'],
  ['以上', 'gte'],
  ['力争', 'gte'],
  ['达到', 'gte'],
  ['不高于', 'lte'],
  ['不超过', 'lte'],
  ['以内', 'lte'],
  ['控制在', 'lte'],
  ['以下', 'lte'],
];

const TRADITIONAL: Readonly<Record<string, string>> = { 於: '于', 達: '达', 過: '过', 內: '内', 爭: '争' };

/** The comparator named in a target phrase ("增长9%以上" → gte, "控制在3.20%以内" → lte), or null. */
export function parseComparatorWord(text: string): TargetComparator | null {
  const normalised = [...text].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  const found = new Set(COMPARATOR_WORDS.filter(([word]) => normalised.includes(word)).map(([, c]) => c));
  return found.size === 1 ? [...found][0] ?? null : null;
}

/** Whether `actual` meets `target` stated with `comparator` (boundary counts as met). */
export function meetsTarget(actual: Dec, target: Dec, comparator: TargetComparator): boolean {
  return comparator === 'gte' ? actual.greaterThanOrEqualTo(target) : actual.lessThanOrEqualTo(target);
}

/** How far `actual` is on the good side of `reference` (positive = better), in the value's own unit. */
export function marginInDirection(actual: Dec, reference: Dec, direction: Direction): Dec {
  return direction === 'higher_is_better' ? actual.minus(reference) : reference.minus(actual);
}

/** −1 if a is better than b, 1 if worse, 0 if equal — a sort comparator putting the best first. */
export function compareByDirection(a: Dec, b: Dec, direction: Direction): -1 | 0 | 1 {
  const c = a.comparedTo(b);
  const better = direction === 'higher_is_better' ? -c : c;
  return better < 0 ? -1 : better > 0 ? 1 : 0;
}
