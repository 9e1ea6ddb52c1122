import type ExcelJS from 'exceljs';
import type { Comparator, Locale } from '@hongtu/contracts';
import { parseUnitLabel, type Dec, type UnitCode } from '@hongtu/domain';
import { translate, type MessageCode } from '../../platform/i18n/messages';
import type { IndicatorRow } from '../indicators/indicators.table';
import { cellContent, cellText, isMergedSlave, readNumber, type CellContent } from '../spreadsheets/cell-values';
import type { ImportProblem } from '../spreadsheets/import-batch';
import { toIndicatorUnit, type Report } from '../spreadsheets/import-parser';
import { normaliseText, withoutBrackets } from '../spreadsheets/sheet-headers';

/**
 * Reading a targets sheet in long format: one row per organisation ×
 * indicator (× year, when the sheet has a 年度 column), with the columns of
 * the template (target-template.ts) or their usual real-world spellings,
 * found by header text in any of the three languages.
 */
export type TargetColumnRole =
  | 'orgCode' | 'orgName' | 'indicatorCode' | 'indicatorName' | 'unit' | 'year'
  | 'amount' | 'amountComparator' | 'growth' | 'growthComparator' | 'q1Share' | 'noTarget';

export interface TargetColumn {
  column: number;
  header: string;
  /** A unit written in the header ("目标值（万元）"): the column's values are in it. */
  unit: UnitCode | null;
}

export interface TargetHeader {
  row: number;
  columns: Partial<Record<TargetColumnRole, TargetColumn>>;
}

/**
 * normaliseText (Traditional → Simplified through OpenCC, NFKC, no blanks, lower case) with a
 * cache: a 10k-row file repeats the same few hundred organisation names, codes and comparators.
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

// Order matters: "无目标" before "目标", "增速比较" before "增速" and "比较", "组织编码" before "组织",
// "单位名称" (an organisation) before "单位" (a unit of measure).
const RULES: ReadonlyArray<[TargetColumnRole, RegExp]> = [
  ['noTarget', /无目标|^notarget$/],
  ['q1Share', /一季度|^q1/],
  ['year', /^(年度|年份|年|year)$/],
  ['growthComparator', /(增速|增长|growth).*(比较|方向|comparator)/],
  ['growth', /增速|增长|增幅|growth/],
  ['amountComparator', /比较|方向|comparator/],
  ['orgCode', /(组织|单位|地区|区县|区划)(编码|代码|编号)|^(organisation|organization|org)code$/],
  ['indicatorCode', /指标(编码|代码|编号)|^indicatorcode$|^code$/],
  ['orgName', /组织|单位名称|地区|区县|县市区|^(organisation|organization|org|district)(name)?$/],
  ['indicatorName', /指标|项目|^indicator(name)?$|^item$/],
  ['unit', /^(计量)?单位$|^unit$/],
  ['amount', /目标|^target(value)?$|^value$/],
];

export function classifyTargetHeader(text: string): TargetColumnRole | null {
  const bare = withoutBrackets(normaliseText(text));
  if (bare === '') return null;
  for (const [role, pattern] of RULES) if (pattern.test(bare)) return role;
  return null;
}

const HEADER_SCAN_ROWS = 30;

/** The first row (of the first 30) naming an organisation, an indicator and a target column. */
export function findTargetHeader(sheet: ExcelJS.Worksheet): TargetHeader | null {
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns: TargetHeader['columns'] = {};
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, column) => {
      if (isMergedSlave(cell)) return;
      const header = cellText(cell);
      const role = classifyTargetHeader(header);
      if (!role || columns[role]) return;
      columns[role] = { column, header, unit: parseUnitLabel(header) };
    });
    const c = columns;
    if ((c.orgCode || c.orgName) && (c.indicatorCode || c.indicatorName) && (c.amount || c.growth || c.noTarget)) return { row: r, columns };
  }
  return null;
}

const GE = new Set(['≥', '>=', '≧', '>', '以上', '力争', '不低于', '至少', '达到', 'ge', 'min', 'atleast']);
const LE = new Set(['≤', '<=', '≦', '<', '以内', '控制在', '不高于', '不超过', '至多', 'le', 'max', 'atmost']);

/** ≥ / 以上 / 力争 → 'ge', ≤ / 以内 / 控制在 → 'le'; null when empty; undefined when not understood. */
export function parseComparator(text: string): Comparator | null | undefined {
  const t = withoutBrackets(normalised(text));
  if (t === '') return null;
  if (GE.has(t)) return 'ge';
  if (LE.has(t)) return 'le';
  return undefined;
}

