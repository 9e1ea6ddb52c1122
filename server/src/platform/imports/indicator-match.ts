import type { Locale } from '@hongtu/contracts';
import { canConvert, convert, fromScaled, getUnit, isUnitCode, parseNumberInput, SCALE, toPlainString, toScaled, unitLabel, type Dec, type UnitCode } from '@hongtu/domain';
import { scaledText } from './scaled';
import type { MessageCode } from '../i18n/messages';
import { normaliseText, withoutBrackets } from './header-text';

/** Reports a problem of the cell being read. */
export type Report = (code: MessageCode, params: Record<string, string | number>) => void;

/** What an import needs to know of a catalogue indicator to find it in a sheet. */
export interface IndicatorNames {
  code: string;
  name_zh_cn: string;
  name_zh_tw: string;
  name_en: string;
}

/** An indicator name as written in a sheet: numbering, "其中：", units in brackets and blanks removed. */
export function normaliseName(text: string): string {
  return withoutBrackets(
    normaliseText(text)
      .replace(/^(\d+[.、)]|[一二三四五六七八九十]+、|\(\d+\)|\([一二三四五六七八九十]+\))/, '')
      .replace(/^其中[:：]?/, ''),
  ).replace(/[*:：]+$/, '');
}

/** Another name of an indicator, as the city keeps them (固投 for 固定资产投资, GDP for 地区生产总值 …). */
export interface IndicatorAlias {
  code: string;
  alias: string;
}

/**
 * Finds an indicator by code, else by its name in any of the three languages, else by one of
 * its aliases; names and aliases compare as normaliseName writes them (Simplified, no numbering,
 * no units in brackets).
 */
export function indicatorIndex<I extends IndicatorNames>(indicators: readonly I[], aliases: readonly IndicatorAlias[] = []): (code: string, name: string) => I | undefined {
  const byCode = new Map(indicators.map((i) => [i.code.toLowerCase(), i]));
  const byName = new Map<string, I>();
  for (const a of aliases) {
    const indicator = byCode.get(a.code.toLowerCase());
    if (indicator) byName.set(normaliseName(a.alias), indicator);
  }
  // Official names win over an alias spelt the same.
  for (const i of indicators) for (const name of [i.name_zh_cn, i.name_zh_tw, i.name_en]) byName.set(normaliseName(name), i);
  return (code, name) => byCode.get(code.trim().toLowerCase()) ?? (name ? byName.get(normaliseName(name)) : undefined);
}

/** Rows that sum others up (合计 / 全区合计 / 總計 / 小计 / Total): never an indicator. */
const TOTAL_ROW = /^(?:全区|全市|全县|全省|本区|全部|各区|区|市)?(?:合计|总计|小计|共计|累计合计)|^(?:total|sum|grandtotal)/;
export const isTotalRow = (label: string): boolean => TOTAL_ROW.test(normaliseName(label));

/**
 * Converts a value exactly into the indicator's unit (万元 → 亿元 is a shift of four places);
 * refuses, through `report`, a unit of another dimension and what would not be exact.
 */
export function toIndicatorUnit(value: Dec, from: UnitCode | null, indicator: { unit: string }, locale: Locale, report: Report): Dec | null {
  const to = indicator.unit;
  if (from === null || !isUnitCode(to) || from === to) return value;
  if (!canConvert(from, to)) {
    report('IMPORT_UNIT_MISMATCH', { unit: unitLabel(from, locale), expected: unitLabel(to, locale) });
    return null;
  }
  const converted = convert(value, from, to);
  if (converted.decimalPlaces() > SCALE) {
    report('IMPORT_CONVERTED_TOO_PRECISE', { value: toPlainString(value), unit: unitLabel(to, locale), places: SCALE });
    return null;
  }
  if (parseNumberInput(toPlainString(converted)).kind !== 'ok') {
    report('NUMBER_INVALID', { value: toPlainString(value) });
    return null;
  }
  return converted;
}

const MAX_SCALED = 2n ** 63n - 1n;

/** A unit's factor as an integer (亿元 = 10^8 元), or null when it is none. */
const FACTORS = new Map<UnitCode, bigint | null>();
function integerFactor(unit: UnitCode): bigint | null {
  let factor = FACTORS.get(unit);
  if (factor === undefined) {
    const exact = getUnit(unit).factor;
    FACTORS.set(unit, (factor = exact.isInteger() ? BigInt(exact.toFixed()) : null));
  }
  return factor;
}

/**
 * toIndicatorUnit on a scaled integer (value × 10^6): the same rules and problems, in integer
 * arithmetic where the units' factors are integers (all of today's), else through toIndicatorUnit.
 */
export function toIndicatorUnitScaled(scaled: bigint, from: UnitCode | null, indicator: { unit: string }, locale: Locale, report: Report): bigint | null {
  const to = indicator.unit;
  if (from === null || !isUnitCode(to) || from === to) return scaled;
  if (!canConvert(from, to)) {
    report('IMPORT_UNIT_MISMATCH', { unit: unitLabel(from, locale), expected: unitLabel(to, locale) });
    return null;
  }
  const num = integerFactor(from);
  const den = integerFactor(to);
  if (num === null || den === null) {
    const converted = toIndicatorUnit(fromScaled(scaled), from, indicator, locale, report);
    return converted === null ? null : toScaled(converted);
  }
  const product = scaled * num;
  if (product % den !== 0n) {
    report('IMPORT_CONVERTED_TOO_PRECISE', { value: scaledText(scaled), unit: unitLabel(to, locale), places: SCALE });
    return null;
  }
  const converted = product / den;
  if (converted > MAX_SCALED || converted < -MAX_SCALED) {
    report('NUMBER_INVALID', { value: scaledText(scaled) });
    return null;
  }
  return converted;
}
