import type { CheckFinding, Locale } from '@hongtu/contracts';
import {
  REPORTED_GROWTH_TOLERANCE_PP,
  checkReportedGrowth,
  checksReportedGrowth,
  computedGrowths,
  computesGrowth,
  detectUnitSlip,
  fixedText,
  fromDec,
  isWholeNumber,
  mayBeNegative,
  periodLabel,
  rateRequired,
  toPlainString,
  type ComputedGrowths,
  type Dec,
  type Fixed,
} from '@hongtu/domain';
import { translateFinding, type FindingCode } from './reporting.messages';
import type { IndicatorRow } from '../indicators/indicators.public';

/** What the checks know of one indicator's figure and its references. */
export interface FigureUnderCheck {
  indicator: IndicatorRow;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  note: string | null;
  /** The adjusted last-year base (同口径) and the growth reported on it. */
  adjustedBase: Dec | null;
  reportedYoyComparable: Dec | null;
  /** The YTD of the indicator's previous due month (last month, the previous quarter …) and that month. */
  previousYtd: Dec | null;
  previousMonth: number | null;
  /** Last year's same-period figure as approved. */
  lastYearYtd: Dec | null;
  /** The district is expected to report it (a target exists or it was reported at its previous due month). */
  expected: boolean;
}

function indicatorName(indicator: IndicatorRow, locale: Locale): string {
  return locale === 'en' ? indicator.name_en : locale === 'zh-TW' ? indicator.name_zh_tw : indicator.name_zh_cn;
}

const growthOutOfRange = (g: Dec) => g.lessThan(-100) || g.greaterThan(1000);

/**
 * The dry run before submit and import (docs/DOMAIN.md "Consistency checks"): YTD that must not
 * fall, reported vs computed growth on each basis, 万/亿 unit slips, missing and implausible values.
 * Only the indicators due in the month are checked (the caller passes those). Errors block;
 * warnings are shown and kept.
 */
export function checkFigures(figures: FigureUnderCheck[], locale: Locale): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const f of figures) {
    const name = indicatorName(f.indicator, locale);
    const add = (severity: 'error' | 'warning', code: FindingCode, params: Record<string, string | number> = {}) =>
      findings.push({ indicatorCode: f.indicator.code, severity, code, message: translateFinding(code, locale, { indicator: name, ...params }) });
    const basis = f.indicator.growth_basis;
    const kind = f.indicator.kind;

    // A real-growth figure is its rate: the amount may be left empty, the rate may not.
    if (rateRequired(basis) && f.reportedYoy === null && (f.expected || f.ytd !== null)) add('error', 'MISSING_RATE');
    for (const growth of [f.reportedYoy, f.reportedYoyComparable]) {
      if (growth !== null && growthOutOfRange(growth)) add('error', 'OUT_OF_RANGE', { value: `${toPlainString(growth)}%` });
    }
    if (f.adjustedBase !== null && !mayBeNegative(kind) && f.adjustedBase.isNegative()) {
      add('error', 'OUT_OF_RANGE', { value: toPlainString(f.adjustedBase) });
    }

    if (f.ytd === null) {
      if (f.expected && !rateRequired(basis)) add('error', 'MISSING');
      continue;
    }
    const value = toPlainString(f.ytd);
    if ((!mayBeNegative(kind) && f.ytd.isNegative()) || (f.indicator.unit === 'percent' && f.ytd.greaterThan(100))) {
      add('error', 'OUT_OF_RANGE', { value });
      continue;
    }
    if (isWholeNumber(kind) && !f.ytd.isInteger()) {
      add('error', 'NOT_WHOLE', { value });
      continue;
    }
    const previousLabel = f.previousMonth === null ? '' : periodLabel({ year: 2000, month: f.previousMonth }, locale, { style: 'months' });
    if (f.indicator.ytd_non_decreasing === 1 && f.previousYtd !== null && f.ytd.lessThan(f.previousYtd)) {
      add('error', 'DECREASING_YTD', { value, previous: toPlainString(f.previousYtd), period: previousLabel });
    }
    if (computesGrowth(kind)) {
      const slip = detectUnitSlip(f.ytd, { lastMonth: f.previousYtd, lastYear: f.lastYearYtd });
      if (slip.kind !== 'none') {
        const reference = slip.against === 'last_month' ? translateFinding('PREVIOUS_REPORT', locale, { period: previousLabel }) : translateFinding('LAST_YEAR', locale);
        add('error', 'UNIT_SLIP', { value, reference });
      }
    }
    if (checksReportedGrowth(kind, basis)) {
      const growths = computedGrowths(kind, basis, fromDec(f.ytd), f.lastYearYtd === null ? null : fromDec(f.lastYearYtd), f.adjustedBase === null ? null : fromDec(f.adjustedBase));
      compareGrowth(f, f.reportedYoy, growths.natural, 'YOY_MISMATCH', add);
      compareGrowth(f, f.reportedYoyComparable, growths.comparable, 'COMPARABLE_MISMATCH', add);
    }
  }
  return findings;
}

/** A reported growth far from ours is an error, or a warning when the note explains it. */
function compareGrowth(
  f: FigureUnderCheck,
  reported: Dec | null,
  computed: Fixed | null,
  code: 'YOY_MISMATCH' | 'COMPARABLE_MISMATCH',
  add: (severity: 'error' | 'warning', code: FindingCode, params: Record<string, string | number>) => void,
): void {
  if (reported === null || computed === null) return;
  if (checkReportedGrowth(fromDec(reported), computed).status !== 'disagrees') return;
  const params = { reported: toPlainString(reported), computed: fixedText(computed, 2, true), tolerance: fixedText(REPORTED_GROWTH_TOLERANCE_PP) };
  if (f.note && f.note.trim().length > 0) add('warning', 'YOY_MISMATCH_EXPLAINED', { ...params, note: f.note.trim() });
  else add('error', code, params);
}

/** Our own growths, shown beside the input (packages/domain growth-basis.ts computedGrowths). */
export function figureGrowths(indicator: IndicatorRow, ytd: Dec | null, lastYear: Dec | null, adjustedBase: Dec | null): ComputedGrowths {
  const scaled = (v: Dec | null) => (v === null ? null : fromDec(v));
  return computedGrowths(indicator.kind, indicator.growth_basis, scaled(ytd), scaled(lastYear), scaled(adjustedBase));
}
