// Numbers of a report's sentences as bulletins write them (DOMAIN.md "Numbers and text as they
// appear"): amounts at the indicator's decimals without trailing zeros ("1202亿元", "525.69亿元"),
// rates at one decimal ("增长4.5%"), a rate stated by the unit with the decimals it was stated with
// ("增长15.61%"), percentage points at one or two decimals. Exact decimals only (decimal.ts).
import { compare, dec, sub, toPlainString, ZERO } from '../decimal';
import { GROWTH_PLACES } from '../format';
import { type UnitCode, isUnitCode, UNITS } from '../units';

/** Percent and points in sentences: one decimal ("75.2%", "0.2个百分点"). */
export const NARRATIVE_RATE_PLACES = GROWTH_PLACES;
/** A reported rate keeps its own decimals, up to two ("同比增长15.61%"). */
export const REPORTED_RATE_MAX_PLACES = 2;

/** The decimals a decimal text is written with ("15.61" → 2, "4.50" → 1, "1202" → 0). */
export function statedPlaces(text: string): number {
  const fraction = dec(text).toFixed().split('.')[1];
  return fraction === undefined ? 0 : fraction.length;
}

/** Rounded half-up to `places`, trailing zeros dropped ("1202.00" → "1202", "1660.48" at 1 → "1660.5"). */
export function trimmedText(value: string, places: number): string {
  return dec(toPlainString(dec(value), places)).toFixed();
}

/** An amount at the indicator's decimals, trailing zeros dropped: "1202", "525.69", "1.983" (as stored when more precise is asked). */
export function amountText(value: string, decimals: number): string {
  return trimmedText(value, Math.max(0, Math.min(decimals, 6)));
}

/** A rate in sentences: a stated rate with its own decimals (≤ 2), a computed one at one decimal. */
export function rateText(value: string, options: { stated?: boolean; places?: number } = {}): string {
  const places = options.places ?? (options.stated ? Math.min(statedPlaces(value), REPORTED_RATE_MAX_PLACES) : NARRATIVE_RATE_PLACES);
  return trimmedText(value, places);
}

/** Percentage points at `places` (1 by default), trailing zeros dropped. */
export function pointsText(value: string, places = NARRATIVE_RATE_PLACES): string {
  return trimmedText(value, places);
}

/** The unit's zh-CN label ("亿元", "人", "%"); an unknown code is written as given. */
export function unitWords(unit: string): string {
  return isUnitCode(unit) ? UNITS[unit as UnitCode].labels['zh-CN'] : unit;
}

/** The sign of a value once rounded as it will be written: 0.04 at one decimal is 持平. */
export function signAsWritten(value: string, places: number): -1 | 0 | 1 {
  return compare(dec(toPlainString(dec(value), places)), ZERO);
}

/**
 * The difference of two rates as bulletins state it, from the rates as published (rounded to
 * `places` first): 4.5 − 3.2 = 1.3 个百分点. Exact text of the difference.
 */
export function publishedDifference(current: string, previous: string, places = NARRATIVE_RATE_PLACES): string {
  return sub(dec(toPlainString(dec(current), places)), dec(toPlainString(dec(previous), places))).toFixed();
}

/** The magnitude of a decimal text ("-4.7" → "4.7"). */
export function magnitude(value: string): string {
  return dec(value).abs().toFixed();
}
