// Numbers with their units as a document writes them (DOMAIN.md "Figures in documents"):
// 525.69亿元, 1.2万亿元, 三千五百亿, 19830万美元, 1.5万人, 20多个, 15%, 百分之十五, 1.3个百分点.
// The value keeps the digits as written (Chinese numerals read into digits); the unit keeps the
// 万 / 亿 that the text puts before its base unit: 1.2万亿元 → '1.2' + '万亿元'.
import { parseChineseNumeral } from '../chinese-numerals';
import { dec, toPlainString } from '../decimal';

export type QuantityKind = 'amount' | 'count' | 'percent' | 'points' | 'other';

export interface Quantity {
  /** Normalised-text offsets of the whole quantity (number + unit). */
  start: number;
  end: number;
  value: string;
  unit: string;
  kind: QuantityKind;
  /** 多 / 余 / 约 … written with it. */
  approximate: boolean;
}

const CN_DIGITS = '零〇○一二两三四五六七八九十百千';
const MONEY = ['澳门元', '新台币', '人民币', '美元', '港元', '欧元', '元'];
const COUNT = ['人次', '户次', '批次', '次', '个', '家', '宗', '项', '户', '件', '栋', '所', '座', '套', '台', '辆', '名', '位', '人', '批', '条'];
const OTHER = ['平方公里', '平方米', '平米', '立方米', '千公顷', '万公顷', '公顷', '千瓦时', '千伏安', '千瓦', '标准箱', '标箱', '公里', '千米', '吨', '斤', '亩', '头', '只', '羽', '倍', '‰'];
const PER_UNIT = /^\/(平方米|千瓦时|人|户|吨|亩)/;
const BASE_UNITS = [...MONEY, ...COUNT, ...OTHER].sort((a, b) => b.length - a.length);
const BIG = ['万亿', '千亿', '百亿', '千万', '百万', '兆', '亿', '万'];
const SCALE: Readonly<Record<string, number>> = { 兆: 12, 万亿: 12, 亿: 8, 万: 4 };

// Arabic number (with thousands separators and decimals), or a run of Chinese numeral characters.
const NUMBER = new RegExp(`百分之|(?<![0-9.])(?<![A-Za-z](?<!GDP|CPI|PPI|PMI|FDI))(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|([${CN_DIGITS}]+(?:点[${CN_DIGITS}]+)?)`, 'g');

function startsWithAny(text: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff]/.test(ch);
}

/** A size class rather than a figure: "5000万元以上项目", "亿元以上重大项目", "百亿级". */
function isClassifier(text: string, end: number): boolean {
  if (text.startsWith('级', end)) return true;
  const after = /^(以上|以下)(的)?([\u3400-\u9fff])/.exec(text.slice(end, end + 4));
  return after !== null;
}

/** Words a number of things names rather than counts: 十个方面, 十大工程, 十项措施. */
const SLOGAN_NOUN = /^(方面|领域|环节|行动|工程|举措|措施|任务|重点|机制|体系|专项|攻坚|必须|坚持|一批|不准|禁止|大)/;

/** Verbs a count before its noun follows (新增十家企业); without one, 十件民生实事 names a programme. */
const COUNTING_VERB = /(新增|新开工|新引进|引进|签约|落户|达到|达|共|有|实现|完成|新设|新登记|培育|建成|开工|投产|竣工|入库|纳统)$/;

/** A Chinese numeral from `start` to `end` followed by a count unit, neither an ordinal (第十个) nor a slogan's number. */
function isChineseCount(text: string, start: number, end: number): boolean {
  const unit = startsWithAny(text, end, COUNT);
  if (unit === null || text.charAt(start - 1) === '第') return false;
  const after = text.slice(end + unit.length, end + unit.length + 2);
  if (SLOGAN_NOUN.test(after)) return false;
  return !isCjk(after.charAt(0)) || COUNTING_VERB.test(text.slice(Math.max(0, start - 4), start));
}