const YES = new Set(['是', '是的', 'y', 'yes', 'true', '1', '√', '✓', '✔', '●', '无目标']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0', '-', '--', '—', '/']);

/** The "no target" flag: "是" / yes / TRUE / √ → true; empty / 否 / no → false; undefined otherwise. */
export function parseFlag(text: string): boolean | undefined {
  const t = normalised(text);
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** Rows that sum others up are not organisations. */
const TOTAL_ROW = /^(合计|总计|小计|共计|全市|total|sum)/;

export interface OrganisationRef {
  id: number;
  code: string;
  name: string;
  path: string;
}

export type OrganisationMatch = { kind: 'ok'; organisation: OrganisationRef } | { kind: 'unknown' | 'ambiguous' | 'outOfScope' };

/**
 * Finds organisations by code, else by name (Traditional, full-width and
 * blanks tolerated: compared as normaliseText). Every organisation is
 * searched so that an out-of-scope one can be told apart for the audit
 * trail; the user is told the same thing for both (no existence leak).
 */
export function organisationIndex(all: OrganisationRef[], inScope: (o: OrganisationRef) => boolean) {
  const byCode = new Map(all.map((o) => [normalised(o.code), o]));
  const byName = new Map<string, OrganisationRef[]>();
  for (const o of all) {
    const key = normalised(o.name);
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  return (code: string, name: string): OrganisationMatch => {
    if (code !== '') {
      const found = byCode.get(normalised(code));
      if (!found) return { kind: 'unknown' };
      return inScope(found) ? { kind: 'ok', organisation: found } : { kind: 'outOfScope' };
    }
    const candidates = byName.get(normalised(name)) ?? [];
    if (candidates.length === 0) return { kind: 'unknown' };
    const visible = candidates.filter(inScope);
    if (visible.length === 0) return { kind: 'outOfScope' };
    return visible.length === 1 ? { kind: 'ok', organisation: visible[0]! } : { kind: 'ambiguous' };
  };
}

/** One target row as read, in the indicator's unit, before it is compared with what is stored. */
export interface SheetTarget {
  year: number;
  organisation: OrganisationRef;
  indicator: IndicatorRow;
  amount: Dec | null;
  amountComparator: Comparator | null;
  growth: Dec | null;
  growthComparator: Comparator | null;
  noTarget: boolean;
  /** Cumulative share of the annual target due by the end of Q1, in percent. */
  q1Share: Dec | null;
  sheet: string;
  row: number;
}

export interface ParsedTargetSheet {
  targets: SheetTarget[];
  problems: ImportProblem[];
  headerFound: boolean;
  /** Codes or names of organisations outside the actor's scope that the file names (for the audit trail). */
  outOfScope: string[];
}

export interface TargetSheetContext {
  defaultYear: number;
  locale: Locale;
  organisation: (code: string, name: string) => OrganisationMatch;
  indicator: (code: string, name: string) => IndicatorRow | undefined;
}

const HUNDRED = 100;
const EMPTY: CellContent = { kind: 'empty' };

/** The unit a unit cell names (undefined: not recognised); the few distinct labels of a file are parsed once. */
const UNITS = new Map<string, UnitCode | undefined>();
function unitOf(text: string): UnitCode | undefined {
  if (text.length > 40) return parseUnitLabel(text) ?? undefined;
  if (!UNITS.has(text)) {
    if (UNITS.size >= 1000) UNITS.clear();
    UNITS.set(text, parseUnitLabel(text) ?? undefined);
  }
  return UNITS.get(text);
}

function readYear(content: CellContent, fallback: number): number | undefined {
  if (content.kind === 'empty') return fallback;
  const text = content.kind === 'number' ? String(content.value) : content.kind === 'error' ? '' : content.text;
  const year = Number(normalised(text).replace(/年$/, ''));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** Reads every visible sheet with a targets header; nothing is written. */
export function parseTargetWorkbook(workbook: ExcelJS.Workbook, context: TargetSheetContext): ParsedTargetSheet {
  const { locale } = context;
  const targets: SheetTarget[] = [];
  const problems: ImportProblem[] = [];
  const outOfScope = new Set<string>();
  const seen = new Map<string, string>();
  let headerFound = false;

  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const header = findTargetHeader(sheet);
    if (!header) continue;
    headerFound = true;
    const cols = header.columns;
    const problem = (row: number, column: TargetColumn | undefined, code: MessageCode, params: Record<string, string | number> = {}) =>
      problems.push({ sheet: sheet.name, row, column: column ? sheet.getColumn(column.column).letter : null, code, message: translate(code, locale, params) });

    // Helpers made once per sheet (not per row: a 10k-row file would create 10k of each).
    let r = header.row;
    let row = sheet.getRow(r);
    const text = (c: TargetColumn | undefined) => (c ? cellText(row.getCell(c.column)) : '');
    const content = (c: TargetColumn | undefined): CellContent => (c ? cellContent(row.getCell(c.column)) : EMPTY);
    const number = (c: CellContent, column: TargetColumn | undefined): Dec | null => {
      const read = readNumber(c);
      if (read.kind === 'invalid') problem(r, column, read.code, read.params);
      return read.kind === 'ok' ? read.value : null;
    };
    const reportUnit: Report = (c, p) => problem(r, cols.unit, c, p);
    const reportAmount: Report = (c, p) => problem(r, cols.amount, c, p);
    /** A comparator cell; left empty, the direction of the indicator says which way the target points. */
    const comparator = (column: TargetColumn | undefined, given: boolean, indicator: IndicatorRow): Comparator | null => {
      const value = parseComparator(text(column));
      if (value === undefined) {
        problem(r, column, 'IMPORT_TARGET_COMPARATOR', { value: text(column).slice(0, 20) });
        return null;
      }
      return given ? (value ?? (indicator.direction === 'lower' ? 'le' : 'ge')) : null;
    };
    const orgColumn = cols.orgName ?? cols.orgCode;
    const indicatorColumn = cols.indicatorName ?? cols.indicatorCode;

    for (r = header.row + 1; r <= sheet.rowCount; r++) {
      row = sheet.getRow(r);
      if (!row.hasValues) continue;
      const orgCode = text(cols.orgCode);
      const orgName = text(cols.orgName);
      const amountContent = content(cols.amount);
      const growthContent = content(cols.growth);
      const shareContent = content(cols.q1Share);
      const flagText = text(cols.noTarget);
      const hasValues = amountContent.kind !== 'empty' || growthContent.kind !== 'empty' || shareContent.kind !== 'empty' || flagText !== '';
      const orgLabel = orgName || orgCode;
      // Empty rows, titles of sections and 合计 rows carry no target; an empty target row leaves the target as it is.
      if (!hasValues || TOTAL_ROW.test(normalised(orgLabel))) continue;
      const before = problems.length;

      const match = context.organisation(orgCode, orgName);
      if (match.kind === 'ambiguous') problem(r, orgColumn, 'IMPORT_TARGET_ORG_AMBIGUOUS', { name: orgLabel.slice(0, 60) });
      else if (match.kind !== 'ok') {
        if (match.kind === 'outOfScope') outOfScope.add(orgLabel.slice(0, 60));
        problem(r, orgColumn, 'IMPORT_TARGET_ORG_UNKNOWN', { name: orgLabel.slice(0, 60) || '—' });
      }
      const indicatorCode = text(cols.indicatorCode);
      const indicatorName = text(cols.indicatorName);
      const indicatorLabel = indicatorName || indicatorCode;
      const indicator = context.indicator(indicatorCode, indicatorName);
      if (!indicator) problem(r, indicatorColumn, 'IMPORT_UNKNOWN_INDICATOR', { name: indicatorLabel.slice(0, 60) || '—' });
      const year = readYear(content(cols.year), context.defaultYear);
      if (year === undefined) problem(r, cols.year, 'IMPORT_TARGET_YEAR', { value: text(cols.year).slice(0, 20) });
      if (match.kind !== 'ok' || !indicator || year === undefined) continue;

      const key = `${year}:${match.organisation.id}:${indicator.id}`;
      const first = seen.get(key);
      if (first) {
        problem(r, indicatorColumn, 'IMPORT_TARGET_DUPLICATE', { organisation: match.organisation.name, year, indicator: indicatorLabel, first });
        continue;
      }
      seen.set(key, `${sheet.name}!${r}`);

      const noTarget = parseFlag(flagText);
      if (noTarget === undefined) problem(r, cols.noTarget, 'IMPORT_TARGET_FLAG', { value: flagText.slice(0, 20) });
      const rawAmount = number(amountContent, cols.amount);
      let amount: Dec | null = null;
      if (rawAmount !== null) {
        // A unit column beats a unit in the column header.
        const unitText = text(cols.unit);
        let from: UnitCode | null | undefined = cols.amount?.unit ?? null;
        if (unitText !== '') {
          from = unitOf(unitText);
          if (from === undefined) reportUnit('IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
        }
        if (from !== undefined) amount = toIndicatorUnit(rawAmount, from, indicator, locale, reportAmount);
      }
      const growth = number(growthContent, cols.growth);
      const q1Share = number(shareContent, cols.q1Share);
      if (q1Share !== null && (q1Share.isNegative() || q1Share.greaterThan(HUNDRED))) {
        problem(r, cols.q1Share, 'IMPORT_TARGET_SHARE', { value: q1Share.toString() });
      }
      const amountComparator = comparator(cols.amountComparator, rawAmount !== null, indicator);
      const growthComparator = comparator(cols.growthComparator, growth !== null, indicator);
      if (noTarget === true && (rawAmount !== null || growth !== null || q1Share !== null)) {
        problem(r, cols.noTarget, 'IMPORT_TARGET_NO_TARGET_WITH_VALUES');
      } else if (noTarget === false && rawAmount === null && growth === null && problems.length === before) {
        problem(r, cols.amount ?? cols.growth, 'IMPORT_TARGET_VALUE_REQUIRED');
      }
      if (problems.length > before) continue;

      targets.push({
        year, organisation: match.organisation, indicator, amount, amountComparator, growth, growthComparator,
        noTarget: noTarget === true, q1Share, sheet: sheet.name, row: r,
      });
    }
  }
  return { targets, problems, headerFound, outOfScope: [...outOfScope] };
}
