import type { Comparator, Locale } from '@hongtu/contracts';
import { YEAR_RANGE } from '@hongtu/contracts/limits';
import { checkPeriodTarget, comparatorForDirection, fromScaled, normaliseTarget, parseUnitLabel, type PeriodTargetIssue, type UnitCode } from '@hongtu/domain';
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

/**
 * A Q1 target stated as an amount (一季度目标, docs/DOMAIN.md "Period targets"), as the targets screen
 * states it: January–March, in the indicator's unit (scaled × 10^6), with its comparator.
 */
export interface Q1AmountRow {
  year: number;
  organisation: number;
  indicator: number;
  amount: bigint;
  comparator: Comparator;
  sheet: string;
  row: number;
}

/** The end month of a Q1 target (period_targets.through_month). */
export const Q1_THROUGH_MONTH = 3;

/** The problem each rule of a period target names on the cell. */
const Q1_ISSUES: Record<PeriodTargetIssue['code'], MessageCode> = {
  month_out_of_range: 'PERIOD_TARGET_MONTH',
  value_required: 'PERIOD_TARGET_VALUE_REQUIRED',
  comparator_required: 'PERIOD_TARGET_COMPARATOR',
  not_whole: 'PERIOD_TARGET_NOT_WHOLE',
  negative: 'PERIOD_TARGET_NEGATIVE',
};

/** What the targets parser collects while the pipeline streams the rows (in the import worker). */
export interface ParsedTargets {
  /** Rows that passed every rule, in the indicator's unit. */
  targets: TargetRowsBuilder;
  /** Q1 targets stated as amounts, of the rows that passed every rule. */
  q1Amounts: Q1AmountRow[];
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
      const q1AmountContent = cellAt(row, cols.q1Amount?.column);
      const flagText = textAt(row, cols.noTarget?.column);
      // The annual target's cells; a row may state its Q1 amount alone and leave the annual target as it is.
      const hasAnnual = amountContent.kind !== 'empty' || growthContent.kind !== 'empty' || shareContent.kind !== 'empty' || flagText !== '';
      const hasValues = hasAnnual || q1AmountContent.kind !== 'empty';
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
      // A unit column beats a unit in the column header; an unknown unit is named once, when an amount needs it.
      const unitText = textAt(row, cols.unit?.column);
      let unitRefused = false;
      /** A value of an amount column in the indicator's unit (null: empty, unreadable or not convertible, each reported). */
      const inIndicatorUnit = (raw: bigint | null, column: TargetColumn | undefined): bigint | null => {
        if (raw === null) return null;
        let from: UnitCode | null | undefined = column?.unit ?? null;
        if (unitText !== '') {
          from = unitOf(unitText);
          if (from === undefined) {
            if (!unitRefused) problem(cols.unit, 'IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
            unitRefused = true;
            return null;
          }
        }
        amountColumn = column;
        return toIndicatorUnitScaled(raw, from, indicator, locale, reportAmount);
      };
      const rawAmount = number(amountContent, cols.amount);
      const amount = inIndicatorUnit(rawAmount, cols.amount);
      const growth = number(growthContent, cols.growth);
      const q1Share = number(shareContent, cols.q1Share);
      const amountComparator = comparator(row, cols.amountComparator, rawAmount !== null, indicator);
      const growthComparator = comparator(row, cols.growthComparator, growth !== null, indicator);

      // The Q1 target as an amount: converted like the annual amount, checked as the targets screen checks it.
      const rawQ1 = number(q1AmountContent, cols.q1Amount);
      const q1Amount = inIndicatorUnit(rawQ1, cols.q1Amount);
      const q1Comparator = comparator(row, cols.q1Comparator, rawQ1 !== null, indicator);
      if (q1Amount !== null && q1Comparator !== null) {
        const issue = checkPeriodTarget(indicator.kind, { throughMonth: Q1_THROUGH_MONTH, amount: fromScaled(q1Amount), comparator: q1Comparator })[0];
        if (issue) problem(cols.q1Amount, Q1_ISSUES[issue.code]);
      }
      const pushQ1 = () => {
        if (q1Amount === null || q1Comparator === null) return;
        out.q1Amounts.push({ year, organisation: match.organisation.id, indicator: indicator.id, amount: q1Amount, comparator: q1Comparator, sheet: at.sheet, row: r });
      };
      if (!hasAnnual) {
        if (problems === 0) pushQ1();
        return;
      }

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

      pushQ1();
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