function readChinese(digits: string): string | null {
  const value = parseChineseNumeral(digits);
  return value === null ? null : toPlainString(value);
}

/**
 * "介于530亿至550亿美元", "530至550亿美元", "3至5家": the first end of a range takes the unit written
 * after the second end (with the second's 万 / 亿 when the first wrote none).
 */
function rangeUnit(text: string, pos: number, big: string): { unit: string; kind: QuantityKind } | null {
  const m = /^[至到~～](\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿|亿|万)?/.exec(text.slice(pos, pos + 24));
  if (!m) return null;
  const secondBig = m[2] ?? '';
  if (secondBig !== big && big !== '') return null;
  const base = startsWithAny(text, pos + m[0].length, BASE_UNITS);
  if (base === null || (base === '个' && NOT_A_COUNT.test(text.slice(pos + m[0].length, pos + m[0].length + 4)))) return null;
  const kind: QuantityKind = MONEY.includes(base) ? 'amount' : COUNT.includes(base) ? 'count' : 'other';
  return { unit: secondBig + base, kind };
}

/** 个 standing for 个百分点 before the next item of a list that ends with it written whole. */
const POINTS_LISTED = /^个(?:[、和及与](?:下降|提高|上升|回落|增加|减少|降低)?\d+(?:\.\d+)?个)*[、和及与](?:下降|提高|上升|回落|增加|减少|降低)?\d+(?:\.\d+)?个百分点/;

/** 个 that counts nothing: points (个百分点) and spans of time (前7个月, 连续五个月, 两个季度). */
const NOT_A_COUNT = /^个(百分点|月|季度)/;

