// How one cell of a figures sheet is read: a value with the unit it is written in, a growth rate
// in any of the ways districts write one, and the unit a row's value is in when the cell says none.
import type { Locale } from '@hongtu/contracts';
import { getUnit, isUnitCode, parseGrowthText, parseUnitLabel, toScaled, unitLabel, type Dimension, type UnitCode } from '@hongtu/domain';
import { cellText, excelNumberText, readScaled, type CellContent } from '../../platform/imports/cells';
import { normaliseText } from '../../platform/imports/header-text';
import type { Report } from '../../platform/imports/indicator-match';
import { scaledText } from '../../platform/imports/scaled';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { MessageCode } from '../../platform/i18n/messages';
import { sourceLabel, type UnitSource } from './sheet-evidence';

type Params = Record<string, string | number>;
export type ValueFlags = { code: MessageCode; params: Params }[];
export type CellFormat = 'number' | 'percent' | 'text';
/** Units a sheet's unit line names ("单位：万元、%"), by dimension. */
export type SheetUnits = Map<Dimension, Set<UnitCode>>;

const dimensionOf = (unit: string): Dimension | null => (isUnitCode(unit) ? getUnit(unit).dimension : null);
/** A growth below 1 in General format: maybe a fraction (0.049 for 4.9 %), decided by the column. */
const isSmall = (scaled: bigint) => scaled !== 0n && scaled > -1_000_000n && scaled < 1_000_000n;

/** The unit line above the header: "单位：万元", "（单位：亿元、%）", "金额单位：萬元". */
export function readUnitLine(units: SheetUnits, text: string) {
  for (const match of normaliseText(text).matchAll(/单位[:：]?([^)）\]】]*)/g)) {
    for (const piece of match[1]!.split(/[、,，;；]+/)) {
      const unit = parseUnitLabel(piece);
      if (!unit) continue;
      const dimension = getUnit(unit).dimension;
      if (!units.has(dimension)) units.set(dimension, new Set());
      units.get(dimension)!.add(unit);
    }
  }
}

/**
 * The unit a row's value is written in, from the most particular place that says one: the cell
 * (a unit typed after the number, or one its number format writes), the row's unit column, the
 * indicator's name ("固定资产投资（万元）"), the column header. Two of these naming different units
 * of the same kind (万元 in the header, 亿元 in the unit column) are refused. The sheet's unit line
 * ("单位：亿元、%") is the default when none of them names a unit of the indicator's kind; a line
 * naming two of that kind ("单位：万元、亿元") is refused. undefined: refused (reported); null: none written.
 */
export function unitOf(
  units: SheetUnits,
  indicator: IndicatorRow,
  stated: [UnitSource, UnitCode | null][],
  report: Report,
  locale: Locale,
): { unit: UnitCode; source: UnitSource } | null | undefined {
  const said = stated.filter((e): e is [UnitSource, UnitCode] => e[1] !== null);
  const clashIn = (list: [UnitSource, UnitCode][]) => {
    const [source, unit] = list[0]!;
    const clash = list.find(([, other]) => other !== unit && getUnit(other).dimension === getUnit(unit).dimension);
    if (!clash) return false;
    report('IMPORT_UNIT_CONFLICT', { a: unitLabel(unit, locale), where: sourceLabel(source, locale), b: unitLabel(clash[1], locale), whereB: sourceLabel(clash[0], locale) });
    return true;
  };
  if (said.length > 0) return clashIn(said) ? undefined : { unit: said[0]![1], source: said[0]![0] };
  const dimension = dimensionOf(indicator.unit);
  const line = dimension ? [...(units.get(dimension) ?? [])].map((u): [UnitSource, UnitCode] => ['sheet', u]) : [];
  if (line.length === 0) return null;
  return clashIn(line) ? undefined : { unit: line[0]![1], source: 'sheet' };
}

