// Periods as documents write them (DOMAIN.md "Figures in documents"), read into
// '2019-Q1' | '2017-H1' | '2019-01' | '2022-01..09' (year to date) | '2016..2020' (five-year total) | '2021'.
import { isCompletionBaseYear } from './completion-share';

export interface PeriodMention {
  start: number;
  end: number;
  /** A year stated on its own (2019年, 今年, 去年): sets the year of later sub-periods. */
  year: number | null;
  /** The part of a year ('Q1', 'H1', '01', '01..09'), or null for the whole year. */
  part: string | null;
  /** A span of years ('2016..2020'). */
  span: string | null;
  /** Whether the mention names the period of a figure (not only a year for later parts). */
  whole: boolean;
  /** One of a list in its sentence (一季度…, 二季度…, 三季度…): said of its own figure only. */
  listed?: boolean;
  /** 今年以来: the year to date, read to the document's month until the document names its own period. */
  sinceNewYear?: boolean;
  /** Alone in brackets in a clause that states a figure (营业收入113.26亿元(1-11月)): said of that clause's figure only. */
  bracketed?: boolean;
  /** 三季度 without 第, 末 or 当季: the third quarter, or the first three where a text never writes 前三季度. */
  bareThird?: boolean;
  /** 两年平均: said up to the next semicolon only (…,两年平均增长4.9%;第二产业增加值7.33亿元 is not of the two years). */
  ownClause?: boolean;
  /** A month's or a quarter's end (10月末, 三季度末, not 截至10月底): a moment, said of its own sentence's levels only. */
  moment?: boolean;
}

