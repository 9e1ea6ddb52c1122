import type { Locale } from '@hongtu/contracts';
import {
  agrees,
  disagrees,
  findPeriodMentions,
  isUnitCode,
  parseUnitLabel,
  periodAgreement,
  unitLabel,
  type UnitCode,
} from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';
import { indicatorIndex, isTotalRow, toIndicatorUnitScaled, type Report } from '../../platform/imports/indicator-match';
import { cellAt, textAt, type SheetParser, type SheetPlace } from '../../platform/imports/read-sheets';
import { scaledText } from '../../platform/imports/scaled';
import { columnLetter, type SheetRow } from '../../platform/imports/xlsx-sheet';
import { amountFromDb } from '../../db/amount-codec';
import type { ImportedFigure } from './import-batch';
import { settleColumns } from './sheet-columns';
import { columnList, mentionLabel, organisationsNamed, reportedLabel, type UnitSource } from './sheet-evidence';
import { cellNumber, readGrowth, readUnitLine, unitOf, type SheetUnits } from './figure-cells';
import { headerOf, isNumberingRow, namingColumns, twoRowHeader, type HeaderColumn, type SheetHeader } from './sheet-headers';
import { isMarkedCodeColumn, markedCodeColumns, type MarkedColumn } from './template-marker';
import type { FigureContext, FigureFindings, Finding, Params, ValueRead } from './import-findings';

export type { ColumnRead, FigureContext, FigureFindings, Finding, ValueRead } from './import-findings';

const MAX_NOTE = 1000;

/** The template writes "'=…" for text that looks like a formula (safeCell); the note is the text without it. */
const restoreNeutralised = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');

interface Block {
  rows: { scaled: bigint; unit: UnitCode | null }[];
  broken: boolean;
}

interface SheetState {
  name: string;
  /** Why the sheet is not read (its name names another period or unit, and another sheet names this one). */
  skipped: boolean;
  preamble: { row: number; text: string }[];
  pendingTop: SheetRow | null;
  settled: 'read' | 'stopped' | null;
  /** Units of the sheet's unit line ("单位：万元、%"), by dimension. */
  units: SheetUnits;
  block: Block;
  /** Growth cells in General format below 1, decided when the whole column is known. */
  smallGrowths: { figure: ImportedFigure; value: ValueRead; scaled: bigint }[];
  growthFormats: { percent: number; general: number };
  /** The code column is the template's own, hidden (template-marker.ts): each row's code must agree with its name. */
  templateCodes: boolean;
  problems: { row: number | null; column: number | null; code: MessageCode; params: Params }[];
}

/**
 * The row parser of a district-month's figures (DOMAIN.md "Excel imports"): one row per
 * indicator (found by code, name in any language or alias), its year-to-date value converted
 * exactly into the indicator's unit, the reported growth and a note. On the way it cross-checks
 * the title, the sheet's name and the headers against the period and the unit being reported,
 * refuses hidden rows and columns and values whose column or unit cannot be told, asks when two
 * columns could hold the value, and records every value read. Nothing is written.
 */
