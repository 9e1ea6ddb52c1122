// A warning's reason in words, e.g.
// "完成率12.85%，低于时序进度16.67%的80%（时序进度比77.1%）→ 黄牌".
// Rates are shown with 2 decimals, the progress ratio with 1, thresholds without trailing zeros.
import { dec, toPlainString } from '../decimal';
import { formatCompact } from '../format';
import type { Locale } from '../locale';
import type { TargetComparator } from '../direction';
import type { CardColour, Comparison, Metric, MetricReason, RunReason, WarningReason } from './types';

type Words = {
  card: Record<CardColour, string>;
  op: Record<Comparison, string>;
  metric: Record<Metric, string>;
  pp: string;
  completion: string;
  progressRatio: (c: string, op: string, tp: string, threshold: string, ratio: string) => string;
  pointsBehind: (c: string, tp: string, behind: string, op: string, threshold: string) => string;
  plain: (metric: string, value: string, op: string, threshold: string) => string;
  growthShortfall: (growth: string, target: string, shortfall: string, op: string, threshold: string) => string;
  comparator: Record<TargetComparator, string>;
  plannedNotStarted: string;
  startedNotInStatistics: string;
  targetNotMet: string;
  run: (what: string, months: number) => string;
  arrow: (text: string, card: string) => string;
};

const WORDS: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    card: { red: '红牌', yellow: '黄牌', watch: '列入观察' },
    op: { lt: '低于', lte: '不高于', gt: '超过', gte: '达到' },
    metric: { completion_rate: '完成率', progress_ratio: '时序进度比', points_behind: '落后时序进度', monthly_task_completion: '当月任务完成率', growth_shortfall: '落后增长目标' },
    pp: '个百分点',
    completion: '完成率',
    progressRatio: (c, op, tp, t, r) => `完成率${c}%，${op}时序进度${tp}%的${t}%（时序进度比${r}%）`,
    pointsBehind: (c, tp, b, op, t) => `完成率${c}%，落后时序进度${tp}%达${b}个百分点（${op}${t}个百分点）`,
    plain: (m, v, op, t) => `${m}${v}%，${op}${t}%`,
    growthShortfall: (g, target, s, op, t) => `增速${g}%，增长目标${target}，落后目标${s}个百分点（${op}${t}个百分点）`,
    comparator: { ge: '不低于', le: '不高于' },
    plannedNotStarted: '计划开工未开工',
    startedNotInStatistics: '已开工未入库纳统',
    targetNotMet: '未达到目标要求',
    run: (what, n) => (n === 1 ? `本月${what}` : `${what}，已连续${n}个月`),
    arrow: (text, card) => `${text}→ ${card}`,
  },
  'zh-TW': {
    card: { red: '紅牌', yellow: '黃牌', watch: '列入觀察' },
    op: { lt: '低於', lte: '不高於', gt: '超過', gte: '達到' },
    metric: { completion_rate: '完成率', progress_ratio: '時序進度比', points_behind: '落後時序進度', monthly_task_completion: '當月任務完成率', growth_shortfall: '落後增長目標' },
    pp: '個百分點',
    completion: '完成率',
    progressRatio: (c, op, tp, t, r) => `完成率${c}%，${op}時序進度${tp}%的${t}%（時序進度比${r}%）`,
    pointsBehind: (c, tp, b, op, t) => `完成率${c}%，落後時序進度${tp}%達${b}個百分點（${op}${t}個百分點）`,
    plain: (m, v, op, t) => `${m}${v}%，${op}${t}%`,
    growthShortfall: (g, target, s, op, t) => `增速${g}%，增長目標${target}，落後目標${s}個百分點（${op}${t}個百分點）`,
    comparator: { ge: '不低於', le: '不高於' },
    plannedNotStarted: '計劃開工未開工',
    startedNotInStatistics: '已開工未入庫納統',
    targetNotMet: '未達到目標要求',
    run: (what, n) => (n === 1 ? `本月${what}` : `${what}，已連續${n}個月`),
    arrow: (text, card) => `${text}→ ${card}`,
  },
  en: {
    card: { red: 'red card', yellow: 'yellow card', watch: 'watch list' },
    op: { lt: 'below', lte: 'at most', gt: 'more than', gte: 'at least' },
    metric: { completion_rate: 'Completion', progress_ratio: 'Progress ratio', points_behind: 'Behind time progress', monthly_task_completion: 'Monthly task completion', growth_shortfall: 'Short of the growth target' },
    pp: 'pp',
    completion: 'Completion',
    progressRatio: (c, op, tp, t, r) => `Completion ${c}%, ${op} ${t}% of time progress ${tp}% (progress ratio ${r}%)`,
    pointsBehind: (c, tp, b, op, t) => `Completion ${c}%, ${b} pp behind time progress ${tp}% (${op} ${t} pp)`,
    plain: (m, v, op, t) => `${m} ${v}%, ${op} ${t}%`,
    growthShortfall: (g, target, s, op, t) => `Growth ${g}%, target ${target}: ${s} pp short (${op} ${t} pp)`,
    comparator: { ge: 'at least', le: 'at most' },
    plannedNotStarted: 'planned to start but not started',
    startedNotInStatistics: 'started but not entered into statistics',
    targetNotMet: 'target not met',
    run: (what, n) => (n === 1 ? `This month: ${what}` : `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} for ${n} months in a row`),
    arrow: (text, card) => `${text} → ${card}`,
  },
};

