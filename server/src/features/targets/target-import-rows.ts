import { YEAR_RANGE, type Comparator, type Locale } from '@hongtu/contracts';
import { comparatorForDirection, normaliseTarget, parseUnitLabel, type Dec, type UnitCode } from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';
import { readNumber, type CellContent } from '../../platform/imports/cells';
import { normalised } from '../../platform/imports/header-text';
import { toIndicatorUnit, type Report } from '../../platform/imports/indicator-match';
import { cellAt, textAt, type SheetParser } from '../../platform/imports/read-sheets';
import type { IndicatorRow } from '../indicators/indicators.public';
import { q1Schedule } from './target-import-batch';
import {
  parseComparator,
  parseFlag,
  targetHeaderOf,
  TOTAL_ROW,
  type OrganisationMatch,
  type SheetTarget,
  type TargetColumn,
  type TargetHeader,
} from './target-import-sheet';

/** What the targets parser collects while the pipeline streams the rows. */
export interface ParsedTargets {
  targets: SheetTarget[];
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
  const text = content.kind === 'number' ? String(content.value) : content.kind === 'error' ? '' : content.text;
  const year = Number(normalised(text).replace(/年$/, ''));
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : undefined;
}

/**
 * The row parser of the targets file, in long format: one row per
 * organisation × indicator (× year, with a 年度 column). Every rule of a row
 * is here; the pipeline (platform/imports) streams the rows to it.
 */
