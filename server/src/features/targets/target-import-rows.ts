import type { Comparator, Locale } from '@hongtu/contracts';
import { YEAR_RANGE } from '@hongtu/contracts/limits';
import { comparatorForDirection, fromScaled, normaliseTarget, parseUnitLabel, type UnitCode } from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';
import { readScaled, type CellContent } from '../../platform/imports/cells';
import { normalised } from '../../platform/imports/header-text';
import { toIndicatorUnitScaled, type Report } from '../../platform/imports/indicator-match';
import { cellAt, textAt, type RowPlace, type SheetParser } from '../../platform/imports/read-sheets';
import { scaledText } from '../../platform/imports/scaled';
import type { SheetRow } from '../../platform/imports/xlsx-sheet';
import type { IndicatorRow } from '../indicators/indicators.public';
import { q1Schedule, targetKey } from './target-import-batch';
import type { TargetRowsBuilder } from './target-import-columns';
import {
  parseComparator,
  parseFlag,
  targetHeaderOf,
  TOTAL_ROW,
  type OrganisationMatch,
  type TargetColumn,
  type TargetHeader,
} from './target-import-sheet';

/** What the targets parser collects while the pipeline streams the rows (in the import worker). */
export interface ParsedTargets {
  /** Rows that passed every rule, in the indicator's unit. */
  targets: TargetRowsBuilder;
  /** Codes or names of organisations outside the actor's scope that the file names (for the audit trail). */
  outOfScope: Set<string>;
}

export interface TargetSheetContext {
  defaultYear: number;
  locale: Locale;
  organisation: (code: string, name: string) => OrganisationMatch;
  indicator: (code: string, name: string) => IndicatorRow | undefined;
}

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
  // A number cell: its integer value (what its text would read as).
  if (content.kind === 'number') return Number.isInteger(content.value) && content.value >= YEAR_RANGE.min && content.value <= YEAR_RANGE.max ? content.value : undefined;
  const text = content.kind === 'error' ? '' : content.text;
  const year = Number(normalised(text).replace(/年$/, ''));
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : undefined;
}

type Verdict = ReturnType<typeof normaliseTarget<true>>;

/**
 * The row parser of the targets file, in long format: one row per
 * organisation × indicator (× year, with a 年度 column). Every rule of a row
 * is here; the pipeline (platform/imports) streams the rows to it. The
 * helpers below are made once per file, not per row (a 100,000-row file).
 */
