// Which way is good (docs/DOMAIN.md "Direction"): most indicators are higher-is-better; some are
// lower-is-better (registered unemployment rate "控制在3.20%以内", energy use per unit of GDP).
// 以上 / 突破 / 超过 / 不低于 mean ≥, 以内 / 控制在 / 不超过 mean ≤ — both inclusive; 力争 and 确保
// mean ≥ only when nothing else is named ("力争控制在…以内" is ≤). The same words are stored
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
// A longer word is read before the shorter ones inside it, and what it covers is not read again:
// "不超过" is ≤ although it contains "超过" (≥), "不低于" is ≥.
const WORDS_AS_LISTED: ReadonlyArray<[string, TargetComparator]> = [
  ['不低于', 'ge'],
  ['不少于', 'ge'],
  ['以上', 'ge'],
  ['达到', 'ge'],
  ['突破', 'ge'],
  ['超过', 'ge'],
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
const COMPARATOR_WORDS = [...WORDS_AS_LISTED].sort((a, b) => b[0].length - a[0].length);

// Words of effort that name ≥ only when the phrase names nothing else: "力争增长10%" is ≥,
// "力争控制在3.5%以内" and "确保不超过" are ≤ (the effort goes to the ceiling).
const EFFORT_WORDS: ReadonlyArray<[string, TargetComparator]> = [
  ['力争', 'ge'],
  ['确保', 'ge'],
];

// Latin words, only as whole words in any case, so that "range" or "level" name nothing: the
// API's own words (ge / le) and the English of a translated workbook (at least, max …).
const LATIN_WORDS: ReadonlyArray<[RegExp, TargetComparator]> = [
  [/\b(ge|min|at ?least)\b/i, 'ge'],
  [/\b(le|max|at ?most)\b/i, 'le'],
];

const TRADITIONAL: Readonly<Record<string, string>> = { 於: '于', 達: '达', 過: '过', 內: '内', 爭: '争', 確: '确' };

/** The comparators the words name, longest words first; each character is read by one word only. */
function namedComparators(text: string, words: ReadonlyArray<[string, TargetComparator]>): { found: Set<TargetComparator>; rest: string } {
  let rest = text;
  const found = new Set<TargetComparator>();
  for (const [word, comparator] of words) {
    if (!rest.includes(word)) continue;
    found.add(comparator);
    rest = rest.split(word).join('\u0000');
  }
  return { found, rest };
}

/**
 * The comparator named in a target phrase ("增长9%以上" → ge, "控制在3.20%以內" → le, "突破1000亿元"
 * → ge, "力争控制在3.5%以内" → le) or a workbook cell ("≥", "以内", "at least"), or null when none
 * or contradictory ones are named (DOMAIN.md "Targets").
 */
export function parseComparatorWord(text: string): TargetComparator | null {
  const normalised = [...text].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  const { found, rest } = namedComparators(normalised, COMPARATOR_WORDS);
  for (const [word, c] of LATIN_WORDS) if (word.test(rest)) found.add(c);
  if (found.size === 0) {
    const effort = namedComparators(rest, EFFORT_WORDS).found;
    return effort.size === 1 ? [...effort][0] ?? null : null;
  }
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