export function targetParser(context: TargetSheetContext, out: ParsedTargets): SheetParser<TargetHeader> {
  const { locale } = context;
  const seen = new Map<string, string>();
  // normaliseTarget looks at which values a row gives, never at the values themselves: its verdict
  // is worked out once per shape of row (given values, comparators, flag, Q1 share), not per row.
  const verdicts = new Map<string, ReturnType<typeof normaliseTarget<true>>>();
  const verdict = (given: { amount: boolean; growth: boolean; noTarget: boolean }, amountComparator: Comparator | null, growthComparator: Comparator | null, q1Share: Dec | null) => {
    const key = `${given.amount}|${amountComparator}|${given.growth}|${growthComparator}|${given.noTarget}|${q1Share?.toString() ?? ''}`;
    let found = verdicts.get(key);
    if (!found) {
      found = normaliseTarget<true>({
        amount: given.amount || null, amountComparator, growth: given.growth || null, growthComparator, noTarget: given.noTarget,
        schedule: q1Share === null ? null : q1Schedule(q1Share, null),
      }, { strict: true });
      verdicts.set(key, found);
    }
    return found;
  };
  return {
    header: (row) => targetHeaderOf(row),
    row(row, header, place) {
      const r = row.index;
      const cols = header.columns;
      let problems = 0;
      const problem = (column: TargetColumn | undefined, code: MessageCode, params: Record<string, string | number> = {}) => {
        problems++;
        place.problem(column?.column ?? null, code, params);
      };
      const text = (c: TargetColumn | undefined) => textAt(row, c?.column);
      const content = (c: TargetColumn | undefined): CellContent => cellAt(row, c?.column);
      const number = (c: CellContent, column: TargetColumn | undefined): Dec | null => {
        const read = readNumber(c);
        if (read.kind === 'invalid') problem(column, read.code, read.params);
        return read.kind === 'ok' ? read.value : null;
      };
      /** A comparator cell; left empty, the direction of the indicator says which way the target points. */
      const comparator = (column: TargetColumn | undefined, given: boolean, indicator: IndicatorRow): Comparator | null => {
        const value = parseComparator(text(column));
        if (value === undefined) {
          problem(column, 'IMPORT_TARGET_COMPARATOR', { value: text(column).slice(0, 20) });
          return null;
        }
        return given ? (value ?? comparatorForDirection(indicator.direction)) : null;
      };
      const orgColumn = cols.orgName ?? cols.orgCode;
      const indicatorColumn = cols.indicatorName ?? cols.indicatorCode;

      const orgCode = text(cols.orgCode);
      const orgName = text(cols.orgName);
      const amountContent = content(cols.amount);
      const growthContent = content(cols.growth);
      const shareContent = content(cols.q1Share);
      const flagText = text(cols.noTarget);
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
      const indicatorCode = text(cols.indicatorCode);
      const indicatorName = text(cols.indicatorName);
      const indicatorLabel = indicatorName || indicatorCode;
      const indicator = context.indicator(indicatorCode, indicatorName);
      if (!indicator) problem(indicatorColumn, 'IMPORT_UNKNOWN_INDICATOR', { name: indicatorLabel.slice(0, 60) || '—' });
      const year = readYear(content(cols.year), context.defaultYear);
      if (year === undefined) problem(cols.year, 'IMPORT_TARGET_YEAR', { value: text(cols.year).slice(0, 20), ...YEAR_RANGE });
      if (match.kind !== 'ok' || !indicator || year === undefined) return;

      const key = `${year}:${match.organisation.id}:${indicator.id}`;
      const first = seen.get(key);
      if (first) {
        problem(indicatorColumn, 'IMPORT_TARGET_DUPLICATE', { organisation: match.organisation.name, year, indicator: indicatorLabel, first });
        return;
      }
      seen.set(key, `${place.sheet}!${r}`);

      const noTarget = parseFlag(flagText);
      if (noTarget === undefined) problem(cols.noTarget, 'IMPORT_TARGET_FLAG', { value: flagText.slice(0, 20) });
      const rawAmount = number(amountContent, cols.amount);
      let amount: Dec | null = null;
      if (rawAmount !== null) {
        // A unit column beats a unit in the column header.
        const unitText = text(cols.unit);
        let from: UnitCode | null | undefined = cols.amount?.unit ?? null;
        if (unitText !== '') {
          from = unitOf(unitText);
          if (from === undefined) problem(cols.unit, 'IMPORT_UNIT_UNKNOWN', { unit: unitText.slice(0, 40) });
        }
        const reportAmount: Report = (c, p) => problem(cols.amount, c, p);
        if (from !== undefined) amount = toIndicatorUnit(rawAmount, from, indicator, locale, reportAmount);
      }
      const growth = number(growthContent, cols.growth);
      const q1Share = number(shareContent, cols.q1Share);
      const amountComparator = comparator(cols.amountComparator, rawAmount !== null, indicator);
      const growthComparator = comparator(cols.growthComparator, growth !== null, indicator);

      // The domain's rules of a target, on the row as written (amount in the sheet's unit). A Q1
      // share stands for a quarterly schedule; checked against a linear one here, it is valid
      // exactly when it lies in 0…100 (the stored schedule it is merged with comes at the dry run).
      // A comparator a value lacks was reported above, as not understood.
      const statement = verdict({ amount: rawAmount !== null, growth: growth !== null, noTarget: noTarget === true }, amountComparator, growthComparator, q1Share);
      const issues = new Set(statement.ok ? [] : statement.issues.map((i) => i.code));
      if (issues.has('schedule_invalid')) problem(cols.q1Share, 'IMPORT_TARGET_SHARE', { value: q1Share?.toString() ?? '' });
      if (issues.has('no_target_with_values')) problem(cols.noTarget, 'IMPORT_TARGET_NO_TARGET_WITH_VALUES');
      // Asked for only when nothing else is wrong with the row (an unreadable "no target" flag included).
      if (issues.has('value_required') && noTarget === false && problems === 0) problem(cols.amount ?? cols.growth, 'IMPORT_TARGET_VALUE_REQUIRED');
      if (problems > 0 || !statement.ok) return;

      const target = statement.target;
      out.targets.push({
        year, organisation: match.organisation, indicator,
        amount: target.amount === null ? null : amount, amountComparator: target.amountComparator,
        growth: target.growth === null ? null : growth, growthComparator: target.growthComparator,
        noTarget: target.noTarget, q1Share: target.schedule === null ? null : q1Share, sheet: place.sheet, row: r,
      });
    },
  };
}
