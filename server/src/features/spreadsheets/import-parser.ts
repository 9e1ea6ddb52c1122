import type { Locale } from '@hongtu/contracts';
import { parseUnitLabel, type Dec, type UnitCode } from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';
import { readNumber, type CellContent } from '../../platform/imports/cells';
import { normaliseText } from '../../platform/imports/header-text';
import { indicatorIndex, toIndicatorUnit, type Report } from '../../platform/imports/indicator-match';
import { cellAt, textAt, type SheetParser } from '../../platform/imports/read-sheets';
import { amountFromDb, type ScaledAmount } from '../../db/amount-codec';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { ImportedFigure } from './import-batch';
import { headerOf, type SheetHeader } from './sheet-headers';

const MAX_NOTE = 1000;
/** Rows that sum others up (合计 / 合計 / 总计 / 小计 / Total) are not indicators. */
const TOTAL_ROW = /^(合计|总计|小计|共计|累计合计|total|sum)/;

/** The template writes "'=…" for text that looks like a formula (safeCell); the note is the text without it. */
const restoreNeutralised = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

/** What the figures parser needs of the month: its indicators, and the figures stored (growth and note are kept when a sheet lacks their column). */
export interface FigureContext {
  indicators: IndicatorRow[];
  figures: ReadonlyMap<number, { reported_yoy: ScaledAmount | null; note: string | null }>;
}

/**
 * The row parser of a district-month's figures: one row per indicator (found
 * by code or name in any language), its year-to-date value converted exactly
 * into the indicator's unit, the reported growth and a note. Figures are
 * collected into `figures`; nothing is written.
 */
export function figureParser(m: FigureContext, locale: Locale, figures: ImportedFigure[]): SheetParser<SheetHeader> {
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
