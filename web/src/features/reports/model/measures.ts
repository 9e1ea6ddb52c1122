import type { Locale } from '@hongtu/contracts';
import type { ReportSource } from '@hongtu/contracts/reports';
import { fmtUnit } from '../../../lib/format';

// A source names what its number is by a measure code (ytdValue, yoy, completion, rank …) and its
// unit by a unit code (yi_yuan, percent, pp); the page says both in the reader's language.

export const MEASURES = [
  'ytdValue', 'yoy', 'reportedYoy', 'reportedYoyComparable', 'completion', 'timeProgress', 'progressGap', 'rank', 'groupRank',
  'growthChange', 'growthGap', 'growthTarget', 'amountTarget', 'annualPlan', 'lastYearYtd', 'citySumYtd', 'cityCompletion',
  'cityYoy', 'count', 'countAhead', 'countBehind', 'plannedStarts', 'started', 'projectCount', 'ytdInvestment',
] as const;
export type Measure = (typeof MEASURES)[number];

export function isKnownMeasure(code: string): code is Measure {
  return (MEASURES as readonly string[]).includes(code);
}

/** The exact value with its unit as the reader's language writes it: "1321.84 亿元", "8.3 %", "12.6 个百分点"; a rank or count bare. */
export function exactValueText(source: Pick<ReportSource, 'value' | 'unit'>, locale: Locale): string {
  const unit = fmtUnit(source.unit, locale);
  return unit ? `${source.value} ${unit}` : source.value;
}