export function targetParser(context: TargetSheetContext, out: ParsedTargets): SheetParser<TargetHeader> {
  const { locale } = context;
  /** The first row of each year × organisation × indicator: its sheet (index into `sheets`) × 2^20 + row number. */
  const seen = new Map<number | string, number>();
  const sheets: string[] = [];
  // normaliseTarget looks at which values a row gives, never at the values themselves: its verdict
  // is worked out once per shape of row (given values, comparators, flag, Q1 share), not per row.
  const verdicts = new Map<string, Verdict>();
  const verdict = (given: { amount: boolean; growth: boolean; noTarget: boolean }, amountComparator: Comparator | null, growthComparator: Comparator | null, q1Share: bigint | null) => {
    const key = `${given.amount}|${amountComparator}|${given.growth}|${growthComparator}|${given.noTarget}|${q1Share ?? ''}`;
    let found = verdicts.get(key);
    if (!found) {
      found = normaliseTarget<true>({
        amount: given.amount || null, amountComparator, growth: given.growth || null, growthComparator, noTarget: given.noTarget,
        schedule: q1Share === null ? null : q1Schedule(fromScaled(q1Share), null),
      }, { strict: true });
      verdicts.set(key, found);
    }
    return found;
  };

  // The row being read: where problems go, and how many it has.
  let place: RowPlace;
  let problems = 0;
  let amountColumn: TargetColumn | undefined;
  const problem = (column: TargetColumn | undefined, code: MessageCode, params: Record<string, string | number> = {}) => {
    problems++;
    place.problem(column?.column ?? null, code, params);
  };
  const reportAmount: Report = (code, params) => problem(amountColumn, code, params);
  const number = (content: CellContent, column: TargetColumn | undefined): bigint | null => {
    const read = readScaled(content);
    if (read.kind === 'invalid') problem(column, read.code, read.params);
    return read.kind === 'ok' ? read.scaled : null;
  };
  /** A comparator cell; left empty, the direction of the indicator says which way the target points. */
  const comparator = (row: SheetRow, column: TargetColumn | undefined, given: boolean, indicator: IndicatorRow): Comparator | null => {
    const written = textAt(row, column?.column);
    const value = parseComparator(written);
    if (value === undefined) {
      problem(column, 'IMPORT_TARGET_COMPARATOR', { value: written.slice(0, 20) });
      return null;
    }
    return given ? (value ?? comparatorForDirection(indicator.direction)) : null;
  };

  return {
    header: (row) => targetHeaderOf(row),
    row(row, header, at) {
      place = at;
      problems = 0;
      const r = row.index;
      const cols = header.columns;
      amountColumn = cols.amount;
      const orgColumn = cols.orgName ?? cols.orgCode;
      const indicatorColumn = cols.indicatorName ?? cols.indicatorCode;

      const orgCode = textAt(row, cols.orgCode?.column);
      const orgName = textAt(row, cols.orgName?.column);
      const amountContent = cellAt(row, cols.amount?.column);
      const growthContent = cellAt(row, cols.growth?.column);
      const shareContent = cellAt(row, cols.q1Share?.column);
      const flagText = textAt(row, cols.noTarget?.column);
      const hasValues = amountContent.kind !== 'empty' || growthContent.kind !== 'empty' || shareContent.kind !== 'empty' || flagText !== '';
      const orgLabel = orgName || orgCode;
      // Empty rows, titles of sections and 合计 rows carry no target; an empty target row leaves the target as it is.
      if (!hasValues || TOTAL_ROW.test(normalised(orgLabel))) return;

      const match = context.organisation(orgCode, orgName);
      if (match.kind === 'ambiguous') problem(orgColumn, 'IMPORT_TARGET_ORG_AMBIGUOUS', { name: orgLabel.slice(0, 60) });
      else if (match.kind !== 'ok') {
        if (match.kind === 'outOfScope') out.outOfScope.add(orgLabel.slice(0, 60));
        problem(orgColumn, 'IMPORT_TARGET_ORG_UNKNOWN', { name: orgLabel.slice(0, 60) || '—' });
      }
      const indicatorCode = textAt(row, cols.indicatorCode?.column);
      const indicatorName = textAt(row, cols.indicatorName?.column);
      const indicatorLabel = indicatorName || indicatorCode;
      const indicator = context.indicator(indicatorCode, indicatorName);
      if (!indicator) problem(indicatorColumn, 'IMPORT_UNKNOWN_INDICATOR', { name: indicatorLabel.slice(0, 60) || '—' });
      const year = readYear(cellAt(row, cols.year?.column), context.defaultYear);
      if (year === undefined) problem(cols.year, 'IMPORT_TARGET_YEAR', { value: textAt(row, cols.year?.column).slice(0, 20), ...YEAR_RANGE });
      if (match.kind !== 'ok' || !indicator || year === undefined) return;

      const key = targetKey(year, match.organisation.id, indicator.id);
      const first = seen.get(key);
      if (first !== undefined) {
        problem(indicatorColumn, 'IMPORT_TARGET_DUPLICATE', {
          organisation: match.organisation.name, year, indicator: indicatorLabel, first: `${sheets[Math.floor(first / 2 ** 20)]}!${first % 2 ** 20}`,
        });
        return;
      }
      if (sheets[sheets.length - 1] !== at.sheet) sheets.push(at.sheet);
      seen.set(key, (sheets.length - 1) * 2 ** 20 + r);

      const noTarget = parseFlag(flagText);
      if (noTarget === undefined) problem(cols.noTarget, 'IMPORT_TARGET_FLAG', { value: flagText.slice(0, 20) });
      const rawAmount = number(amountContent, cols.amount);
      let amount: bigint | null = null;
      if (rawAmount !== null) {
        // A unit column beats a unit in the column header.
        const unitText = textAt(row, cols.unit?.column);
        let from: UnitCode | null | undefined = cols.amount?.unit ?? null;
        if (unitText !== '') {
          from = unitOf(unitText);
          if (from === undefined) problem(cols.unit, 'IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
        }
        if (from !== undefined) amount = toIndicatorUnitScaled(rawAmount, from, indicator, locale, reportAmount);
      }
      const growth = number(growthContent, cols.growth);
      const q1Share = number(shareContent, cols.q1Share);
      const amountComparator = comparator(row, cols.amountComparator, rawAmount !== null, indicator);
      const growthComparator = comparator(row, cols.growthComparator, growth !== null, indicator);

      // The domain's rules of a target, on the row as written (amount in the sheet's unit). A Q1
      // share stands for a quarterly schedule; checked against a linear one here, it is valid
      // exactly when it lies in 0…100 (the stored schedule it is merged with comes at the dry run).
      // A comparator a value lacks was reported above, as not understood.
      const statement = verdict({ amount: rawAmount !== null, growth: growth !== null, noTarget: noTarget === true }, amountComparator, growthComparator, q1Share);
      if (!statement.ok) {
        const issues = new Set(statement.issues.map((i) => i.code));
        if (issues.has('schedule_invalid')) problem(cols.q1Share, 'IMPORT_TARGET_SHARE', { value: q1Share === null ? '' : scaledText(q1Share) });
        if (issues.has('no_target_with_values')) problem(cols.noTarget, 'IMPORT_TARGET_NO_TARGET_WITH_VALUES');
        // Asked for only when nothing else is wrong with the row (an unreadable "no target" flag included).
        if (issues.has('value_required') && noTarget === false && problems === 0) problem(cols.amount ?? cols.growth, 'IMPORT_TARGET_VALUE_REQUIRED');
        return;
      }
      if (problems > 0) return;

      const target = statement.target;
      out.targets.push({
        year, organisation: match.organisation.id, indicator: indicator.id,
        amount: target.amount === null ? null : amount, amountComparator: target.amountComparator,
        growth: target.growth === null ? null : growth, growthComparator: target.growthComparator,
        noTarget: target.noTarget, q1Share: target.schedule === null ? null : q1Share, sheet: at.sheet, row: r,
      });
    },
  };
}
