// Periods as documents write them (DOMAIN.md "Figures in documents"), read into
// '2019-Q1' | '2017-H1' | '2019-01' | '2022-01..09' (year to date) | '2016..2020' (five-year total) | '2021'.

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
}

const FIVE_YEAR: Readonly<Record<string, string>> = {
  十一五: '2006..2010', 十二五: '2011..2015', 十三五: '2016..2020', 十四五: '2021..2025', 十五五: '2026..2030',
};
const QUARTER: Readonly<Record<string, string>> = { 一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' };
const MONTH_CN: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

const pad = (m: number) => String(m).padStart(2, '0');

function monthOf(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : MONTH_CN[s] ?? null;
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

const PATTERN = new RegExp(
  [
    '(十[一二三四五]五)', // 1 five-year plan
    '((?:19|20)\\d{2})\\s*[-—–~至到]\\s*((?:19|20)\\d{2})年', // 2,3 span of years
    '((?:19|20)\\d{2})年(?!\\d{1,2}月\\d{1,2}日)', // 4 year
    '(今年|本年|全年|年内|年度|去年|上年|明年|前年)', // 5 relative year
    '(前三季度|上半年|下半年|首季|(?:第)?([一二三四1-4])季度)', // 6,7 quarters and halves
    '(?:截至|截止)?(\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*[-—–~至到]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:末|底)?', // 8,9 month span
    '(?:截至|截止)(?:到)?(\\d{1,2})月(?:末|底)', // 10 to the end of a month
    '(?<![\\d.])(\\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?![\\d一二三四五六七八九十]{1,2}[日号])(?!\\d)', // 11 one month
  ].join('|'),
  'g',
);

/** Every period mention in (normalised) text. `defaultYear` resolves 今年 / 去年 without a stated year. */
export function findPeriods(text: string, defaultYear: number): PeriodMention[] {
  const out: PeriodMention[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const base = { start: m.index, end: m.index + m[0].length, year: null, part: null, span: null, whole: true };
    if (m[1]) out.push({ ...base, span: FIVE_YEAR[m[1]]! });
    else if (m[2] && m[3]) out.push({ ...base, span: `${m[2]}..${m[3]}` });
    else if (m[4]) out.push({ ...base, year: Number(m[4]) });
    else if (m[5]) {
      // 比上年 / 同比上年 name the base of a growth rate, not the period.
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/[比较于超]$/.test(before) || /同期$/.test(text.slice(m.index, m.index + 4))) continue;
      const rel = m[5];
      const year = rel === '去年' || rel === '上年' ? defaultYear - 1 : rel === '明年' ? defaultYear + 1 : rel === '前年' ? defaultYear - 2 : null;
      out.push({ ...base, year, whole: true });
    } else if (m[6]) {
      const w = m[6];
      const part = w === '前三季度' ? '01..09' : w === '上半年' ? 'H1' : w === '下半年' ? 'H2' : w === '首季' ? 'Q1' : QUARTER[m[7]!]!;
      out.push({ ...base, part });
    } else if (m[8] && m[9]) {
      const a = monthOf(m[8]);
      const b = monthOf(m[9]);
      if (a !== null && b !== null && b > a) out.push({ ...base, part: `${pad(a)}..${pad(b)}` });
    } else if (m[10]) {
      const b = monthOf(m[10]);
      if (b !== null) out.push({ ...base, part: b === 1 ? '01' : `01..${pad(b)}` });
    } else if (m[11]) {
      const a = monthOf(m[11]);
      if (a !== null) out.push({ ...base, part: pad(a) });
    }
  }
  return out;
}

/** The period string of a year and a part. */
export function periodString(year: number, part: string | null): string {
  return part === null ? String(year) : `${year}-${part}`;
}