/** A value cell's number: the cell as text or number, with a unit typed after the number ("1,234.5万元"). */
export function cellNumber(
  content: CellContent,
  report: Report,
): { scaled: bigint; unit: UnitCode | null; read: string; format: CellFormat; percent: boolean } | null | undefined {
  if (content.kind === 'empty') return null;
  if (content.kind === 'number' && content.display) {
    report(content.display === 'hidden' ? 'IMPORT_CELL_FORMAT_HIDDEN' : 'IMPORT_CELL_FORMAT_SCALED', { value: excelNumberText(content.value) });
    return undefined;
  }
  let read = content;
  let unit: UnitCode | null = content.kind === 'number' ? content.unit ?? null : null;
  if (content.kind === 'text') {
    const suffixed = /^(.*[\d０-９])\s*([^\d０-９\s.,，．%％+\-－]+)$/.exec(content.text.trim());
    const suffix = suffixed ? parseUnitLabel(suffixed[2]!) : null;
    if (suffix) {
      unit = suffix;
      read = { kind: 'text', text: suffixed![1]! };
    }
  }
  const value = readScaled(read);
  if (value.kind === 'invalid') {
    report(value.code, value.params);
    return undefined;
  }
  if (value.kind === 'empty') return null;
  const format = content.kind === 'number' ? (content.percentFormat ? 'percent' : 'number') : 'text';
  const percent = content.kind === 'number' ? content.percentFormat : /[%％]\s*$/.test(content.text);
  return { scaled: value.scaled, unit, read: cellText(content), format, percent };
}

/**
 * A growth cell: "5.2", a cell formatted as a percentage, "下降3.2%", "增长 5.2 %". Counts the
 * column's number formats in `formats` so that a lone 0.049 among percentages can be read as 4.9 %.
 */
export function readGrowth(
  formats: { percent: number; general: number },
  content: CellContent,
  report: Report,
): { scaled: bigint; read: string; format: CellFormat; flags: ValueFlags; small: boolean } | null | undefined {
  if (content.kind === 'empty') return null;
  if (content.kind === 'number' && content.display) {
    report(content.display === 'hidden' ? 'IMPORT_CELL_FORMAT_HIDDEN' : 'IMPORT_CELL_FORMAT_SCALED', { value: excelNumberText(content.value) });
    return undefined;
  }
  const read = cellText(content);
  if (content.kind === 'text') {
    const growth = parseGrowthText(content.text);
    switch (growth.kind) {
      case 'empty': return null;
      case 'points':
        report('IMPORT_POINTS_NOT_GROWTH', { value: read.slice(0, 40) });
        return undefined;
      case 'invalid':
        report(growth.reason === 'too_precise' ? 'NUMBER_TOO_PRECISE' : 'NUMBER_INVALID', { value: read.slice(0, 40) });
        return undefined;
      case 'rate': {
        let scaled: bigint;
        try {
          scaled = toScaled(growth.value);
        } catch {
          report('NUMBER_INVALID', { value: read.slice(0, 40) });
          return undefined;
        }
        return { scaled, read, format: 'text', flags: growth.worded && scaled < 0n ? [{ code: 'IMPORT_VALUE_SIGN_FROM_WORDS', params: { value: read } }] : [], small: false };
      }
    }
  }
  const value = readScaled(content);
  if (value.kind === 'invalid') {
    report(value.code, value.params);
    return undefined;
  }
  if (value.kind === 'empty') return null;
  const percent = content.kind === 'number' && content.percentFormat;
  if (content.kind === 'number') formats[percent ? 'percent' : 'general']++;
  const flags: ValueFlags = percent ? [{ code: 'IMPORT_VALUE_PERCENT_FORMAT', params: { value: read, percent: scaledText(value.scaled) } }] : [];
  return { scaled: value.scaled, read, format: percent ? 'percent' : content.kind === 'number' ? 'number' : 'text', flags, small: content.kind === 'number' && !percent && isSmall(value.scaled) };
}
