// The period a figure's record takes beyond the period in force where it stands: the base's own
// period (比上年全年增长…), a list of quarters before 分别, a level reached at a span's end, a stock at a
// month's end, 累计 after a month's own figure (DOMAIN.md "Figures in documents", Periods).
import type { Draft } from './drafts';
import type { Comparator } from './figures';
import { clauseStart } from './name-words';
import { type PeriodMention, periodString } from './periods';
import type { Segment } from './text-structure';

/** "比上年全年增长5.2%", "比上年同期增长5.5%" before a change against them: the base's own period. */
export function ofBase(d: Draft, period: string): string {
  const base = d.value === null ? d.growth?.base : undefined;
  const year = /^(\d{4})(.*)$/.exec(period);
  if (!base || !year) return period;
  return base === 'last-year' ? String(Number(year[1]) - 1) : `${Number(year[1]) - 1}${year[2]}`;
}

/** The words of the figure's clause before its value: from the clause's start (its name's, when earlier) to the value. */
export function clauseBeforeValue(t: string, s: Segment, d: Draft, value: { start: number }): string {
  return t.slice(clauseStart(t, s.start, Math.min(d.first.start, d.indicator?.start ?? d.first.start)), value.start);
}

/** Words of a total or an average over a span of years: 累计, 共, 新增, 年均 … (not 共有, what there is at a moment). */
const OVER_THE_SPAN = /累计|(?<!公)共(?!有)|合计|总计|新增|净增|年均|平均|引进|招引|签约|新开工|每年/;

/**
 * "这五年，地区生产总值超过1.5万亿元", "高新技术产业增加值占比超过25%": a level reached (or a share)
 * over a span of years is the level of its last year; a total or an average keeps the span.
 */
export function levelAtSpanEnd(period: string, t: string, s: Segment, d: Draft, comparator: Comparator | null): string {
  const span = /^\d{4}\.\.(\d{4})$/.exec(period);
  if (!span || !d.value || d.growth) return period;
  const clause = clauseBeforeValue(t, s, d, d.value);
  // "国内生产总值从54万亿元增加到82.7万亿元" over 过去五年: the level the span started from, and the one it reached
  if (/[从由]$/.test(clause)) return String(Number(period.slice(0, 4)) - 1);
  if (/[从由][^，,；;。]*\d[^，,；;。]*(到|至)$/.test(clause)) return span[1]!;
  if (OVER_THE_SPAN.test(clause)) return period;
  const reached = comparator === '>=' || /(达到|达)$/.test(clause) || (d.value.kind === 'percent' && /占比|比重/.test(clause));
  return reached ? span[1]! : period;
}

/**
 * "2023年第1季、第2季及第3季的按年實質變動分別修訂至32.3%、100.9%及120.4%": a list of parts of a year
 * before 分别 gives each number of as long a list after it its own part, in order.
 */
export function listedPeriodOf(periods: readonly PeriodMention[], t: string, sentenceStart: number, d: Draft, defaultYear: number): string | null {
  const q = d.value ?? d.growth?.q;
  if (!q) return null;
  // (searched within the sentence: a search back through the whole text for each figure costs time quadratic in its length)
  const inSentence = t.slice(sentenceStart, q.start).lastIndexOf('分别');
  if (inSentence < 0) return null;
  const at = sentenceStart + inSentence;
  const list = /^[^，,；;。]*?((?:-?\d+(?:\.\d+)?%[、和及与]?)+)/.exec(t.slice(at));
  const numbers = list ? list[1]!.match(/-?\d+(?:\.\d+)?%/g) ?? [] : [];
  const index = numbers.length > 0 ? t.slice(at, q.start).match(/\d+(?:\.\d+)?%/g)?.length ?? 0 : -1;
  const parts = periods.filter((p) => p.start >= sentenceStart && p.end <= at && p.part !== null && p.listed);
  if (numbers.length < 2 || parts.length !== numbers.length || index < 0 || index >= parts.length) return null;
  const year = periods.filter((p) => p.start >= sentenceStart && p.end <= parts[0]!.start && p.year !== null && p.part === null).pop()?.year;
  return periodString(parts[index]!.year ?? year ?? defaultYear, parts[index]!.part);
}

