// The link between major projects and the district's reported fixed-asset investment 固定资产投资
// (docs/DOMAIN.md "Major projects" → "Projects and the district's investment"): per district and
// month, the year-to-date investment of its projects entered into statistics 入库/纳统 beside the
// district's approved figure, the difference, the projects' share, and a flag when they disagree.
import { percentOf, type Fixed } from '../fixed-point';

export const INDICATOR_LINK_FLAGS = ['consistent', 'projects_exceed_reported', 'no_reported_figure', 'no_projects'] as const;
export type IndicatorLinkFlag = (typeof INDICATOR_LINK_FLAGS)[number];

/** 1 亿元 = 10 000 万元: project amounts are kept in 万元, the indicator in 亿元 (both scaled × 10^6). */
const WAN_PER_YI = 10_000n;

export interface IndicatorLinkInput {
  /** Sum of the year-to-date investment of the district's in-statistics projects (万元, scaled). */
  projectsYtdWan: bigint;
  /** How many projects make that sum. */
  projectCount: number;
  /** The district's approved fixed-asset investment, year to date (亿元, scaled), or null when none is approved (or due) that month. */
  reportedYtdYi: bigint | null;
}

export interface IndicatorLink {
  /** The reported figure in 万元 (exact: × 10 000), null without one. */
  reportedYtdWan: bigint | null;
  /** reported − projects (万元): the investment of the district outside its major projects; negative when the projects exceed it. */
  difference: bigint | null;
  /** projects / reported (percent), null without a positive reported figure. */
  share: Fixed | null;
  flag: IndicatorLinkFlag;
}

/**
 * The projects in statistics are part of the district's fixed-asset investment, so their sum can
 * never exceed it: more is flagged (`projects_exceed_reported`: a project's report or the district's
 * figure is wrong). Without an approved figure (January is not reported, or the month is not
 * approved yet) the sum stands alone (`no_reported_figure`); with no project in statistics,
 * `no_projects`.
 */
export function indicatorLink(input: IndicatorLinkInput): IndicatorLink {
  if (input.reportedYtdYi === null) {
    return { reportedYtdWan: null, difference: null, share: null, flag: input.projectCount === 0 ? 'no_projects' : 'no_reported_figure' };
  }
  const reported = input.reportedYtdYi * WAN_PER_YI;
  const difference = reported - input.projectsYtdWan;
  const share = reported > 0n ? percentOf(input.projectsYtdWan, reported) : null;
  let flag: IndicatorLinkFlag = 'consistent';
  if (input.projectCount === 0) flag = 'no_projects';
  else if (difference < 0n) flag = 'projects_exceed_reported';
  return { reportedYtdWan: reported, difference, share, flag };
}
