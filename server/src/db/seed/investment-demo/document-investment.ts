// The investment-attraction and enterprise-service facts the seed documents state, each with its
// file and verbatim sentence. A document states counts and totals of a district's signings or
// problems, sometimes names; the split of a total among its contracts, the dates inside the period,
// the investors and contacts are not stated: they are synthetic, deterministic, and the rows say so
// where a number of theirs is not the document's (a contract whose amount is not stated is labelled
// 'synthetic'). investment-demo.test.ts checks every stated number against its sentence.
import type { LeadSource, EnterpriseFlag, HeadquartersKind } from '@hongtu/domain';

export const F000 = '000_0042b9a55ec5e1ea.txt';
export const F001 = '001_79771cd17df8b2f6.txt';
export const F004 = '004_4d2d563e07c3115e.txt';

// --- 004: 武昌区 2022 Q1–3 work report (to 30 September 2022) ----------------------------------------
export const Q004_SIGNINGS =
  '大力实施楼宇招商、资本招商、以商招商,赴北京、深圳、杭州组织系列招商引资活动,签约项目57个,金额805.8亿元';
// --- 001: 汉阳区 2021 government work report, on 2020 ---------------------------------------------
export const Q001_HANYANG_SIGNINGS = '签约落户世界500强金茂绿建华中总部、民营500强中农网华中总部等重点产业项目22个';
// --- 000: 湖北日报 2019-02-17, on the tour of 16 February 2019 -----------------------------------------
export const Q000_JIANGAN_PROBLEMS = '江岸区收集企业发展问题18个，已解决10个。';

/** What a group's sentence states; everything else of its rows is synthetic. */
export interface SigningGroup {
  organisationCode: string;
  file: string;
  quote: string;
  /** The document's period, inside which the synthetic signing dates fall. */
  from: string;
  to: string;
  /** Leads signed (stated). */
  count: number;
  /** 亿元, when the sentence states the total of the contracts; null when it does not (the amounts are then synthetic). */
  total: string | null;
  /** The ways the sentence says the leads came (楼宇招商、资本招商、以商招商), used in turn. */
  sources: LeadSource[];
  /** Trips the sentence names (赴北京、深圳、杭州): 招商活动 of kind trip, each with the leads signed on it. */
  trips: string[];
  /** Projects the sentence names, with their investor as the registry keeps it and the flags the sentence gives. */
  named: Array<{ project: string; investor: string; flags: EnterpriseFlag[]; headquartersKind: HeadquartersKind | null }>;
}

export const SIGNING_GROUPS: readonly SigningGroup[] = [
  {
    organisationCode: '420106', file: F004, quote: Q004_SIGNINGS, from: '2022-01-10', to: '2022-09-30', count: 57, total: '805.8',
    sources: ['building', 'capital', 'via_investors'], trips: ['北京', '深圳', '杭州'], named: [],
  },
  {
    organisationCode: '420105', file: F001, quote: Q001_HANYANG_SIGNINGS, from: '2020-04-08', to: '2020-12-31', count: 22, total: null,
    sources: ['door_knocking', 'via_investors'], trips: [],
    named: [
      { project: '金茂绿建华中总部', investor: '金茂绿建', flags: ['fortune500'], headquartersKind: 'regional' },
      { project: '中农网华中总部', investor: '中农网', flags: ['private500'], headquartersKind: 'regional' },
    ],
  },
];

/** Problems collected and solved as a sentence counts them: raised in [from, to], `solved` of them closed by `to`. */
export interface ProblemGroup {
  organisationCode: string;
  file: string;
  quote: string;
  from: string;
  to: string;
  collected: number;
  solved: number;
}

/**
 * 江岸区 told the tour of 16 February 2019 of 18 problems collected and 10 solved; the sentence gives
 * no period: the demo reads it as the year up to the tour. Categories, enterprises and departments are
 * synthetic; the document states no satisfaction, so none is recorded.
 */
export const PROBLEM_GROUPS: readonly ProblemGroup[] = [
  { organisationCode: '420102', file: F000, quote: Q000_JIANGAN_PROBLEMS, from: '2019-01-02', to: '2019-02-15', collected: 18, solved: 10 },
];