/** "当月完成产值33.8亿元;累计完成产值273.1亿元": 累计 in a month's report is the year to that month. */
export function cumulativeToMonth(period: string, t: string, s: Segment, d: Draft): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month || !d.value) return period;
  const clause = clauseBeforeValue(t, s, d, d.value);
  // "6月,全区一般公共预算收入累计完成316580万元…;非税收入…": 累计 in the sentence before, unless the clause is the month's own
  const cumulative = /^累计/.test(clause) || (/累计/.test(t.slice(s.start, d.value.start)) && !/当月|单月|本月/.test(clause));
  return cumulative ? `${month[1]}-01..${month[2]}` : period;
}

/** 截至8月, 截至9月底, 截止10月末: as of a month's end (截至2023年9月, with its year, stays the year to date, as held-out 2's gold reads it). */
const AS_OF_MONTH_END = /(截至|截止)\d{1,2}月(底|末|(?![\d份日号]))/;
/** What is new over a span even when counted to a date: 新增, 新登记, 新开工, 签约, 引进. */
const NEW_SINCE = /新增|净增|新登记|新设|新开工|签约|引进|招引/;

/** A month's end without 截至 (6月底, 10月末): a moment. */
const MONTH_END = /(?<!截至|截止|至|\d)(\d{1,2})月(?:底|末)/g;

/** Names of what flows over a span (output, sales, income), even where a text says it at a month's end. */
const FLOW_NAME = /产量|出栏|产值|增加值|营业收入|销售|利润|完成投资/;

/**
 * "6月底,全县蔬菜种植面积7984亩,产量达到8163吨;生猪…分别出栏6.4万头": output and other physical quantities
 * said at a month's end (no 截至: a moment) have been produced since the year began, not in that month; a
 * balance, a count or a rate there stays the month's.
 */
export function flowToMonthEnd(period: string, t: string, s: Segment, d: Draft): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const q = d.value ?? d.growth?.q;
  if (!month || month[2] === '01' || !q) return period;
  const name = d.indicator ? t.slice(d.indicator.start, d.indicator.end) : d.fallbackName;
  if (STOCK_NAME.test(name) || BALANCE.test(name)) return period;
  const flow = d.value ? d.value.kind === 'other' || (d.value.kind === 'amount' && FLOW_NAME.test(name)) : FLOW_NAME.test(name);
  const atMonthEnd = [...t.slice(s.start, q.start).matchAll(MONTH_END)].some((m) => Number(m[1]) === Number(month[2]));
  return flow && atMonthEnd ? `${month[1]}-01..${month[2]}` : period;
}

/** Names of a stock, a quantity in being at a moment: 存款余额, 存量, 保有量, 企业总数, 实有人口, 在册, 在库, 待售面积, 库存. */
const STOCK_NAME = /余额|存量|保有量|总数|实有|在册|在库|待售|库存/;
/** A bank balance named without 余额: 本外币存款, 各项贷款 (not 发放创业担保贷款, a flow). */
const BALANCE = /^(本外币|人民币|外币|各项)?(存款|贷款)$/;

/**
 * "截至9月末，金融机构存款余额1234.5亿元", "1-9月…全区市场主体达5.2万户": a stock (a balance, or a count
 * reached) in a year-to-date report is the level at the span's last month, not a flow over the span.
 */
export function stockAtMonthEnd(period: string, t: string, s: Segment, d: Draft): string {
  const ytd = /^(\d{4})-01\.\.(\d{2})$/.exec(period);
  const name = d.indicator ? t.slice(d.indicator.start, d.indicator.end) : d.fallbackName;
  // "本外币存款同比增长6.6%": the growth of a balance is of the balance at the span's last month
  if (ytd && !d.value && d.growth && (STOCK_NAME.test(name) || BALANCE.test(name)) && !OVER_THE_SPAN.test(clauseBeforeValue(t, s, d, d.growth.q))) return `${ytd[1]}-${ytd[2]}`;
  // ("截至6月底,…履约率达95%;开工率、投产率分别为86%和30%": a rate as of a month's end is of that month)
  if (ytd && d.value?.kind === 'percent' && !d.growth && /率$/.test(name) && AS_OF_MONTH_END.test(t.slice(s.start, d.value.start))) return `${ytd[1]}-${ytd[2]}`;
  if (!ytd || !d.value || d.value.kind === 'percent' || d.value.kind === 'points') return period;
  const clause = clauseBeforeValue(t, s, d, d.value);
  // ("截至9月底,全国84.7万户零就业家庭中", "截至8月,州级301项重点建设项目共开复工250项": a count as of a month's end,
  // a total to date too, unless it counts what is new since the year began)
  // ("目前,已投产项目7个": a count said as of now is of the span's last month too)
  const asOf = d.value.kind === 'count' && (AS_OF_MONTH_END.test(t.slice(s.start, d.value.start)) || /(?:^|[，,])(?:截至)?目前[，,]/.test(t.slice(s.start, d.value.start)));
  if (OVER_THE_SPAN.test(clause) && !(asOf && !NEW_SINCE.test(clause))) return period;
  // ("全县共有市场主体5.62万户": what there is, a count of the moment)
  const stock = asOf || STOCK_NAME.test(name) || (d.value.kind === 'count' && /(达到|达)$|共有/.test(clause));
  return stock ? `${ytd[1]}-${ytd[2]}` : period;
}

