import type { Locale } from '@hongtu/contracts';
import {
  canConvert,
  convert,
  isUnitCode,
  parseNumberInput,
  parseUnitLabel,
  SCALE,
  toPlainString,
  unitLabel,
  type Dec,
  type UnitCode,
} from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';
import { readNumber, type CellContent } from '../../platform/imports/cells';
import { cellAt, textAt, type SheetParser } from '../../platform/imports/read-sheets';
import { amountFromDb } from '../../db/amount-codec';
import type { IndicatorRow } from '../indicators/indicators.table';
import type { MonthContext } from '../reporting/month-context';
import type { ImportedFigure } from './import-batch';
import { headerOf, normaliseText, type SheetHeader } from './sheet-headers';

const MAX_NOTE = 1000;
/** Rows that sum others up (合计 / 合計 / 总计 / 小计 / Total) are not indicators. */
const TOTAL_ROW = /^(合计|总计|小计|共计|累计合计|total|sum)/;

/** An indicator name as written in a sheet: numbering, "其中：", units in brackets and blanks removed. */
export function normaliseName(text: string): string {
  return normaliseText(text)
    .replace(/^(\d+[.、)]|[一二三四五六七八九十]+、|\(\d+\)|\([一二三四五六七八九十]+\))/, '')
    .replace(/^其中[:：]?/, '')
    .replace(/[(（[【][^()（）[\]【】]*[)）\]】]/g, '')
    .replace(/[*:：]+$/, '');
}

/** The template writes "'=…" for text that looks like a formula (safeCell); the note is the text without it. */
const restoreNeutralised = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

/** Finds an indicator by code or by its name in any of the three languages. */
export function indicatorIndex(indicators: IndicatorRow[]) {
  const byCode = new Map(indicators.map((i) => [i.code.toLowerCase(), i]));
  const byName = new Map<string, IndicatorRow>();
  for (const i of indicators) for (const name of [i.name_zh_cn, i.name_zh_tw, i.name_en]) byName.set(normaliseName(name), i);
  return (code: string, name: string) => byCode.get(code.trim().toLowerCase()) ?? (name ? byName.get(normaliseName(name)) : undefined);
}

/**
 * The row parser of a district-month's figures: one row per indicator (found
 * by code or name in any language), its year-to-date value converted exactly
 * into the indicator's unit, the reported growth and a note. Figures are
 * collected into `figures`; nothing is written.
 */
export function figureParser(m: MonthContext, locale: Locale, figures: ImportedFigure[]): SheetParser<SheetHeader> {
  const find = indicatorIndex(m.indicators);
  const seen = new Map<number, string>();
  return {
    header: (row) => headerOf(row),
    row(row, header, place) {
      const r = row.index;
      const { code: codeCol, name: nameCol, unit: unitCol, ytd: ytdCol, yoy: yoyCol, note: noteCol } = header.columns;
      const problem = (column: { column: number } | undefined, code: MessageCode, params: Record<string, string | number> = {}) =>
        place.problem(column?.column ?? null, code, params);
      const code = textAt(row, codeCol?.column);
      const name = textAt(row, nameCol?.column);
      const ytdContent = cellAt(row, ytdCol?.column);
      const yoyContent = cellAt(row, yoyCol?.column);
      const note = restoreNeutralised(textAt(row, noteCol?.column));
      const hasValues = ytdContent.kind !== 'empty' || yoyContent.kind !== 'empty';
      const label = name || code;

      if (TOTAL_ROW.test(normaliseText(label))) return;
      const indicator = find(code, name);
      if (!indicator) {
        // Section headings ("一、工业") and footnotes carry no figures; a row with figures must be known.
        if (hasValues) problem(nameCol ?? codeCol, 'IMPORT_UNKNOWN_INDICATOR', { name: label || '—' });
        return;
      }
      if (!hasValues && note === '') return;
      const first = seen.get(indicator.id);
      if (first) {
        problem(nameCol ?? codeCol, 'IMPORT_DUPLICATE_INDICATOR', { name: label, first });
        return;
      }
      seen.set(indicator.id, `${place.sheet}!${r}`);

      let ok = true;
      const report = (column: { column: number } | undefined): Report => (c, p) => {
        ok = false;
        problem(column, c, p);
      };
      const ytd = readFigure(ytdContent, report(ytdCol));
      const reportedYoy = readFigure(yoyContent, report(yoyCol));
      let converted: Dec | null = null;
      if (ytd !== null) {
        const from = sourceUnit(header, textAt(row, unitCol?.column), name, report(unitCol));
        converted = from === undefined ? null : toIndicatorUnit(ytd, from, indicator, locale, report(ytdCol));
      }
      if (note.length > MAX_NOTE) report(noteCol)('IMPORT_NOTE_TOO_LONG', { max: MAX_NOTE });
      if (!ok) return;

      const stored = m.figures.get(indicator.id);
      figures.push({
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        ytd: converted,
        // A sheet without a growth or note column leaves those as they are.
        reportedYoy: yoyCol ? reportedYoy : amountFromDb(stored?.reported_yoy ?? null),
        note: noteCol ? note || null : (stored?.note ?? null),
        sheet: place.sheet,
        row: r,
      });
    },
  };
}

export type Report = (code: MessageCode, params: Record<string, string | number>) => void;

function readFigure(content: CellContent, report: Report): Dec | null {
  const read = readNumber(content);
  if (read.kind === 'invalid') report(read.code, read.params);
  return read.kind === 'ok' ? read.value : null;
}

/**
 * The unit the row's value is written in: a unit column beats a unit in the
 * indicator name ("固定资产投资（万元）"), which beats one in the column header.
 * undefined = a unit was written but not recognised (reported); null = none written.
 */
function sourceUnit(header: SheetHeader, unitText: string, name: string, report: Report): UnitCode | null | undefined {
  if (unitText !== '') {
    const unit = parseUnitLabel(unitText);
    if (!unit) report('IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
    return unit ?? undefined;
  }
  return parseUnitLabel(name) ?? header.columns.ytd?.unit ?? null;
}

/** Converts exactly into the indicator's unit (万元 → 亿元 is a shift of four places); refuses what would not be exact. */
export function toIndicatorUnit(value: Dec, from: UnitCode | null, indicator: IndicatorRow, locale: Locale, report: Report): Dec | null {
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