const FIVE_YEAR: Readonly<Record<string, string>> = {
  十一五: '2006..2010', 十二五: '2011..2015', 十三五: '2016..2020', 十四五: '2021..2025', 十五五: '2026..2030',
};
const QUARTER: Readonly<Record<string, string>> = { 一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' };
const MONTH_CN: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const pad = (m: number) => String(m).padStart(2, '0');

const YEAR_DIGITS: Readonly<Record<string, string>> = { 零: '0', 〇: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 2019 or 二零一九 → 2019. */
const yearOf = (s: string) => Number(s.replace(/[零〇○一二三四五六七八九]/g, (c) => YEAR_DIGITS[c]!));

function monthOf(s: string): number | null {
  // 元至九月: 元 is the first month
  const n = /^\d+$/.test(s) ? Number(s) : s === '元' ? 1 : MONTH_CN[s] ?? null;
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

const ALTERNATIVES = [
  '(十[一二三四五]五)”?(?:期间|时期|以来)', // 1 five-year plan
  '((?:19|20)\\d{2})\\s*[-—–~至到]\\s*((?:19|20)\\d{2})年', // 2,3 span of years
  '((?:19|20)\\d{2}|[一二][零〇○九][零〇○一二三四五六七八九]{2})年(?!\\d{1,2}月\\d{1,2}日)', // 4 year (2019年, 二零一九年)
  '(今年以来|今年来(?=[，,])|今年|本年|全年|年内|年度|当年|去年|上年|明年|前年|本月|当月|单月|五年来|这五年|过去五年|过去的一年|过去一年)', // 5 relative
  '(前三季度?|首[三3]季度?|上半年|下半年|首季度?|第([一二三四1-4])季度?|([一二三四1-4])季度)', // 6,7,8 quarters and halves (第3季, 首3季: Hong Kong, Macao)
  '(?:截至|截止)?(\\d{1,2}|[一二三四五六七八九十]{1,2}|元)(?:月份?)?\\s*[-—–~至到]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:末|底)?', // 8,9 month span (元至九月, 1月—8月 too)
  '(?:截至|截止|(?<![\\d一二三四五六七八九十])至)(?:到)?(\\d{1,2})月(?:末|底|\\d{1,2}日)', // 10 to the end of a month (至9月底 too)
  '(?<![\\d.])(\\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?![\\d一二三四五六七八九十]{1,2}[日号])(?!\\d)', // 11 one month
  '(?:通过|经过|用|花)(\\d{1,2}|[一二三四五六七八九十]{1,2})年(?:时间|努力|左右)', // 13 a span of years from now (计划通过10年努力)
  '(?:前|头|首)(\\d{1,2}|[一二三四五六七八九十]{1,2})个?月', // 14 the first months of the year (前8个月, 首十一個月, 前10月)
  '(两|三)年平均', // 15 an average over the last years (两年平均增长6.0%)
];
const PATTERN = new RegExp(ALTERNATIVES.join('|'), 'g');
// 16 a 民國 year (112年 = 2023): searched for only in a text that dates itself so
const PATTERN_ROC = new RegExp([...ALTERNATIVES, '(?<![\\d.])(1[0-4]\\d)年(?!\\d{1,2}月\\d{1,2}日)'].join('|'), 'g');

/** 民國 years (112年 = 2023) are read only in a text that dates itself in them: 民國113年, 113年2月29日. */
const ROC_OFFSET = 1911;
const DATE_AFTER_YEAR = /年\d{1,2}月\d{1,2}日/g;

export function writesRocYears(text: string): boolean {
  if (/民国\s*\d{2,3}年/.test(text)) return true;
  // a date whose year has three digits (113年2月29日); the scan starts at 年, a literal, to stay fast
  DATE_AFTER_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_AFTER_YEAR.exec(text)) !== null) {
    if (/^(?:^|[^\d.])1[0-4]\d$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}

/** The first year stated in `text` (2019年, or 112年 in a text dated in 民國 years), or null. */
export function firstYearStated(text: string, rocYears = writesRocYears(text)): number | null {
  // a year compared with (比2023年全年) is not the text's
  // nor a year since which something holds (2020年8月以来), nor the date a page was issued on, on its own line (2012年3月19日)
  const m = (rocYears ? /(?<![比较])((?:19|20)\d{2})年(?!(?:\d{1,2}月)?以来|\d{1,2}月\d{1,2}日[ \t]*(?:\n|$))|(?<![\d.比较])(1[0-4]\d)年(?!(?:\d{1,2}月)?以来|\d{1,2}月\d{1,2}日[ \t]*(?:\n|$))/ : /(?<![比较])((?:19|20)\d{2})年(?!(?:\d{1,2}月)?以来|\d{1,2}月\d{1,2}日[ \t]*(?:\n|$))/).exec(text);
  if (!m) return null;
  return m[1] ? Number(m[1]) : Number(m[2]) + ROC_OFFSET;
}

/** A period named as the base of a comparison: 较上半年, 比去年, 去年全年水平, 上年同期. */
function isComparisonBase(text: string, start: number, end: number): boolean {
  // "占年度计划的76%", "完成全年目标的80%", "完成年度预算的86.4%", "为年度投资计划的30.90%": the year of the plan is the base of a completion share
  if (isCompletionBaseYear(text, start, end)) return true;
  // "上年结转8.79亿元", "上年结余": money carried over from the year before is a budget item, not a period
  if (/^(结转|结余|净结余)/.test(text.slice(end, end + 3)) && /上年度?$|去年$/.test(text.slice(Math.max(0, start - 1), end))) return true;
  // "经济总量回复至2019年的79.3%", "相当于2019年的85%": the year a level is measured against
  if (/(回复至|恢复至|相当于|相等于)$/.test(text.slice(Math.max(0, start - 3), start)) && text.charAt(end) === '的') return true;
  // "已回复至2019年逾八成水平": the year a level recovered to
  if (/(回复至|恢复至)$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  // "产业结构构成由上年的22.26%…调整为21.35%": the level a change started from
  if (/[由从]$/.test(text.slice(Math.max(0, start - 1), start)) && text.charAt(end) === '的') return true;
  // ("全年目标：地区生产总值增长6.5%左右": a sentence opening with the year's targets states them, of the year)
  const statesTargets = /^(?:[。！？；;\n]|)$/.test(text.slice(Math.max(0, start - 1), start)) && /^度?(?:主要)?(?:预期)?目标(?:[:：]|是|为)/.test(text.slice(end, end + 8));
  return /(较|比|相较|相比|同|与|高于|低于|快于|慢于|好于|接近|超过)$/.test(text.slice(Math.max(0, start - 2), start)) || /^(全年)?(水平|水准|同期)|^(政府)?工作(要点|计划|报告|方案)|^行动计划/.test(text.slice(end, end + 6)) || (!statesTargets && /^度?(目标|任务|绩效|预算)/.test(text.slice(end, end + 6)));
}

/**
 * Every period mention in (normalised) text. `defaultYear` is the year in force; `documentMonth`
 * (1–12, of the document's date) closes 今年以来 and names 本月. `documentYear`: the year the document
 * is dated, when known: 今年 is that year ("2021年，…增长8.1%。今年发展主要预期目标是…" in a report of
 * March 2022) and 去年 the year before it ("澳門去年GDP勁增80.5%" in March 2024); the other relative
 * years (上年, 明年, 前年 …) are counted from the year in force.
 */
export function findPeriods(text: string, defaultYear: number, documentMonth: number | null = null, rocYears = writesRocYears(text), documentYear: number | null = null): PeriodMention[] {
  const out: PeriodMention[] = [];
  const pattern = rocYears ? PATTERN_ROC : PATTERN;
  let baseEnd = -1;
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const base = { start: m.index, end: m.index + m[0].length, year: null, part: null, span: null, whole: true };
    // "比2023年全年": a period right after a comparison base is part of the base
    if (isComparisonBase(text, base.start, base.end) || base.start === baseEnd) {
      baseEnd = base.end;
      continue;
    }
    if (m[1]) out.push({ ...base, span: FIVE_YEAR[m[1]]! });
    else if (m[2] && m[3]) out.push({ ...base, span: `${m[2]}..${m[3]}` });
    else if (m[4]) out.push({ ...base, year: yearOf(m[4]) });
    else if (m[5]) {
      const rel = m[5];
      if (rel === '五年来' || rel === '这五年' || rel === '过去五年') out.push({ ...base, span: `${defaultYear - 5}..${defaultYear - 1}` });
      else if (rel === '当月' || rel === '单月' || (rel === '本月' && out.some((p) => p.part !== null && /\d\d$/.test(p.part)))) {
        // "1-8月…，其中8月当月", "当月增长5.2%": the last month of the period named before it
        // ("从7月份…看：…拉动本月限上零售额": 本月 is the month the text is about, when it names one)
        const month = /(\d\d)$/.exec([...out].reverse().find((p) => p.part !== null)?.part ?? '')?.[1] ?? (documentMonth === null ? null : pad(documentMonth));
        if (month !== null) out.push({ ...base, part: month });
      } else if (rel === '今年以来' || rel === '今年来' || rel === '本月') {
        // ("关于通城县2023年…计划执行情况的报告" dated January 2024: 今年以来 is the whole year under review)
        const reviewsYearBefore = rel !== '本月' && documentYear !== null && defaultYear < documentYear;
        const part = documentMonth === null || reviewsYearBefore ? null : rel === '本月' || documentMonth === 1 ? pad(documentMonth) : `01..${pad(documentMonth)}`;
        out.push({ ...base, year: defaultYear, part, sinceNewYear: rel !== '本月' });
      } else if (rel === '去年' || rel === '上年' || rel === '过去一年' || rel === '过去的一年' || rel === '明年' || rel === '前年' || rel === '今年') {
        // 去年 in a text dated the year after ("澳門去年GDP勁增80.5%", March 2024) is the year before that date
        const year = rel === '今年' ? (documentYear ?? defaultYear) : rel === '明年' ? defaultYear + 1 : rel === '前年' ? defaultYear - 2 : rel === '去年' ? (documentYear ?? defaultYear) - 1 : defaultYear - 1;
        out.push({ ...base, year });
      } else out.push({ ...base }); // 全年, 年内: the year in force
    } else if (m[6]) {
      const w = m[6];
      const part = /^前三季/.test(w) || /^首[三3]季/.test(w) ? '01..09' : w === '上半年' ? 'H1' : w === '下半年' ? 'H2' : /^首季/.test(w) ? 'Q1' : QUARTER[(m[7] ?? m[8])!]!;
      // "三季度末全国城镇登记失业率为3.82%": a level at a quarter's end is of its last month
      const atEnd = /^Q[1-4]$/.test(part) && /^[末底]/.test(text.slice(base.end, base.end + 1));
      // (a bare 三季度 may be the first three quarters: decided below, once lists are known)
      const third = part === 'Q3' && m[8] !== undefined && !/^(当季|单季)/.test(text.slice(base.end, base.end + 2));
      out.push(atEnd ? { ...base, end: base.end + 1, part: pad(Number(part.charAt(1)) * 3), moment: true } : { ...base, part, ...(third ? { bareThird: true } : {}) });
    } else if (m[9] && m[10]) {
      const a = monthOf(m[9]);
      const b = monthOf(m[10]);
      if (a !== null && b !== null && b > a) out.push({ ...base, part: `${pad(a)}..${pad(b)}` });
    } else if (m[11]) {
      const b = monthOf(m[11]);
      if (b !== null) out.push({ ...base, part: b === 1 ? '01' : `01..${pad(b)}` });
    } else if (m[12]) {
      const a = monthOf(m[12]);
      // 截至2023年9月: the year to the end of that month; 截至二零二四年十一月止的三个月: the months that end with it
      const upTo = /(截至|截止)((\d{4}|[零〇○一二三四五六七八九]{4})年)?$/.test(text.slice(Math.max(0, m.index - 7), m.index));
      const months = upTo ? /^(?:底|末)?止?的(\d{1,2}|[一二三四五六七八九十]{1,2})个月/.exec(text.slice(base.end, base.end + 10)) : null;
      const n = months ? monthOf(months[1]!) : null;
      if (a !== null && n !== null && n >= 2 && a - n + 1 >= 1) out.push({ ...base, part: `${pad(a - n + 1)}..${pad(a)}` });
      else if (a !== null) out.push({ ...base, part: upTo && a > 1 ? `01..${pad(a)}` : pad(a), ...(!upTo && /^[末底]/.test(text.charAt(base.end)) ? { moment: true } : {}) });
    } else if (m[14]) {
      const b = monthOf(m[14]);
      if (b !== null && b > 1) out.push({ ...base, part: `01..${pad(b)}` });
    } else if (m[16]) {
      out.push({ ...base, year: Number(m[16]) + ROC_OFFSET });
    } else if (m[15]) {
      const years = m[15] === '两' ? 2 : 3;
      out.push({ ...base, span: `${defaultYear - years + 1}..${defaultYear}`, listed: true, ownClause: true });
    } else if (m[13]) {
      const years = /^\d+$/.test(m[13]) ? Number(m[13]) : (MONTH_CN[m[13]] ?? 0);
      if (years >= 2) out.push({ ...base, span: `${defaultYear}..${defaultYear + years - 1}` });
    }
  }
  // "为2020年8月以来首次转负": the time since which something holds is no period of a figure
  for (let k = out.length - 1; k >= 0; k -= 1) {
    if (!text.startsWith('以来', out[k]!.end) || out[k]!.span !== null) continue;
    const from = k > 0 && out[k - 1]!.end === out[k]!.start ? k - 1 : k;
    out.splice(from, k - from + 1);
    k = from;
  }
  for (const p of out) if (isBracketedOfFigure(text, p)) p.bracketed = true;
  // "上半年、前三季度分别…": parts of a year in one sentence are a list; "今年以来…，一季度经济运行平稳" is no list but an opening
  for (let k = 0; k + 1 < out.length; k += 1) {
    const between = text.slice(out[k]!.end, out[k + 1]!.start);
    if (out[k]!.sinceNewYear || out[k + 1]!.sinceNewYear || out[k]!.bracketed || out[k + 1]!.bracketed) continue;
    if (!/[。！？\n]/.test(between) && out[k]!.part !== null && out[k + 1]!.part !== null) out[k]!.listed = out[k + 1]!.listed = true;
  }
  // "三季度，全县实现地区生产总值125.95亿元，…比上半年高1.5个百分点": a bare 三季度, not one of a list, in a
  // text that never writes 前三季度, is the first three quarters, as counties report them
  if (!/前三季|首三季/.test(text)) for (const p of out) if (p.bareThird && !p.listed) p.part = '01..09';
  return out;
}

/**
 * "营业收入113.26亿元(1-11月),同比增长20.8%", "固定资产投资(1-11月)同比增长38.8%": a period alone in brackets,
 * in a clause that states a number outside them, is said of that clause's figure, not of the figures after it
 * (a heading's "主要经济指标（1-11月）" states no number and stays the period in force).
 */
function isBracketedOfFigure(text: string, p: PeriodMention): boolean {
  if (!/[(（]/.test(text.charAt(p.start - 1)) || !/[)）]/.test(text.charAt(p.end))) return false;
  const CLAUSE_END = /[，,；;。：:\n]/;
  let from = p.start - 1;
  while (from > 0 && from > p.start - 40 && !CLAUSE_END.test(text.charAt(from - 1))) from -= 1;
  let to = p.end + 1;
  while (to < text.length && to < p.end + 40 && !CLAUSE_END.test(text.charAt(to))) to += 1;
  return /\d/.test(text.slice(from, p.start - 1)) || /\d/.test(text.slice(p.end + 1, to));
}

/**
 * The document's own period: the first part of a year it states, not one of a list, in a line that
 * states figures (a title's "三季度工作情况报告" is not it; "前三季度，…GDP完成1202亿元" is).
 */
export function documentPart(text: string, periods: readonly PeriodMention[], hasFigure: (from: number, to: number) => boolean): PeriodMention | null {
  let first: PeriodMention | null = null;
  for (const p of periods) {
    if (p.part === null || p.listed || p.sinceNewYear || p.bracketed) continue;
    first ??= p;
    const lineStart = text.lastIndexOf('\n', p.start) + 1;
    const lineEnd = text.indexOf('\n', p.end);
    // ("今年来,…。7月末,全市金融机构存款余额…": a release whose only month is its balances' end is of the months to it)
    if (hasFigure(lineStart, lineEnd < 0 ? text.length : lineEnd)) return p.moment && p.part !== null && /^\d\d$/.test(p.part) && p.part !== '01' ? { ...p, part: `01..${p.part}`, moment: false } : p;
  }
  return first; // figures only in tables: the part named above them
}

/**
 * "今年以来，…" in a release of the first half: its year to date is the half the release is about, when
 * that half was over before the document was written (a plan for the quarter under way is not).
 * Returns the mentions with 今年以来 read so; the others as they are.
 */
export function readSinceNewYear(periods: readonly PeriodMention[], part: PeriodMention | null, documentMonth: number | null): PeriodMention[] {
  const ends = part?.part ? (part.part === 'H1' ? 6 : part.part === 'Q1' ? 3 : /^01(?:\.\.(\d\d))?$/.test(part.part) ? Number(/(\d\d)$/.exec(part.part)![1]) : null) : null;
  if (!part || ends === null || (documentMonth !== null && ends >= documentMonth)) return [...periods];
  return periods.map((p) => (p.sinceNewYear && p.year === (part.year ?? p.year) ? { ...p, part: part.part } : p));
}

/**
 * The part a paragraph without its own continues: the first part (not one of a list) of the nearest
 * earlier paragraph that states one ("上半年，全县实现…" → the next paragraph's 生猪出栏 is H1 too).
 */
function paragraphPart(periods: readonly PeriodMention[], before: number, lineStart?: (pos: number) => number, floor = -1): PeriodMention | null {
  if (!lineStart) return null;
  let line = -1;
  let found: PeriodMention | null = null;
  for (let i = lastIndexAtOrBefore(periods, before); i >= 0; i -= 1) {
    const p = periods[i]!;
    if (p.start < before - LOOKBACK || p.start < floor) break;
    if (p.bracketed) continue;
    // "一、过去五年工作成绩" goes on over its section, until a year is named ("二、2018年发展主要预期目标")
    if (p.span !== null && !p.listed && line < 0) return p;
    if (p.part === null && p.span === null && p.year !== null && line < 0) return null;
    if (p.part === null || p.listed || p.bracketed || p.moment) continue;
    const at = lineStart(p.start);
    if (line >= 0 && at !== line) break;
    line = at;
    found = p;
  }
  return found;
}

function lastIndexAtOrBefore(periods: readonly PeriodMention[], pos: number): number {
  let lo = 0;
  let hi = periods.length - 1;
  let top = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid]!.end <= pos) {
      top = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return top;
}

/** How far back (characters) a period stated in an earlier paragraph still holds. */
const LOOKBACK = 4000;

function lastIn(periods: readonly PeriodMention[], from: number, to: number, accept: (p: PeriodMention) => boolean): PeriodMention | null {
  let lo = 0;
  let hi = periods.length - 1;
  let top = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid]!.end <= to) {
      top = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = top; i >= 0; i -= 1) {
    const p = periods[i]!;
    if (p.start < from) return null;
    if (accept(p)) return p;
  }
  return null;
}

