// The labels of a report's tables, charts and headings in the three interface languages. The
// narrative itself is written in zh-CN (the documents' language); a zh-TW or en report converts
// only these labels.
import type { Locale } from '@hongtu/domain';

const LABELS = {
  district: ['地区', '地區', 'District'],
  indicator: ['指标', '指標', 'Indicator'],
  unit: ['单位', '單位', 'Unit'],
  ytd: ['累计完成', '累計完成', 'Year to date'],
  growth: ['同比增长(%)', '同比增長(%)', 'Growth (%)'],
  target: ['年度目标', '年度目標', 'Annual target'],
  growthTarget: ['增长目标(%)', '增長目標(%)', 'Growth target (%)'],
  completion: ['完成率(%)', '完成率(%)', 'Completion (%)'],
  gap: ['与时序进度差(个百分点)', '與時序進度差(個百分點)', 'Against time progress (pp)'],
  rank: ['排名', '排名', 'Rank'],
  groupRank: ['片区排名', '片區排名', 'Rank in group'],
  card: ['预警', '預警', 'Card'],
  reason: ['原因', '原因', 'Reason'],
  leader: ['责任领导', '責任領導', 'Leader'],
  department: ['责任单位', '責任單位', 'Department'],
  timeProgress: ['时序进度', '時序進度', 'Time progress'],
  completionSeries: ['完成率', '完成率', 'Completion'],
  red: ['红牌', '紅牌', 'Red'],
  yellow: ['黄牌', '黃牌', 'Yellow'],
  project: ['项目', '項目', 'Project'],
  projectCount: ['项目数', '項目數', 'Projects'],
  annualPlan: ['年度计划投资(亿元)', '年度計劃投資(億元)', 'Annual plan (100M yuan)'],
  ytdInvestment: ['累计完成投资(亿元)', '累計完成投資(億元)', 'Invested to date (100M yuan)'],
  plannedStarts: ['计划开工', '計劃開工', 'Planned starts'],
  started: ['已开工', '已開工', 'Started'],
  plannedStart: ['计划开工时间', '計劃開工時間', 'Planned start'],
  problem: ['问题', '問題', 'Problem'],
  dueDate: ['办结时限', '辦結時限', 'Due'],
  daysOverdue: ['超期天数', '超期天數', 'Days overdue'],
} as const satisfies Record<string, readonly [string, string, string]>;

export type LabelKey = keyof typeof LABELS;

const INDEX: Readonly<Record<Locale, 0 | 1 | 2>> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

export function label(key: LabelKey, locale: Locale): string {
  return LABELS[key][INDEX[locale]];
}