/** Every quantity in (normalised) text, left to right. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    const start = m.index;
    if (m[0] === '百分之') {
      const rest = /^百分之([零〇一二两三四五六七八九十百点\d.]+)/.exec(text.slice(start, start + 16));
      const value = rest ? readChinese(rest[1]!) ?? (/^\d+(\.\d+)?$/.test(rest[1]!) ? rest[1]! : null) : null;
      // 百分之百 is a way of saying "fully", not a figure
      if (rest && value !== null && rest[1] !== '百') {
        out.push({ start, end: start + rest[0].length, value, unit: '%', kind: 'percent', approximate: false });
        NUMBER.lastIndex = start + rest[0].length;
      }
      continue;
    }
    const arabic = m[1];
    const digits = arabic ?? m[2]!;
    let pos = start + m[0].length;
    let big = '';
    if (arabic === undefined) {
      // Chinese numerals: the 万 / 亿 after them belong to the unit; a lone 十 / 百 / 千 needs one.
      // 百亿级, 千亿元 (过千亿元): a scale word, not a figure
      if (digits.length === 1 && '十百千'.includes(digits) && !(digits === '十' && isChineseCount(text, start, pos))) continue;
    }
    let approximate = false;
    const approx = startsWithAny(text, pos, ['多', '余']);
    if (approx) {
      approximate = true;
      pos += 1;
    }
    const bigWord = startsWithAny(text, pos, BIG.filter((b) => arabic !== undefined || b.length === 1 || b === '万亿'));
    if (bigWord) {
      big = bigWord;
      pos += bigWord.length;
    }
    // 17萬6,956家, 14兆6,684億元: a number written in two parts is one number in the lower part's unit
    let combined: string | null = null;
    const rest = arabic !== undefined && SCALE[big] !== undefined ? /^(\d{1,4}(?:,\d{3})?)(兆|亿|万)?/.exec(text.slice(pos)) : null;
    if (rest && (rest[2] === undefined || SCALE[rest[2]]! < SCALE[big]!) && startsWithAny(text, pos + rest[0].length, BASE_UNITS) !== null) {
      const lower = rest[2] ?? '';
      const digits = SCALE[big]! - (lower ? SCALE[lower]! : 0);
      combined = toPlainString(dec(arabic.replace(/,/g, '')).times(dec(10).pow(digits)).plus(dec(rest[1]!.replace(/,/g, ''))));
      big = lower;
      pos += rest[0].length;
    }
    if (!approximate && startsWithAny(text, pos, ['多', '余'])) {
      approximate = true;
      pos += 1;
    }
    let unit: string | null = null;
    let kind: QuantityKind = 'other';
    // "同比增长 3.7 %": a space before the sign as some pages write it
    if (big === '' && (text.startsWith('%', pos) || (arabic !== undefined && text.startsWith(' %', pos)))) {
      unit = '%';
      kind = 'percent';
      pos += text.charAt(pos) === ' ' ? 2 : 1;
    } else if (big === '' && (text.startsWith('个百分点', pos) || text.startsWith('百分点', pos))) {
      unit = text.startsWith('个百分点', pos) ? '个百分点' : '百分点';
      kind = 'points';
      pos += unit.length;
    } else if (big === '' && arabic !== undefined && POINTS_LISTED.test(text.slice(pos, pos + 48))) {
      // "分别下降0.2个、下降0.6个、提高0.8个百分点": 个 for 个百分点 in a list the last item of which writes it whole
      unit = '个百分点';
      kind = 'points';
      pos += 1;
    } else {
      // 平均逗留1.2日, 3.5天: days as a unit, but 20日 is a date's day
      const days = arabic !== undefined && big === '' && (text.startsWith('天', pos) || (arabic.includes('.') && text.startsWith('日', pos)));
      const base = days ? text.charAt(pos) : startsWithAny(text, pos, BASE_UNITS);
      const range = base === null && arabic !== undefined ? rangeUnit(text, pos, big) : null;
      if (range) {
        unit = range.unit;
        kind = range.kind;
      } else if (base && !(base === '个' && NOT_A_COUNT.test(text.slice(pos, pos + 4)))) {
        unit = big + base;
        kind = MONEY.includes(base) ? 'amount' : COUNT.includes(base) ? 'count' : 'other';
        pos += base.length;
        // "161615元/人", "1.2万元/平方米": an amount per head or per unit keeps its denominator
        const per = MONEY.includes(base) ? PER_UNIT.exec(text.slice(pos, pos + 6)) : null;
        if (per) {
          unit += per[0];
          pos += per[0].length;
        }
      } else if (big !== '' && !isCjk(text.charAt(pos))) {
        unit = big;
        kind = 'amount';
      } else if (big !== '' && /^(以上|左右|以内|规模|大关)/.test(text.slice(pos))) {
        unit = big;
        kind = 'amount';
      }
    }
    if (unit === null && arabic !== undefined && big === '') {
      // "高1.4、1.8个百分点", "分别为6.4和6.9个百分点", "高于全国0.7、全省2.3个百分点": one unit written for two numbers
      const next = /^[、和及与](?:全国|全省|全市|全区|全县)?(\d+(?:\.\d+)?)(个百分点|%)/.exec(text.slice(pos, pos + 16));
      if (next) {
        unit = next[2]!;
        kind = unit === '%' ? 'percent' : 'points';
      }
    }
    if (unit === null) {
      if (arabic === undefined) NUMBER.lastIndex = start + Math.max(1, m[0].length);
      continue;
    }
    if (isClassifier(text, pos)) {
      NUMBER.lastIndex = pos;
      continue;
    }
    let value: string | null;
    if (combined !== null) value = combined;
    else if (arabic !== undefined) value = arabic.replace(/,/g, '');
    else {
      value = readChinese(digits);
      // Chinese numerals count only with a money or percent unit ("三个方面", "两家" are words), or as
      // a count of ten or more that is no ordinal nor a slogan's number (新增规上企业十家, 二十三个项目).
      if (kind !== 'amount' && kind !== 'percent' && !(kind === 'count' && value !== null && Number(value) >= 10 && isChineseCount(text, start, start + m[0].length))) value = null;
    }
    if (value === null) continue;
    out.push({ start, end: pos, value, unit, kind, approximate });
    NUMBER.lastIndex = pos;
  }
  return out;
}