/**
 * The period of a figure at `pos`: the last period named before it from `from` (its sentence when
 * the sentence names its own subject, else its paragraph); without one, the last part of a year
 * named in an earlier paragraph (a report on 前三季度 goes on about them), else the document's year.
 */
export function periodAt(
  periods: readonly PeriodMention[],
  scope: { from: number; clauseEnd: number; inherit: boolean; sentenceStart?: number; clauseStart?: number; partStart?: number; sectionStart?: number; documentPart?: PeriodMention | null; lineStart?: (pos: number) => number },
  pos: number,
  defaultYear: number,
): string {
  const { from } = scope;
  const yearBefore = (at: number, floor: number) => lastIn(periods, Math.max(floor, at - LOOKBACK), at, (p) => p.year !== null && p.part === null)?.year ?? null;
  // "6个项目将于2月集中开工": a period later in the figure's own clause
  const later = () => lastIn(periods, pos, scope.clauseEnd, () => true);
  // a single quarter (二季度, 第三季) is said of its own sentence; a year to date carries on
  // a period in brackets beside a figure is said of its own clause only
  // a moment (10月末) is said of its own sentence: "10月末，存款余额…。工业用电量增长5.1%" is of the period before it
  // 两年平均 is said of its clause and those after it up to a semicolon (…两年平均增长6.3%,高于威海市1.3个百分点)
  const carries = (p: PeriodMention) => (p.bracketed ? p.start >= (scope.clauseStart ?? from) : p.ownClause ? p.start >= (scope.partStart ?? scope.sentenceStart ?? from) : p.start >= (scope.sentenceStart ?? from) || (!p.listed && !p.moment));
  const m =
    // "营业收入113.26亿元(1-11月)": the figure's own period in brackets comes before any in force
    lastIn(periods, pos, scope.clauseEnd, (p) => p.bracketed === true) ??
    lastIn(periods, from, pos, carries) ??
    later() ??
    // ("五、服务业…\n1-2月，…营业收入3.7亿元…\n3月末，…存款余额…\n六、居民收入…": a section without a period of its own is
    // of the document's, not of the months the section before stated for its own figures)
    (scope.inherit ? (paragraphPart(periods, from, scope.lineStart, scope.documentPart ? scope.sectionStart : -1) ?? scope.documentPart ?? null) : null);
  if (!m) return String(yearBefore(pos, 0) ?? defaultYear);
  if (m.span) return m.span;
  if (m.part === null) return String(m.year ?? yearBefore(m.start, from) ?? defaultYear);
  // "二零二四年第一季…，二零二三年第四季…。…第一季…": a part named again is of the year it was named with
  // "然而，去年第4季…": unless its year is written right before it
  const ownYear = m.year === null ? lastIn(periods, Math.max(from, m.start - 6), m.start, (p) => p.year !== null && p.part === null && p.end === m.start) : null;
  const namedBefore = m.year === null && ownYear === null ? lastIn(periods, from, m.start, (p) => p.part === m.part && p.end < m.start) : null;
  return periodString(m.year ?? ownYear?.year ?? yearBefore((namedBefore ?? m).start, from) ?? defaultYear, m.part);
}

