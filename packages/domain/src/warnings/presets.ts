// Warning rules in force somewhere (DOMAIN.md), shipped as presets to copy and adjust.
// Reading of the Chinese wording (applies to every preset):
//   低于 X / below X      → strictly below (lt): exactly X raises no card at that level;
//   X–Y / 以内 / up to Y  → inclusive at both ends;
//   超过 X / more than X  → strictly above (gt);  "over two months" → 3 or more months.
import { fx } from '../fixed-point';
import type { LocalizedText } from '../locale';
import type { WarningRule, WarningRuleScope } from './types';

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

export const WARNING_PRESET_IDS = ['wuhan_major_projects', 'yinchuan_traffic_lights', 'sanya', 'county_monthly_task'] as const;

export type WarningPresetId = (typeof WARNING_PRESET_IDS)[number];

export const WARNING_PRESETS: Readonly<Record<WarningPresetId, readonly WarningRule[]>> = {
  wuhan_major_projects: wuhanMajorProjects,
  yinchuan_traffic_lights: yinchuanTrafficLights,
  sanya,
  county_monthly_task: countyMonthlyTask,
};

export const WARNING_PRESET_NAMES: Readonly<Record<WarningPresetId, LocalizedText>> = {
  wuhan_major_projects: { 'zh-CN': '武汉市重大项目红黄牌', 'zh-TW': '武漢市重大項目紅黃牌', en: 'Wuhan major projects' },
  yinchuan_traffic_lights: { 'zh-CN': '银川红黄绿灯', 'zh-TW': '銀川紅黃綠燈', en: 'Yinchuan traffic lights' },
  sanya: { 'zh-CN': '三亚进度预警', 'zh-TW': '三亞進度預警', en: 'Sanya progress warnings' },
  county_monthly_task: { 'zh-CN': '县级月度任务预警', 'zh-TW': '縣級月度任務預警', en: 'County monthly task' },
};

/** A copy of a preset's rules restricted to a scope (e.g. the indicators a city applies them to). */
export function presetWithScope(id: WarningPresetId, scope: WarningRuleScope): WarningRule[] {
  return WARNING_PRESETS[id].map((rule) => ({ ...rule, scope }));
}
