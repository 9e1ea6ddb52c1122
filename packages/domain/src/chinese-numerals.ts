// Chinese numerals as they appear in government text (DOMAIN.md "Words and characters"):
// 三, 十二, 一百零五, 两, 〇, "3.2万", "1.5亿", 三分之一, 三点五, 二〇二三, Traditional 兩 萬 億,
// and the financial capitals 壹贰叁… used in contracts.
import { type Dec, ZERO, dec, div, mul } from './decimal';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

type Token =
  | { type: 'digit'; value: number }
  | { type: 'arabic'; value: Dec }
  | { type: 'small'; value: number }
  | { type: 'big'; value: number };

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const arabic = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      tokens.push({ type: 'arabic', value: dec(arabic[0]) });
      i += arabic[0].length;
      continue;
    }
    const ch = text.charAt(i);
    const digit = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (digit !== undefined) tokens.push({ type: 'digit', value: digit });
    else if (small !== undefined) tokens.push({ type: 'small', value: small });
    else if (big !== undefined) tokens.push({ type: 'big', value: big });
    else return null;
    i += 1;
  }
  return tokens;
}

/**
 * Positional reading: 亿 closes a group of everything before it, 万 closes the part below 万,
 * 十/百/千 multiply the digit before them and must decrease inside a group.
 * Colloquial abbreviations are read as speakers mean them: 一万二 = 12000, 三千五 = 3500, 一百一 = 110.
 */
function parseInteger(tokens: readonly Token[]): Dec | null {
  if (tokens.length === 0) return null;
  // 二〇二三, 一九九八: digit-by-digit (years, codes).
  if (tokens.length >= 2 && tokens.every((t) => t.type === 'digit')) {
    return dec(tokens.map((t) => String(t.value)).join(''));
  }

  let total = ZERO; // completed 亿 groups
  let section = ZERO; // the 万 part of the current 亿 group
  let small = ZERO; // the part below 万
  let pending: Dec | null = null; // a number waiting for its unit
  let pendingIsSingleDigit = false;
  let lastUnit: number | null = null;
  let lastSmallUnit = Number.POSITIVE_INFINITY;
  let wanUsed = false;
  let zeroSinceUnit = false;

  for (const [index, token] of tokens.entries()) {
    const first = index === 0;
    if (token.type === 'digit' && token.value === 0) {
      if (pending !== null) return null; // "五零万": a digit may not stand before 零
      zeroSinceUnit = true;
      continue;
    }
    if (token.type === 'digit' || token.type === 'arabic') {
      if (pending !== null) return null;
      pending = token.type === 'digit' ? dec(token.value) : token.value;
      pendingIsSingleDigit = token.type === 'digit' || (token.value.isInteger() && token.value.lessThan(10));
      continue;
    }
    if (token.type === 'small') {
      if (token.value >= lastSmallUnit) return null; // 十百, 百百
      // An implicit 一 only where people leave it out: 十二, 百分之, 一千零十.
      const implicitOne = first || (token.value === 10 && (zeroSinceUnit || lastUnit !== null));
      if (pending === null && !implicitOne) return null;
      small = small.plus(mul(pending ?? 1, token.value));
      lastSmallUnit = token.value;
    } else {
      const group = small.plus(pending ?? 0);
      const hasContent = !group.isZero() || pending !== null || (token.value === 1e8 && !section.isZero());
      if (!hasContent && !first) return null; // "万万", "亿万"
      const multiplicand = first ? dec(1) : group;
      if (token.value === 1e4) {
        if (wanUsed) return null;
        section = section.plus(mul(multiplicand, 1e4));
        wanUsed = true;
      } else {
        total = total.plus(section).plus(first ? 1 : group).times(1e8);
        section = ZERO;
        wanUsed = false;
      }
      small = ZERO;
      lastSmallUnit = Number.POSITIVE_INFINITY;
    }
    pending = null;
    lastUnit = token.value;
    zeroSinceUnit = false;
  }

  let tail = pending ?? ZERO;
  if (pending !== null && lastUnit !== null && !zeroSinceUnit) {
    // A bare digit right after a unit is one order below it (一万二, 三千五); longer numbers are ambiguous.
    if (!pendingIsSingleDigit) return null;
    tail = mul(pending, lastUnit / 10);
  }
  return total.plus(section).plus(small).plus(tail);
}

/** "三点一四", "三点二万": integer part, 点, digits, then an optional 万 / 亿 multiplier. */
function parseWithPoint(text: string): Dec | null {
  const [integerText = '', rest = '', ...extra] = text.split(/[点點]/);
  if (extra.length > 0 || integerText === '' || rest === '') return null;
  const integer = parseIntegerText(integerText);
  if (integer === null) return null;
  let fraction = '';
  let i = 0;
  for (; i < rest.length; i += 1) {
    const ch = rest.charAt(i);
    const digit = DIGITS[ch] ?? (/\d/.test(ch) ? Number(ch) : undefined);
    if (digit === undefined) break;
    fraction += String(digit);
  }
  if (fraction === '') return null;
  let multiplier = dec(1);
  for (const ch of rest.slice(i)) {
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    multiplier = mul(multiplier, big);
  }
  return mul(integer.plus(dec(`0.${fraction}`)), multiplier);
}

function parseIntegerText(text: string): Dec | null {
  const tokens = tokenize(text);
  return tokens ? parseInteger(tokens) : null;
}

function parseUnsigned(text: string): Dec | null {
  return /[点點]/.test(text) ? parseWithPoint(text) : parseIntegerText(text);
}

/**
 * The value of a Chinese (or mixed Arabic–Chinese) numeral, or null when the text is not one.
 * "三分之一" → 1/3 (40 significant digits), "百分之十五" → 0.15, "负三" → −3.
 */
export function parseChineseNumeral(text: string): Dec | null {
  let body = text.normalize('NFKC').replace(/\s+/g, '');
  let negative = false;
  if (/^[负負-]/.test(body)) {
    negative = true;
    body = body.slice(1);
  }
  if (body === '') return null;

  let value: Dec | null;
  const fraction = body.split('分之');
  if (fraction.length === 2) {
    const [denominatorText = '', numeratorText = ''] = fraction;
    const denominator = parseUnsigned(denominatorText);
    const numerator = parseUnsigned(numeratorText);
    if (denominator === null || numerator === null || denominator.isZero()) return null;
    value = div(numerator, denominator);
  } else if (fraction.length > 2) {
    return null;
  } else {
    value = parseUnsigned(body);
  }
  if (value === null) return null;
  return negative ? value.negated() : value;
}
