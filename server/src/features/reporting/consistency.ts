import type { CheckFinding, Locale } from '@hongtu/contracts';
import {
  REPORTED_GROWTH_TOLERANCE_PP,
  checkReportedGrowth,
  computesGrowth,
  detectUnitSlip,
  fixedText,
  fromDec,
  isWholeNumber,
  mayBeNegative,
  toPlainString,
  shownGrowth,
  yoyGrowth,
  type Dec,
  type Fixed,
  type IndicatorKind,
} from '@hongtu/domain';
import { translateFinding, type FindingCode } from './reporting.messages';
import type { IndicatorRow } from '../indicators/indicators.public';

/** What the checks know of one indicator's figure and its references. */
export interface FigureUnderCheck {
  indicator: IndicatorRow;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  note: string | null;
  previousYtd: Dec | null;
  lastYearYtd: Dec | null;
  /** The district is expected to report it (a target exists or it was reported last month). */
  expected: boolean;
}

function indicatorName(indicator: IndicatorRow, locale: Locale): string {
  return locale === 'en' ? indicator.name_en : locale === 'zh-TW' ? indicator.name_zh_tw : indicator.name_zh_cn;
}

/**
 * The dry run before submit and import (issue: "Consistency checks"): YTD that
 * must not fall, reported vs computed growth, 万/亿 unit slips, missing and
 * implausible values. Errors block; warnings are shown and kept.
 */
export function checkFigures(figures: FigureUnderCheck[], month: number, locale: Locale): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const f of figures) {
    const name = indicatorName(f.indicator, locale);
    const add = (severity: 'error' | 'warning', code: FindingCode, params: Record<string, string | number> = {}) =>
      findings.push({ indicatorCode: f.indicator.code, severity, code, message: translateFinding(code, locale, { indicator: name, ...params }) });

    if (f.ytd === null) {
      if (f.expected) add('error', 'MISSING');
      continue;
    }
    const value = toPlainString(f.ytd);
    const kind = f.indicator.kind;
    if ((!mayBeNegative(kind) && f.ytd.isNegative()) || (f.indicator.unit === 'percent' && f.ytd.greaterThan(100))) {
      add('error', 'OUT_OF_RANGE', { value });
      continue;
    }
    if (isWholeNumber(kind) && !f.ytd.isInteger()) {
      add('error', 'NOT_WHOLE', { value });
      continue;
    }
    if (f.reportedYoy !== null && (f.reportedYoy.lessThan(-100) || f.reportedYoy.greaterThan(1000))) {
      add('error', 'OUT_OF_RANGE', { value: `${toPlainString(f.reportedYoy)}%` });
    }
    if (f.indicator.ytd_non_decreasing === 1 && month > 1 && f.previousYtd !== null && f.ytd.lessThan(f.previousYtd)) {
      add('error', 'DECREASING_YTD', { value, previous: toPlainString(f.previousYtd) });
    }
    if (computesGrowth(kind)) {
      const slip = detectUnitSlip(f.ytd, { lastMonth: month > 1 ? f.previousYtd : null, lastYear: f.lastYearYtd });
      if (slip.kind !== 'none') {
        add('error', 'UNIT_SLIP', { value, reference: translateFinding(slip.against === 'last_month' ? 'LAST_MONTH' : 'LAST_YEAR', locale) });
      }
    }
    if (f.reportedYoy !== null && f.lastYearYtd !== null && computesGrowth(kind)) {
      const computed = yoyGrowth(fromDec(f.ytd), fromDec(f.lastYearYtd));
      const check = checkReportedGrowth(fromDec(f.reportedYoy), computed);
      if (check.status === 'disagrees' && computed !== null) {
        const params = { reported: toPlainString(f.reportedYoy), computed: fixedText(computed, 2, true), tolerance: fixedText(REPORTED_GROWTH_TOLERANCE_PP) };
        if (f.note && f.note.trim().length > 0) add('warning', 'YOY_MISMATCH_EXPLAINED', { ...params, note: f.note.trim() });
        else add('error', 'YOY_MISMATCH', params);
      }
    }
  }
  return findings;
}

/** Our own growth, shown beside the input (packages/domain shownGrowth). */
export function computedYoy(kind: IndicatorKind, ytd: Dec | null, lastYear: Dec | null): Fixed | null {
  return shownGrowth(kind, ytd === null ? null : fromDec(ytd), lastYear === null ? null : fromDec(lastYear));
}
