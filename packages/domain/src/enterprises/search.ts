// How a search box's words find enterprises (DOMAIN.md "Enterprise registry"): a credit code (or
// its start), 拼音 or 首字母 typed in Latin letters, or part of the name in Chinese characters.
import { normalizeCreditCode } from '../credit-code';

export type EnterpriseQuery =
  /** The start of a 统一社会信用代码: digits and capitals, at least one digit, up to 18 characters. */
  | { kind: 'code'; prefix: string }
  /** Latin letters: the start of the name's 拼音 or of its 首字母 (lower case, no spaces). */
  | { kind: 'pinyin'; prefix: string }
  /** Anything else: part of the name (Traditional characters converted before this rule). */
  | { kind: 'name'; text: string };

const CODE_PREFIX = /^[0-9A-HJ-NPQRTUWXY]{2,18}$/;

/** What the typed words are; undefined for an empty search. */
export function classifyEnterpriseQuery(input: string): EnterpriseQuery | undefined {
  const text = input.normalize('NFKC').trim();
  if (!text) return undefined;
  const compact = text.replace(/[\s'’]+/g, '');
  if (/^[a-zA-Z]+$/.test(compact)) {
    // Letters only: 拼音 / 首字母 — unless typed in capitals with digits, which the code rule takes.
    return { kind: 'pinyin', prefix: compact.toLowerCase() };
  }
  const code = normalizeCreditCode(text);
  if (CODE_PREFIX.test(code) && /\d/.test(code)) return { kind: 'code', prefix: code };
  return { kind: 'name', text: text.replace(/\s+/g, ' ') };
}

/**
 * The smallest string sorting after every string that starts with `prefix` (its last character
 * moved up by one): `x >= prefix and x < prefixEnd(prefix)` finds the prefix on a plain index.
 */
export function prefixEnd(prefix: string): string {
  if (!prefix) throw new Error('an empty prefix has no end');
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/**
 * The 拼音 key stored for a name: syllables joined, lower case, only a–z and digits kept
 * (Latin letters and digits in a name, as in "TCL", stay as they are).
 */
export function pinyinKey(syllables: readonly string[]): string {
  return syllables.join('').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The 首字母 key: the first letter (or digit) of each syllable, lower case. */
export function initialsKey(syllables: readonly string[]): string {
  return syllables.map((s) => pinyinKey([s]).charAt(0)).join('');
}
