// Cultivation 培育 (docs/DOMAIN.md "Enterprise service"): enterprises a district helps into the
// statistics' 规模以上 (进规) and 限额以上 (进限) directories, their revenue against the threshold,
// the month they may enter, and the district's target ("一季度新增规上企业不少于 6 家") tracked
// like an indicator: completed against target against time progress.
import { type Dec, compare, sub, toScaled, ZERO } from '../decimal';
import { type Fixed, percentOf } from '../fixed-point';
import { type ProgressStatus, progressStatus } from '../progress';

/** Which directory a candidate aims at, by trade. */
export const CULTIVATION_KINDS = ['industry', 'wholesale', 'retail', 'accommodation', 'catering'] as const;
export type CultivationKind = (typeof CULTIVATION_KINDS)[number];

/** 进规 (规模以上工业) or 进限 (限额以上批发零售、住宿餐饮). */
export const CULTIVATION_GROUPS = ['above_scale', 'above_quota'] as const;
export type CultivationGroup = (typeof CULTIVATION_GROUPS)[number];

export const CULTIVATION_GROUP_OF: Readonly<Record<CultivationKind, CultivationGroup>> = {
  industry: 'above_scale', wholesale: 'above_quota', retail: 'above_quota', accommodation: 'above_quota', catering: 'above_quota',
};

/**
 * The statistical thresholds, annual 主营业务收入 in 万元, as 国家统计局 has applied them since the
 * 2011 statistical year: 规模以上工业企业 2000 万元及以上; 限额以上 批发业 2000 万元及以上, 零售业
 * 500 万元及以上, 住宿业和餐饮业 200 万元及以上. Decimal text, compared exactly.
 */
export const CULTIVATION_THRESHOLDS_WAN: Readonly<Record<CultivationKind, string>> = {
  industry: '2000', wholesale: '2000', retail: '500', accommodation: '200', catering: '200',
};
export const CULTIVATION_THRESHOLD_SOURCE = '国家统计局：规模以上工业企业、限额以上批发和零售业及住宿和餐饮业的统计起点标准（2011 年统计年报起执行）';

/** A candidate's standing: its threshold, how far it is from it, and whether it has reached it. */
export interface CultivationStanding {
  thresholdWan: string;
  /** What is still missing (0 once reached), 万元. */
  gapWan: Dec;
  reached: boolean;
  /** Revenue as a percent of the threshold (Fixed percent). */
  shareOfThreshold: Fixed;
}

export function cultivationStanding(kind: CultivationKind, revenueWan: Dec): CultivationStanding {
  const thresholdWan = CULTIVATION_THRESHOLDS_WAN[kind];
  const gap = sub(thresholdWan, revenueWan);
  const reached = compare(revenueWan, thresholdWan) >= 0;
  return {
    thresholdWan,
    gapWan: reached ? ZERO : gap,
    reached,
    shareOfThreshold: percentOf(toScaled(revenueWan), toScaled(thresholdWan))!,
  };
}

/** A month as 'YYYY-MM'. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The first month a candidate may be entered: the month after the one its revenue was counted to,
 * once it has reached the threshold (the directory is updated monthly for new entries); null
 * while it has not.
 */
export function cultivationMayEnterMonth(revenueMonth: string, reached: boolean): string | null {
  if (!reached) return null;
  const [y, m] = revenueMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The periods a cultivation target covers: a quarter or the whole year. */
export const CULTIVATION_TARGET_PERIODS = ['q1', 'q2', 'q3', 'q4', 'year'] as const;
export type CultivationTargetPeriod = (typeof CULTIVATION_TARGET_PERIODS)[number];

/** First and last month (1–12) of a target's period. */
export function cultivationPeriodMonths(period: CultivationTargetPeriod): { first: number; last: number } {
  if (period === 'year') return { first: 1, last: 12 };
  const q = Number(period.slice(1));
  return { first: q * 3 - 2, last: q * 3 };
}

export interface CultivationTargetProgress {
  completed: number;
  target: number;
  /** completed / target × 100 (Fixed percent). */
  completion: Fixed;
  /** Months of the period passed by the end of `asOfMonth` / months in the period × 100. */
  timeProgress: Fixed;
  status: ProgressStatus;
}

/**
 * A target tracked like an indicator: "≥ 6 into 规上 in Q1" with 2 entered by the end of February
 * is 33.33 % complete against a time progress of 66.67 %, behind.
 */
export function cultivationTargetProgress(input: { year: number; period: CultivationTargetPeriod; target: number; completed: number; asOf: { year: number; month: number } }): CultivationTargetProgress {
  const { first, last } = cultivationPeriodMonths(input.period);
  const months = last - first + 1;
  let passed: number;
  if (input.asOf.year < input.year) passed = 0;
  else if (input.asOf.year > input.year) passed = months;
  else passed = Math.max(0, Math.min(months, input.asOf.month - first + 1));
  const timeProgress = percentOf(BigInt(passed), BigInt(months))!;
  const completion = percentOf(BigInt(input.completed), BigInt(input.target))!;
  return { completed: input.completed, target: input.target, completion, timeProgress, status: progressStatus(completion, timeProgress, 'higher') };
}