export function figureParser(m: FigureContext, locale: Locale, figures: ImportedFigure[], found: FigureFindings): SheetParser<SheetHeader> {
  const find = indicatorIndex(m.indicators, m.aliases);
  const findNotDue = indicatorIndex(m.notDue, m.aliases);
  const seen = new Map<number, string>();
  const expected = reportedLabel(m.period, locale);
  const skipNotes = new Map<string, Finding>();
  const states = new Map<string, SheetState>();
  let marked: MarkedColumn[] = [];

  const stateOf = (sheet: string): SheetState => {
    let s = states.get(sheet);
    if (!s) {
      s = {
        name: sheet, skipped: skipNotes.has(sheet), preamble: [], pendingTop: null, settled: null, units: new Map(),
        block: { rows: [], broken: false }, smallGrowths: [], growthFormats: { percent: 0, general: 0 }, templateCodes: false, problems: [],
      };
      states.set(sheet, s);
    }
    return s;
  };
  const confirm = (sheet: string, row: number | null, column: number | null, code: MessageCode, params: Params) =>
    found.confirmations.push({ sheet, row, column: column ? columnLetter(column) : null, code, params });
  const note = (sheet: string, row: number | null, column: number | null, code: MessageCode, params: Params) =>
    found.notes.push({ sheet, row, column: column ? columnLetter(column) : null, code, params });

  /** The title, the sheet's name and the columns read, against the period and the unit reported. */
  function crossCheck(s: SheetState, header: SheetHeader, explicit: boolean) {
    const lines = s.preamble;
    const titleMentions = lines.flatMap((l) => findPeriodMentions(l.text));
    const title = periodAgreement(titleMentions, m.period);
    if (disagrees(title)) {
      const other = title.other!;
      const line = lines.find((l) => findPeriodMentions(l.text).some((x) => x.text === other.text)) ?? lines[0]!;
      const params = { sheet: s.name, text: line.text.slice(0, 60), found: mentionLabel(other), expected };
      if (explicit) confirm(s.name, line.row, null, 'IMPORT_TITLE_PERIOD_CONFIRM', { ...params, header: header.columns.ytd!.header });
      else s.problems.push({ row: line.row, column: null, code: 'IMPORT_TITLE_PERIOD', params });
    }
    const name = periodAgreement(findPeriodMentions(s.name), m.period);
    if (disagrees(name)) {
      const params = { sheet: s.name, found: mentionLabel(name.other!), expected };
      if (agrees(title) || explicit || name.year !== 'other') confirm(s.name, null, null, 'IMPORT_SHEET_PERIOD_CONFIRM', params);
      else s.problems.push({ row: null, column: null, code: 'IMPORT_SHEET_PERIOD', params });
    }
    const named = organisationsNamed(lines.map((l) => l.text).join(' '), m.organisations);
    if (named.others.length > 0) {
      const line = lines.find((l) => organisationsNamed(l.text, m.organisations).others.length > 0)!;
      const params = { sheet: s.name, found: named.others.join('、'), expected: m.organisations.name };
      if (named.own) confirm(s.name, line.row, null, 'IMPORT_TITLE_ORGANISATION_CONFIRM', params);
      else s.problems.push({ row: line.row, column: null, code: 'IMPORT_TITLE_ORGANISATION', params });
    }
    const inName = organisationsNamed(s.name, m.organisations);
    if (inName.others.length > 0 && !inName.own) {
      confirm(s.name, null, null, 'IMPORT_SHEET_ORGANISATION_CONFIRM', { sheet: s.name, found: inName.others.join('、'), expected: m.organisations.name });
    }
  }

  /** The header is complete: which columns are read, and whether the sheet is what it should be. */
  function settle(s: SheetState, header: SheetHeader) {
    s.settled = 'stopped';
    const at = (c: HeaderColumn) => ({ column: c.column, header: c.header });
    for (const c of header.all) {
      if (!c.hidden) continue;
      // The template's own code column, hidden under its marker: read, said so, and checked row by row against the names.
      if (c.role === 'code' && isMarkedCodeColumn(marked, s.name, c.column, header.row)) {
        s.templateCodes = true;
        note(s.name, header.row, c.column, 'IMPORT_TEMPLATE_CODE_COLUMN', { column: columnLetter(c.column), header: c.header });
        continue;
      }
      if (c.role === 'reference' || c.role === 'points') note(s.name, header.row, c.column, 'IMPORT_HIDDEN_COLUMN_NOT_READ', { column: columnLetter(c.column), header: c.header });
      else s.problems.push({ row: header.row, ...at(c), code: 'IMPORT_HIDDEN_COLUMN', params: { column: columnLetter(c.column), header: c.header } });
    }
    const settled = settleColumns(s.name, header, m.period, m.choices);
    const read = settled.kind === 'read' ? new Set(Object.values(header.columns)) : new Set<HeaderColumn>();
    for (const c of header.all) {
      found.columns.push({ sheet: s.name, column: columnLetter(c.column), header: c.header, role: c.role, read: read.has(c), unit: c.unit });
      if (c.role === 'points') note(s.name, header.row, c.column, 'IMPORT_POINTS_COLUMN', { header: c.header });
    }
    switch (settled.kind) {
      case 'other-period': {
        const c = settled.column;
        s.problems.push({ row: header.row, column: c.column, code: 'IMPORT_COLUMN_PERIOD', params: { header: c.header, found: mentionLabel(c.otherPeriod!), expected } });
        crossCheck(s, header, false);
        return;
      }
      case 'invalid-choice':
        s.problems.push({ row: header.row, column: null, code: 'IMPORT_COLUMN_CHOICE_INVALID', params: { sheet: s.name, column: settled.choice.column } });
        return;
      case 'ask':
        for (const q of settled.questions) {
          found.questions.push(q);
          s.problems.push({ row: header.row, column: null, code: q.role === 'ytd' ? 'IMPORT_COLUMN_AMBIGUOUS_YTD' : 'IMPORT_COLUMN_AMBIGUOUS_YOY', params: { sheet: s.name, columns: columnList(q.candidates, locale) } });
        }
        crossCheck(s, header, false);
        return;
      case 'read':
        if (settled.monthAsYtd) confirm(s.name, header.row, header.columns.ytd!.column, 'IMPORT_MONTH_COLUMN_AS_YTD', { header: header.columns.ytd!.header });
        crossCheck(s, header, settled.explicit);
        for (const l of s.preamble) readUnitLine(s.units, l.text);
        readUnitLine(s.units, rowText(header.top));
        s.settled = 'read';
    }
  }

  /** A total row (合计 / 全区合计): not an indicator; checked against the sum of the rows above it where they share its unit. */
  function total(s: SheetState, header: SheetHeader, row: SheetRow, label: string) {
    const block = s.block;
    s.block = { rows: [], broken: false };
    const ytd = header.columns.ytd!;
    const content = cellAt(row, ytd.column);
    if (row.hidden || content.kind === 'empty') return;
    const number = cellNumber(content, () => undefined);
    const unit = number ? number.unit ?? parseUnitLabel(textAt(row, header.columns.unit?.column)) ?? parseUnitLabel(label) ?? ytd.unit : null;
    const params = { row: row.index, name: label.slice(0, 40) };
    if (!number || block.broken || block.rows.length < 2 || block.rows.some((r) => r.unit !== unit)) {
      note(s.name, row.index, null, 'IMPORT_TOTAL_ROW', params);
      return;
    }
    const sum = block.rows.reduce((a, r) => a + r.scaled, 0n);
    if (sum === number.scaled) note(s.name, row.index, null, 'IMPORT_TOTAL_CHECKED', { ...params, sum: scaledText(sum) });
    else confirm(s.name, row.index, ytd.column, 'IMPORT_TOTAL_MISMATCH', { ...params, total: scaledText(number.scaled), sum: scaledText(sum) });
  }

  return {
    begin(sheets, workbook) {
      marked = markedCodeColumns(workbook.definedNames);
      // A workbook of several months or units: when a sheet's name names this period (or this unit), sheets named for others are not read.
      const visible = sheets.filter((s) => s.visible).map((s) => ({
        name: s.name, period: periodAgreement(findPeriodMentions(s.name), m.period), org: organisationsNamed(s.name, m.organisations),
      }));
      const periodNamed = visible.some((s) => agrees(s.period));
      const ownNamed = visible.some((s) => s.org.own && s.org.others.length === 0);
      for (const s of visible) {
        if (periodNamed && disagrees(s.period)) {
          skipNotes.set(s.name, { sheet: s.name, row: null, column: null, code: 'IMPORT_SHEET_SKIPPED_PERIOD', params: { sheet: s.name, found: mentionLabel(s.period.other!), expected } });
        } else if (ownNamed && !s.org.own && s.org.others.length > 0) {
          skipNotes.set(s.name, { sheet: s.name, row: null, column: null, code: 'IMPORT_SHEET_SKIPPED_ORGANISATION', params: { sheet: s.name, found: s.org.others.join('、') } });
        }
      }
      found.notes.push(...skipNotes.values());
    },

    header(row, sheet) {
      const s = stateOf(sheet);
      if (s.skipped) return null;
      if (s.pendingTop) {
        const two = twoRowHeader(s.pendingTop, row);
        if (two) return two;
        s.preamble.push({ row: s.pendingTop.index, text: rowText(s.pendingTop) });
        s.pendingTop = null;
      }
      const one = headerOf(row);
      if (one) return one;
      if (namingColumns(row).length > 0) s.pendingTop = row;
      else s.preamble.push({ row: row.index, text: rowText(row) });
      return null;
    },

    row(row, header, place) {
      const s = stateOf(place.sheet);
      if (s.settled === null) {
        if (header.open) {
          header.open = false;
          const two = twoRowHeader(header.top, row);
          if (two) {
            Object.assign(header, two);
            return;
          }
        }
        if (isNumberingRow(row)) return;
        settle(s, header);
      }
      if (s.settled !== 'read') return;

      const r = row.index;
      const { code: codeCol, name: nameCol, unit: unitCol, ytd: ytdCol, yoy: yoyCol, note: noteCol } = header.columns;
      const problem = (column: { column: number } | undefined, code: MessageCode, params: Params = {}) => place.problem(column?.column ?? null, code, params);
      const code = textAt(row, codeCol?.column);
      const name = textAt(row, nameCol?.column);
      const ytdContent = cellAt(row, ytdCol!.column);
      const yoyContent = cellAt(row, yoyCol?.column);
      const noteText = restoreNeutralised(textAt(row, noteCol?.column));
      const hasValues = ytdContent.kind !== 'empty' || yoyContent.kind !== 'empty';
      const label = name || code;

      if (isTotalRow(label)) return total(s, header, row, label);
      const indicator = find(code, name);
      // A hidden code is never the only word on which indicator a row is: its visible name must name the same one.
      if (indicator && s.templateCodes && code !== '' && find('', name)?.id !== indicator.id) {
        problem(nameCol ?? codeCol, 'IMPORT_TEMPLATE_CODE_NAME_MISMATCH', { row: r, code: code.slice(0, 40), name: name.slice(0, 40) || '—' });
        s.block.broken = true;
        return;
      }
      if (!indicator) {
        // An indicator not reported this month: a row left empty is fine (a template listing it), one with figures is refused.
        if (findNotDue(code, name)) {
          if (hasValues) problem(ytdContent.kind !== 'empty' ? ytdCol : yoyCol, 'IMPORT_NOT_DUE', { name: label, period: expected });
          return;
        }
        // Section headings ("一、工业") and footnotes carry no figures; a row with figures must be known.
        if (hasValues) {
          problem(nameCol ?? codeCol, 'IMPORT_UNKNOWN_INDICATOR', { name: label || '—' });
          s.block.broken = true;
        } else if (label !== '') s.block = { rows: [], broken: false };
        return;
      }
      if (!hasValues && noteText === '') return;
      if (row.hidden) {
        problem(undefined, 'IMPORT_HIDDEN_ROW', { row: r, name: label });
        s.block.broken = true;
        return;
      }
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
      const values: ValueRead[] = [];
      let ytd: bigint | null = null;
      const number = cellNumber(ytdContent, report(ytdCol));
      // A percentage (a cell formatted as one, or "12%") is a value only of an indicator counted in %.
      if (number && number.percent && indicator.unit !== 'percent') {
        report(ytdCol)('IMPORT_PERCENT_FOR_AMOUNT', { value: number.read, unit: isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit });
      } else if (number) {
        const unitText = textAt(row, unitCol?.column);
        const rowUnit = unitText === '' ? null : parseUnitLabel(unitText);
        if (unitText !== '' && !rowUnit) report(unitCol)('IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
        const stated: [UnitSource, UnitCode | null][] = [['cell', number.unit], ['row', rowUnit], ['name', parseUnitLabel(name)], ['column', ytdCol!.unit]];
        const from = ok ? unitOf(s.units, indicator, stated, report(ytdCol), locale) : undefined;
        if (from !== undefined) {
          ytd = toIndicatorUnitScaled(number.scaled, from?.unit ?? null, indicator, locale, report(ytdCol));
          const flags: ValueRead['flags'] = [];
          if (number.format === 'percent') flags.push({ code: 'IMPORT_VALUE_PERCENT_FORMAT', params: { value: number.read, percent: scaledText(number.scaled) } });
          if (!from) flags.push({ code: 'IMPORT_VALUE_UNIT_ASSUMED', params: { unit: isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit } });
          else if (from.unit !== indicator.unit && isUnitCode(indicator.unit)) flags.push({ code: 'IMPORT_VALUE_CONVERTED', params: { from: unitLabel(from.unit, locale), to: unitLabel(indicator.unit, locale) } });
          if (ytd !== null) {
            values.push({ sheet: place.sheet, cell: `${columnLetter(ytdCol!.column)}${r}`, row: r, indicatorCode: indicator.code, role: 'ytd', read: number.read, format: number.format, unit: from?.unit ?? null, unitSource: from?.source ?? null, stored: scaledText(ytd), flags });
            const written = number.unit ?? rowUnit ?? parseUnitLabel(name) ?? ytdCol!.unit;
            s.block.rows.push({ scaled: number.scaled, unit: written });
          }
        }
      }
      const growth = yoyCol ? readGrowth(s.growthFormats, yoyContent, report(yoyCol)) : null;
      if (growth) values.push({ sheet: place.sheet, cell: `${columnLetter(yoyCol!.column)}${r}`, row: r, indicatorCode: indicator.code, role: 'yoy', read: growth.read, format: growth.format, unit: 'percent', unitSource: null, stored: scaledText(growth.scaled), flags: growth.flags });
      if (noteText.length > MAX_NOTE) report(noteCol)('IMPORT_NOTE_TOO_LONG', { max: MAX_NOTE });
      if (!ok) {
        s.block.broken = true;
        return;
      }

      const stored = m.figures.get(indicator.id);
      const figure: ImportedFigure = {
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        ytd: ytd === null ? null : amountFromDb(ytd),
        // A sheet without a growth or note column leaves those as they are.
        reportedYoy: yoyCol ? (growth ? amountFromDb(growth.scaled) : null) : amountFromDb(stored?.reported_yoy ?? null),
        note: noteCol ? noteText || null : (stored?.note ?? null),
        sheet: place.sheet,
        row: r,
      };
      figures.push(figure);
      found.values.push(...values);
      if (growth?.small) s.smallGrowths.push({ figure, value: values.find((v) => v.role === 'yoy')!, scaled: growth.scaled });
    },

    endSheet(sheet, header, place: SheetPlace) {
      const s = stateOf(sheet);
      if (header && s.settled === null) settle(s, header);
      // A growth of 0.049 in General format among percentages: 4.9 % when every other number of the column says so; otherwise confirmed as written.
      for (const small of s.smallGrowths) {
        const { percent, general } = s.growthFormats;
        if (percent === 0) continue;
        const params = { cell: small.value.cell, value: small.value.read, percent: scaledText(small.scaled * 100n) };
        if (general === 1) {
          small.figure.reportedYoy = amountFromDb(small.scaled * 100n);
          small.value.stored = scaledText(small.scaled * 100n);
          small.value.flags.push({ code: 'IMPORT_VALUE_PERCENT_BY_COLUMN', params });
        } else confirm(sheet, small.figure.row, null, 'IMPORT_PERCENT_AS_WRITTEN', params);
      }
      for (const p of s.problems) place.problem(p.row, p.column, p.code, p.params);
    },
  };
}

/** A row's text cells, for a title line. */
function rowText(row: SheetRow): string {
  return row.cells.map((c) => (c && c.kind === 'text' ? c.text.trim() : '')).filter((t) => t !== '').join(' ');
}
