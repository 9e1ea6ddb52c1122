// A card's reason as a bulletin writes it, short enough for a table at the dispatch meeting:
// "完成时序进度的50.3%，低于60%，亮红牌", "落后时序进度12.5个百分点，超过10个百分点，亮黄牌",
// "连续3个月完成率低于50%，亮红牌". Measured values carry one decimal (as bulletins print
// them), thresholds no trailing zeros. The long reason (describe.ts) stays for the detail view.
import { dec, toPlainString } from '../decimal';
import { formatCompact } from '../format';
import type { Locale } from '../locale';
import type { CardColour, Comparison, Metric, MetricReason, RunReason, WarningReason } from './types';

type Words = {
  /** What is done with the card: 亮红牌 / 亮黄牌 / 列入观察. */
  verdict: Record<CardColour, string>;
  op: Record<Comparison, string>;
  /** The comparison word and the threshold: "低于60%" / "below 60%". */
  compare: (op: string, threshold: string) => string;
  /** The measured value in words, e.g. "完成时序进度的50.3%". */
  measured: Record<Metric, (value: string) => string>;
  /** The threshold after the comparison word, e.g. "60%" or "10个百分点". */
  threshold: (value: string, metric: Metric) => string;
  /** The condition of a run without its value, e.g. "完成率低于50%". */
  condition: (metric: Metric, comparison: string) => string;
  plannedNotStarted: string;
  startedNotInStatistics: string;
  targetNotMet: string;
  /** "连续3个月" before the condition; one month is simply the condition. */
  run: (months: number, what: string) => string;
  join: (parts: string[]) => string;
};

const isPoints = (metric: Metric) => metric === 'points_behind' || metric === 'growth_shortfall';

const WORDS: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    verdict: { red: '亮红牌', yellow: '亮黄牌', watch: '列入观察' },
    op: { lt: '低于', lte: '不高于', gt: '超过', gte: '达到' },
    compare: (op, t) => `${op}${t}`,
    measured: {
      progress_ratio: (v) => `完成时序进度的${v}%`,
      points_behind: (v) => `落后时序进度${v}个百分点`,
      completion_rate: (v) => `完成率${v}%`,
      monthly_task_completion: (v) => `当月任务完成${v}%`,
      growth_shortfall: (v) => `增速落后目标${v}个百分点`,
    },
    threshold: (v, m) => (isPoints(m) ? `${v}个百分点` : `${v}%`),
    condition: (m, comparison) => {
      const subject = { progress_ratio: '完成时序进度的比例', points_behind: '落后时序进度', completion_rate: '完成率', monthly_task_completion: '当月任务完成率', growth_shortfall: '增速落后目标' }[m];
      return `${subject}${comparison}`;
    },
    plannedNotStarted: '计划开工未开工',
    startedNotInStatistics: '已开工未入库纳统',
    targetNotMet: '未达到目标要求',
    run: (n, what) => (n > 1 ? `连续${n}个月${what}` : what),
    join: (parts) => parts.join('，'),
  },
  'zh-TW': {
    verdict: { red: '亮紅牌', yellow: '亮黃牌', watch: '列入觀察' },
    op: { lt: '低於', lte: '不高於', gt: '超過', gte: '達到' },
    compare: (op, t) => `${op}${t}`,
    measured: {
      progress_ratio: (v) => `完成時序進度的${v}%`,
      points_behind: (v) => `落後時序進度${v}個百分點`,
      completion_rate: (v) => `完成率${v}%`,
      monthly_task_completion: (v) => `當月任務完成${v}%`,
      growth_shortfall: (v) => `增速落後目標${v}個百分點`,
    },
    threshold: (v, m) => (isPoints(m) ? `${v}個百分點` : `${v}%`),
    condition: (m, comparison) => {
      const subject = { progress_ratio: '完成時序進度的比例', points_behind: '落後時序進度', completion_rate: '完成率', monthly_task_completion: '當月任務完成率', growth_shortfall: '增速落後目標' }[m];
      return `${subject}${comparison}`;
    },
    plannedNotStarted: '計劃開工未開工',
    startedNotInStatistics: '已開工未入庫納統',
    targetNotMet: '未達到目標要求',
    run: (n, what) => (n > 1 ? `連續${n}個月${what}` : what),
    join: (parts) => parts.join('，'),
  },
  en: {
    verdict: { red: 'red card', yellow: 'yellow card', watch: 'watch list' },
    op: { lt: 'below', lte: 'at most', gt: 'over', gte: 'at least' },
    compare: (op, t) => `${op} ${t}`,
    measured: {
      progress_ratio: (v) => `${v}% of time progress done`,
      points_behind: (v) => `${v} pp behind time progress`,
      completion_rate: (v) => `completion ${v}%`,
      monthly_task_completion: (v) => `month's task ${v}% done`,
      growth_shortfall: (v) => `growth ${v} pp short of target`,
    },
    threshold: (v, m) => (isPoints(m) ? `${v} pp` : `${v}%`),
    condition: (m, comparison) => {
      const subject = { progress_ratio: 'share of time progress done', points_behind: 'behind time progress', completion_rate: 'completion', monthly_task_completion: "month's task done", growth_shortfall: 'growth short of target' }[m];
      return `${subject} ${comparison}`;
    },
    plannedNotStarted: 'planned but not started',
    startedNotInStatistics: 'started but not in statistics',
    targetNotMet: 'target not met',
    run: (n, what) => (n > 1 ? `${what} for ${n} months in a row` : what),
    join: (parts) => {
      const text = parts.join(', ');
      return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
    },
  },
};

function shortMetric(reason: MetricReason, w: Words): string[] {
  const { op, threshold, value } = reason.params;
  const measured = toPlainString(dec(value), 1);
  return [w.measured[reason.code](measured), w.compare(w.op[op], w.threshold(formatCompact(dec(threshold)), reason.code))];
}

function shortRun(reason: RunReason, w: Words): string[] {
  const { months, metric, op, threshold } = reason.params;
  let what: string;
  if (reason.code === 'planned_not_started') what = w.plannedNotStarted;
  else if (reason.code === 'started_not_in_statistics') what = w.startedNotInStatistics;
  else if (reason.code === 'target_not_met') what = w.targetNotMet;
  else if (metric && op && threshold !== undefined) what = w.condition(metric, w.compare(w.op[op], w.threshold(formatCompact(dec(threshold)), metric)));
  else what = w.targetNotMet;
  return [w.run(months, what)];
}

const isRun = (reason: WarningReason): reason is RunReason =>
  reason.code === 'planned_not_started' || reason.code === 'started_not_in_statistics' || reason.code === 'target_not_met' || reason.code === 'metric_run';

/**
 * The reason in bulletin wording, ending with what the card means: "完成时序进度的50.3%，低于60%，亮红牌".
 * Runs lead with their length ("连续3个月完成率低于50%，亮红牌").
 */
export function shortReason(reason: WarningReason, locale: Locale): string {
  const w = WORDS[locale];
  const parts = isRun(reason) ? shortRun(reason, w) : shortMetric(reason, w);
  return w.join([...parts, w.verdict[reason.params.colour]]);
}

/** What a card means, as the bulletin says it: 亮红牌 / 亮黄牌 / 列入观察. */
export function cardVerdict(colour: CardColour, locale: Locale): string {
  return WORDS[locale].verdict[colour];
}