/**
 * "较二零一四年的4.8%升幅略快", "比上年的6.1%": a number written right after the period it is compared
 * with is that period's figure. Returns its period, or null.
 */
export function periodOfBaseBefore(text: string, from: number, pos: number, defaultYear: number): string | null {
  // "由上年的22.26%、28.63%和49.11%": every number of a list written right after it
  let at = pos;
  for (let item = LIST_ITEM_BEFORE.exec(text.slice(Math.max(from, at - 14), at)); item; item = LIST_ITEM_BEFORE.exec(text.slice(Math.max(from, at - 14), at))) at -= item[0].length;
  const m = /(?:较|比|与|由|从)([^，,；;。()（）\d]{2,8})的$/.exec(text.slice(Math.max(from, at - 12), at));
  if (!m) return null;
  const [p] = findPeriods(m[1]!, defaultYear);
  if (!p || p.start !== 0 || p.end !== m[1]!.length) return null;
  return p.span ?? periodString(p.year ?? defaultYear, p.part);
}

/** A percentage and the 、 or 和 after it, ending where the next number of a list starts. */
const LIST_ITEM_BEFORE = /\d+(?:\.\d+)?%[、和]$/;

/** The period string of a year and a part. */
export function periodString(year: number, part: string | null): string {
  return part === null ? String(year) : `${year}-${part}`;
}
