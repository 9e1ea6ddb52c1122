// Which way is good (docs/DOMAIN.md "Direction"): most indicators are higher-is-better; some are
// lower-is-better (registered unemployment rate "控制在3.20%以内", energy use per unit of GDP).
// 以上 / 力争 / 不低于 mean ≥, 以内 / 控制在 mean ≤ — both inclusive. The same words are stored
// in the database and sent by the API: direction 'higher' | 'lower', comparator 'ge' | 'le'.

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a target is stated: actual ≥ target or actual ≤ target (both inclusive). */
export const TARGET_COMPARATORS = ['ge', 'le'] as const;
export type TargetComparator = (typeof TARGET_COMPARATORS)[number];

export function comparatorForDirection(direction: Direction): TargetComparator {
  return direction === 'higher' ? 'ge' : 'le';
}

export function directionForComparator(comparator: TargetComparator): Direction {
  return comparator === 'ge' ? 'higher' : 'lower';
}

// Words found anywhere in a phrase ("增长9%以上"), and the symbols a workbook cell holds ("≥", ">").
const COMPARATOR_WORDS: ReadonlyArray<[string, TargetComparator]> = [
  ['不低于', 'ge'],
  ['不少于', 'ge'],
  ['以上', 'ge'],
  ['力争', 'ge'],
  ['达到', 'ge'],
  ['至少', 'ge'],
  ['≥', 'ge'],
  ['≧', 'ge'],
  ['>=', 'ge'],
  ['>', 'ge'],
  ['不高于', 'le'],
  ['不超过', 'le'],
  ['以内', 'le'],
  ['控制在', 'le'],
  ['以下', 'le'],
  ['至多', 'le'],
  ['≤', 'le'],
  ['≦', 'le'],
  ['<=', 'le'],
  ['<', 'le'],
];

// Latin words, only as whole words in any case, so that "range" or "level" name nothing: the
// API's own words (ge / le) and the English of a translated workbook (at least, max …).
const LATIN_WORDS: ReadonlyArray<[RegExp, TargetComparator]> = [
  [/\b(ge|min|at ?least)\b/i, 'ge'],
  [/\b(le|max|at ?most)\b/i, 'le'],
];

const TRADITIONAL: Readonly<Record<string, string>> = { 於: '于', 達: '达', 過: '过', 內: '内', 爭: '争' };

/**
 * The comparator named in a target phrase ("增长9%以上" → ge, "控制在3.20%以內" → le) or a workbook
 * cell ("≥", "以内", "at least"), or null when none or contradictory ones are named.
 */
export function parseComparatorWord(text: string): TargetComparator | null {
  const normalised = [...text].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  const found = new Set([
    ...COMPARATOR_WORDS.filter(([word]) => normalised.includes(word)).map(([, c]) => c),
    ...LATIN_WORDS.filter(([word]) => word.test(normalised)).map(([, c]) => c),
  ]);
  return found.size === 1 ? [...found][0] ?? null : null;
}

/** Whether `actual` meets `target` stated with `comparator` (boundary counts as met); one scale. */
export function meetsTarget(actual: bigint, target: bigint, comparator: TargetComparator): boolean {
  return comparator === 'ge' ? actual >= target : actual <= target;
}

/** How far `actual` is on the good side of `reference` (positive = better), in the values' scale. */
export function marginInDirection(actual: bigint, reference: bigint, direction: Direction): bigint {
  return direction === 'higher' ? actual - reference : reference - actual;
}

/** −1 if a is better than b, 1 if worse, 0 if equal — a sort comparator putting the best first. */
export function compareByDirection(a: bigint, b: bigint, direction: Direction): -1 | 0 | 1 {
  if (a === b) return 0;
  const aBetter = direction === 'higher' ? a > b : a < b;
  return aBetter ? -1 : 1;
}