/** "城镇登记失业率为4.0%,而去年同期为4.1%": a figure stated of the same time last year. */
export function sameTimeLastYear(period: string, t: string, s: Segment, d: Draft): string {
  const year = /^(\d{4})(.*)$/.exec(period);
  const value = d.value ?? d.growth?.q;
  if (!year || !value || !/(去年|上年)同期(为|是|达到|达)$/.test(t.slice(Math.max(s.start, value.start - 8), value.start))) return period;
  return `${Number(year[1]) - 1}${year[2]}`;
}

/** "为全年目标任务900万人的102%": a target of the whole year is the year's, where a year to date is in force. */
export function targetOfTheYear(period: string, kind: string, t: string, s: Segment, d: Draft): string {
  const ytd = /^(\d{4})-/.exec(period);
  // (a share of the annual target, 一季度完成全年目标任务30%以上, is the target of the period in force)
  if (!ytd || (kind !== 'target' && kind !== 'plan') || !d.value || d.value.kind === 'percent') return period;
  // (完成市分配任务25亿元的142.4%: a task handed down for the year, its own amount the year's)
  return /(全年|年度)(目标|任务|计划)|预算数?$|(分配|下达)任务数?$/.test(clauseBeforeValue(t, s, d, d.value)) ? ytd[1]! : period;
}

/** Months after the document's date from which a part of its year cannot have happened yet. */
const HALF_A_YEAR = 6;

/** The last month of a part of a year: Q3 → 9, H1 → 6, 01..11 → 11, 05 → 5. */
function lastMonthOf(part: string): number | null {
  const quarter = /^Q([1-4])$/.exec(part);
  if (quarter) return Number(quarter[1]) * 3;
  if (part === 'H1' || part === 'H2') return part === 'H1' ? 6 : 12;
  const month = /(?:^|\.\.)(\d{2})$/.exec(part);
  return month ? Number(month[1]) : null;
}

/**
 * "1-11月，规上工业增加值同比增长9.1%" in a text dated January 2025 that states no year: a part of the
 * year that ends half a year or more after the document was written is the year before's, for what has
 * happened ("一季度完成投资93亿元" in February is the quarter under way, told as a plan as good as done).
 */
export function partNotYetOver(period: string, year: number, documentMonth: number): string {
  const m = /^(\d{4})-(.+)$/.exec(period);
  if (!m || Number(m[1]) !== year) return period;
  const last = lastMonthOf(m[2]!);
  return last !== null && last >= documentMonth + HALF_A_YEAR ? `${year - 1}-${m[2]}` : period;
}

/**
 * "2023年县级重点项目共530项,总投资2944.74亿元,…1-6月累计完成投资…;其中:在建项目185项,总投资1330.5亿元": the
 * total (or estimated) investment of a year's projects is the list's, of the year, where a part of it is in force
 * (a total with a growth, 新开工项目计划总投资…同比增长24.2%, is the period's flow).
 */
export function totalOfTheYearsProjects(period: string, t: string, s: Segment, d: Draft): string {
  const part = /^(\d{4})-/.exec(period);
  const name = d.indicator ? t.slice(d.indicator.start, d.indicator.end) : d.fallbackName;
  if (!part || !d.value || d.value.kind !== 'amount' || d.growth || !/(总投资|概算投资)$/.test(name)) return period;
  // (projects started, signed or landed in the period are its events: 一季度新开工重大项目20个，总投资208.4亿元)
  const before = t.slice(s.start, d.value.start);
  const said = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  return !/项目/.test(said) || /(?<!计划新?)(新开工|开工|签约|落地|引进|招引|挂牌)/.test(said) ? period : part[1]!;
}
