// The vocabulary of major projects 重大项目 (docs/DOMAIN.md "Major projects"): levels, the seven
// categories with the city's entry thresholds, the status in the year, the lifecycle stages, the
// milestones with planned and actual dates, and the flags a project carries. Server, contracts
// and web take every list from here.
import { SCALE } from '../decimal';

/** 省重点 / 市重点 / 区重点. */
export const PROJECT_LEVELS = ['province', 'city', 'district'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

/**
 * The seven categories of Wuhan's city-level major projects: science facilities and innovation
 * platforms, social / livelihood, strategic emerging industry, advanced manufacturing,
 * infrastructure (incl. ecology), headquarters economy, commerce and logistics.
 */
export const PROJECT_CATEGORIES = [
  'science_innovation',
  'social_livelihood',
  'emerging_industry',
  'advanced_manufacturing',
  'infrastructure',
  'headquarters',
  'commerce_logistics',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

const WAN_PER_YI = 10_000n;
const UNIT = 10n ** BigInt(SCALE);

/**
 * Total investment a project needs to enter the city's list (市重点), by category, in 亿元:
 * 1 亿元 for science and innovation platforms and for social / livelihood projects, 5 亿元 for
 * strategic emerging industry, advanced manufacturing and infrastructure, 10 亿元 for
 * headquarters economy and for commerce and logistics.
 */
export const CITY_ENTRY_THRESHOLD_YI: Readonly<Record<ProjectCategory, number>> = {
  science_innovation: 1,
  social_livelihood: 1,
  emerging_industry: 5,
  advanced_manufacturing: 5,
  infrastructure: 5,
  headquarters: 10,
  commerce_logistics: 10,
};

/** The threshold as a stored amount in 万元 (scaled × 10^6, ADR 0002), the unit project amounts are kept in. */
export function cityEntryThreshold(category: ProjectCategory): bigint {
  return BigInt(CITY_ENTRY_THRESHOLD_YI[category]) * WAN_PER_YI * UNIT;
}

/**
 * Status in the year: continuing 续建 (started in an earlier year), new start 新开工 (substantive
 * start this year), preparatory 前期 (land, planning, EIA, approvals; start planned later),
 * completed 竣工 (completed this year).
 */
export const PROJECT_YEAR_STATUSES = ['continuing', 'new_start', 'preparatory', 'completed'] as const;
export type ProjectYearStatus = (typeof PROJECT_YEAR_STATUSES)[number];

/** Lifecycle of a project, in order: 线索 → 洽谈 → 签约 → 注册 → 供地 → 开工 → 在建 → 竣工 → 投产 → 达产. */
export const PROJECT_STAGES = [
  'lead',
  'negotiation',
  'signed',
  'registered',
  'land',
  'started',
  'under_construction',
  'completed',
  'in_production',
  'full_output',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const stageIndex = (stage: ProjectStage): number => PROJECT_STAGES.indexOf(stage);
/** The stage is `stage` or later. */
export const stageAtLeast = (stage: ProjectStage, than: ProjectStage): boolean => stageIndex(stage) >= stageIndex(than);

/**
 * Milestones, each with a planned and an actual date: signing 签约, land supply 供地, planning
 * permit 规划许可, environmental assessment 环评, construction permit 施工许可, start 开工,
 * completion 竣工, production 投产.
 */
export const PROJECT_MILESTONES = ['signing', 'land', 'planning', 'eia', 'construction_permit', 'start', 'completion', 'production'] as const;
export type ProjectMilestone = (typeof PROJECT_MILESTONES)[number];

/** Dates as ISO calendar dates ("2026-03-15"), each milestone optional. */
export type MilestoneDates = Partial<Record<ProjectMilestone, string | null>>;

/** Flags of investment attraction a project may carry: Fortune Global 500, China 500, private 500, central SOE 央企, headquarters, foreign-oriented 外向型. */
export const PROJECT_TAGS = ['fortune_global_500', 'china_500', 'private_500', 'central_soe', 'headquarters', 'foreign'] as const;
export type ProjectTag = (typeof PROJECT_TAGS)[number];