function fixed(value: string | null, places: number): string {
  return value === null ? '—' : toPlainString(dec(value), places);
}

function describeMetric(reason: MetricReason, w: Words, locale: Locale): string {
  const { op, threshold, value, completion, timeProgress } = reason.params;
  const t = formatCompact(dec(threshold));
  switch (reason.code) {
    case 'progress_ratio':
      return w.progressRatio(fixed(completion, 2), w.op[op], fixed(timeProgress, 2), t, fixed(value, 1));
    case 'points_behind':
      return w.pointsBehind(fixed(completion, 2), fixed(timeProgress, 2), fixed(value, 2), w.op[op], t);
    case 'completion_rate':
    case 'monthly_task_completion':
      return w.plain(w.metric[reason.code], fixed(value, 2), w.op[op], t);
    case 'growth_shortfall': {
      const { growth, growthTarget, growthComparator } = reason.params;
      const target = growthTarget == null ? '—' : `${growthComparator ? `${w.comparator[growthComparator]}${locale === 'en' ? ' ' : ''}` : ''}${fixed(growthTarget, 1)}%`;
      return w.growthShortfall(fixed(growth ?? null, 1), target, fixed(value, 1), w.op[op], t);
    }
  }
}

function describeRun(reason: RunReason, w: Words, locale: Locale): string {
  const { months, metric, op, threshold } = reason.params;
  let what: string;
  if (reason.code === 'planned_not_started') what = w.plannedNotStarted;
  else if (reason.code === 'started_not_in_statistics') what = w.startedNotInStatistics;
  else if (reason.code === 'target_not_met') what = w.targetNotMet;
  else {
    const t = threshold === undefined ? '' : formatCompact(dec(threshold));
    const unit = metric === 'points_behind' || metric === 'growth_shortfall' ? (locale === 'en' ? ' pp' : w.pp) : '%';
    const metricWord = metric ? w.metric[metric] : '';
    const opWord = op ? w.op[op] : '';
    what = locale === 'en' ? `${metricWord.toLowerCase()} ${opWord} ${t}${unit}` : `${metricWord}${opWord}${t}${unit}`;
  }
  return w.run(what, months);
}

function isRunReason(reason: WarningReason): reason is RunReason {
  return reason.code === 'planned_not_started' || reason.code === 'started_not_in_statistics' || reason.code === 'target_not_met' || reason.code === 'metric_run';
}

/** The reason in words, ending with the card: "… → 黄牌" / "… → 黃牌" / "… → yellow card". */
export function describeReason(reason: WarningReason, locale: Locale): string {
  const w = WORDS[locale];
  const text = isRunReason(reason) ? describeRun(reason, w, locale) : describeMetric(reason, w, locale);
  return w.arrow(text, w.card[reason.params.colour]);
}

/** The card's name alone: 红牌 / 紅牌 / red card. */
export function cardColourLabel(colour: CardColour, locale: Locale): string {
  return WORDS[locale].card[colour];
}
