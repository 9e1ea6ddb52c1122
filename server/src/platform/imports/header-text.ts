import { toSimplified } from '../text/chinese';

/** Sheet text compared in Simplified, half-width, lower case, without blanks ("組織 名稱" = "组织名称"). */
export function normaliseText(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** Text without its bracketed parts, so a header "本年累计（万元）" matches like "本年累计". */
export const withoutBrackets = (text: string) => text.replace(/[(（[【][^()（）[\]【】]*[)）\]】]/g, '');

/**
 * normaliseText with a cache: a 10k-row file repeats the same few hundred organisation names,
 * codes and comparators, and the Traditional → Simplified conversion is the costly part.
 */
const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 20_000;
export function normalised(text: string): string {
  if (text.length > 64) return normaliseText(text);
  let value = NORMALISED.get(text);
  if (value === undefined) {
    value = normaliseText(text);
    if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear();
    NORMALISED.set(text, value);
  }
  return value;
}
