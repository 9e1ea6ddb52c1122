// Warning rules in force somewhere (DOMAIN.md), shipped as presets to copy and adjust.
// Reading of the Chinese wording (applies to every preset):
//   低于 X / below X      → strictly below (lt): exactly X raises no card at that level;
//   X–Y / 以内 / up to Y  → inclusive at both ends;
//   超过 X / more than X  → strictly above (gt);  "over two months" → 3 or more months.
import { fx } from '../fixed-point';
import type { LocalizedText } from '../locale';
import type { WarningRule, WarningRuleScope } from './types';

/**
 * The indicators of investment and projects (catalogue codes): what the major-project rules were
 * written for. A rule applies to the indicator set in its scope (an empty or absent set is every
 * indicator); the city reassigns it in the rule editor. GDP is not in it: GDP is held to its
 * growth target, not to a share of time progress.
 */
export const PROJECT_INDICATOR_SET = [
  'fixed_asset_investment', 'industrial_investment', 'real_estate_investment',
  'investment_funds_in_place', 'industrial_funds_in_place', 'utilized_foreign_capital', 'fdi',
] as const;

const projects: WarningRuleScope = { indicatorCodes: PROJECT_INDICATOR_SET };

/** Wuhan city-level major projects (2022): red below 60 % of time progress, yellow below 80 %. */
const wuhanMajorProjects: readonly WarningRule[] = [
  {
    id: 'wuhan.progress_ratio',
    kind: 'metric_threshold',
    metric: 'progress_ratio',
    thresholds: [
      { colour: 'red', op: 'lt', value: fx(60) },
      { colour: 'yellow', op: 'lt', value: fx(80) },
    ],
    scope: projects,
  },
];

/** Yinchuan "traffic lights". */
const yinchuanTrafficLights: readonly WarningRule[] = [
  {
    // 10–30 pp behind → yellow (10 and 30 included); more than 30 pp → red.
    id: 'yinchuan.points_behind',
    kind: 'metric_threshold',
    metric: 'points_behind',
    thresholds: [
      { colour: 'red', op: 'gt', value: fx(30) },
      { colour: 'yellow', op: 'gte', value: fx(10) },
    ],
    scope: projects,
  },
  {
    // Planned to start this month and did not → yellow; 3 consecutive months → red.
    id: 'yinchuan.not_started',
    kind: 'consecutive_months',
    condition: { kind: 'planned_not_started' },
    thresholds: [
      { colour: 'red', minMonths: 3 },
      { colour: 'yellow', minMonths: 1 },
    ],
    scope: projects,
  },
  {
    // Started one month and not entered into statistics → yellow; over two months → red.
    id: 'yinchuan.not_in_statistics',
    kind: 'consecutive_months',
    condition: { kind: 'started_not_in_statistics' },
    thresholds: [
      { colour: 'red', minMonths: 3 },
      { colour: 'yellow', minMonths: 1 },
    ],
    scope: projects,
  },
];

/** Sanya. */
const sanya: readonly WarningRule[] = [
  {
    // Behind time progress by up to 50 % → yellow; by more → red.
    // "Behind by s %" = 1 − completion / time progress, so yellow: ratio < 100 and ≥ 50; red: ratio < 50.
    id: 'sanya.progress_ratio',
    kind: 'metric_threshold',
    metric: 'progress_ratio',
    thresholds: [
      { colour: 'red', op: 'lt', value: fx(50) },
      { colour: 'yellow', op: 'lt', value: fx(100) },
    ],
  },
  {
    // A district missing its monthly task (under 100 %) → yellow; two consecutive months → red.
    id: 'sanya.monthly_task_missed',
    kind: 'consecutive_months',
    condition: { kind: 'metric', metric: 'monthly_task_completion', op: 'lt', value: fx(100) },
    thresholds: [
      { colour: 'red', minMonths: 2 },
      { colour: 'yellow', minMonths: 1 },
    ],
  },
];

/** A county: monthly task completion under 80 % → watch list, under 60 % → yellow card. */
const countyMonthlyTask: readonly WarningRule[] = [
  {
    id: 'county.monthly_task',
    kind: 'metric_threshold',
    metric: 'monthly_task_completion',
    thresholds: [
      { colour: 'yellow', op: 'lt', value: fx(60) },
      { colour: 'watch', op: 'lt', value: fx(80) },
    ],
  },
];

/**
 * Hongtu's own defaults, from no document (the city adjusts them): growth targets, the most common
 * kind ("增长6.5%"), card a growth short of its target — yellow when short at all, red when more than
 * 2 percentage points short; a ceiling ("控制在3.2%以内") or a target of a rate that is not met
 * raises a yellow card, red after three months in a row.
 */
const targetDefaults: readonly WarningRule[] = [
  {
    id: 'targets.growth_shortfall',
    kind: 'metric_threshold',
    metric: 'growth_shortfall',
    thresholds: [
      { colour: 'red', op: 'gt', value: fx(2) },
      { colour: 'yellow', op: 'gt', value: fx(0) },
    ],
  },
  {
    id: 'targets.not_met',
    kind: 'consecutive_months',
    condition: { kind: 'target_not_met' },
    thresholds: [
      { colour: 'red', minMonths: 3 },
      { colour: 'yellow', minMonths: 1 },
    ],
  },
];

export const WARNING_PRESET_IDS = ['wuhan_major_projects', 'yinchuan_traffic_lights', 'sanya', 'county_monthly_task', 'target_defaults'] as const;

export type WarningPresetId = (typeof WARNING_PRESET_IDS)[number];

export const WARNING_PRESETS: Readonly<Record<WarningPresetId, readonly WarningRule[]>> = {
  wuhan_major_projects: wuhanMajorProjects,
  yinchuan_traffic_lights: yinchuanTrafficLights,
  sanya,
  county_monthly_task: countyMonthlyTask,
  target_defaults: targetDefaults,
};

export const WARNING_PRESET_NAMES: Readonly<Record<WarningPresetId, LocalizedText>> = {
  wuhan_major_projects: { 'zh-CN': '武汉市重大项目红黄牌', 'zh-TW': '武漢市重大項目紅黃牌', en: 'Wuhan major projects' },
  yinchuan_traffic_lights: { 'zh-CN': '银川红黄绿灯', 'zh-TW': '銀川紅黃綠燈', en: 'Yinchuan traffic lights' },
  sanya: { 'zh-CN': '三亚进度预警', 'zh-TW': '三亞進度預警', en: 'Sanya progress warnings' },
  county_monthly_task: { 'zh-CN': '县级月度任务预警', 'zh-TW': '縣級月度任務預警', en: 'County monthly task' },
  target_defaults: { 'zh-CN': '增长目标与控制目标（系统默认）', 'zh-TW': '增長目標與控制目標（系統預設）', en: 'Growth targets and ceilings (Hongtu default)' },
};

/** A copy of a preset's rules restricted to a scope (e.g. the indicators a city applies them to). */
export function presetWithScope(id: WarningPresetId, scope: WarningRuleScope): WarningRule[] {
  return WARNING_PRESETS[id].map((rule) => ({ ...rule, scope }));
}
