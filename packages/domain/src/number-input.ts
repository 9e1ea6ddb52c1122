// Normalising numbers typed into forms or read from imported spreadsheets.
// DOMAIN.md "Numbers as typed": full-width digits and punctuation appear in real documents.
import { type Dec, SCALE, dec, toScaled } from './decimal';
import type { UnitCode } from './units';

export type NumberInputInvalidReason =
  | 'not_a_number'
  | 'exponent'
  | 'multiple_dots'
  | 'bad_grouping'
  | 'too_large'
  | 'too_precise';

export type NumberInputResult =
  | { kind: 'ok'; value: Dec; /** the text ended with "%"; the value is kept as written (12.5% → 12.5) */ percent: boolean }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: NumberInputInvalidReason };

/** Cells that mean "no figure" in Chinese tables. */
const EMPTY_MARKERS = new Set(['', '-', '--', '—', '——', '/', '无', '無', '暂无', 'n/a']);

/** Largest magnitude storable as a scaled int64 (see decimal.ts SCALE). */
const MAX_MAGNITUDE = dec('9223372036854.775807');

const CHAR_MAP: Readonly<Record<string, string>> = {
  // The full-width full stop is a decimal point; the ideographic 。 ends a sentence and is never
  // one ("12。5" is refused: it may be two numbers, or a slip, and guessing stores a wrong figure).
  '．': '.',
  '，': ',',
  '＋': '+',
  '－': '-',
  '−': '-',
  '﹣': '-',
  '–': '-',
  '％': '%',
  '　': ' ',
  '\u00a0': ' ',
};

function toHalfWidth(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
      return CHAR_MAP[ch] ?? ch;
    })
    .join('');
}

function invalid<R extends string = NumberInputInvalidReason>(reason: R): { kind: 'invalid'; reason: R } {
  return { kind: 'invalid', reason };
}

/**
 * Parses "1,234.5", "1，234.5", "１２３．４", "+5", "−3.2", "12.85%".
 * Grouping commas must be real thousands groups ("1,23" is refused, it may be a decimal comma).
 * Exponents are refused: nobody types 1e5 into a statistics form, and "1e309" would overflow.
 */
export function parseNumberInput(raw: string): NumberInputResult {
  const trimmed = raw.trim();
  // "—" and "——" are empty markers, so test them before mapping dashes to minus signs.
  if (EMPTY_MARKERS.has(trimmed.toLowerCase())) return { kind: 'empty' };
  const text = toHalfWidth(trimmed).trim();
  if (EMPTY_MARKERS.has(text.toLowerCase())) return { kind: 'empty' };

  let body = text;
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trimEnd();

  let sign = '';
  if (body.startsWith('+') || body.startsWith('-')) {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1).trimStart();
  }

  if (/^\d*\.?\d*e[+-]?\d+$/i.test(body) && /\d/.test(body)) return invalid('exponent');
  if (!/^[\d,.]+$/.test(body) || !/\d/.test(body)) return invalid('not_a_number');
  if ((body.match(/\./g) ?? []).length > 1) return invalid('multiple_dots');

  const [integerPart = '', fractionPart] = body.split('.');
  if (fractionPart?.includes(',')) return invalid('bad_grouping');
  if (integerPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(integerPart)) return invalid('bad_grouping');

  const digits = `${sign}${integerPart.replace(/,/g, '') || '0'}${fractionPart ? `.${fractionPart}` : ''}`;
  const value = dec(digits);
  if (value.abs().greaterThan(MAX_MAGNITUDE)) return invalid('too_large');
  if (value.decimalPlaces() > SCALE) return invalid('too_precise');
  return { kind: 'ok', value, percent };
}

export type ScaledInputResult =
  | { kind: 'ok'; /** the value × 10^SCALE, as stored (ADR 0002) */ scaled: bigint; percent: boolean }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: NumberInputInvalidReason };

/** Plain ASCII decimals ("1350.5", "-7", "007.250"): the bulk of what spreadsheets hold. */
const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_SCALED = 9223372036854775807n;

/**
 * parseNumberInput answered as a scaled integer (value × 10^SCALE), for imports that read
 * tens of thousands of numbers. Plain ASCII decimals take a fast path without decimal.js that
 * gives exactly what the full parser gives (a property test compares them on random input);
 * everything else goes through parseNumberInput itself.
 */
export function parseNumberInputScaled(raw: string): ScaledInputResult {
  const plain = PLAIN_DECIMAL.exec(raw);
  if (plain) {
    let fraction = plain[3] ?? '';
    let end = fraction.length;
    while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
    fraction = fraction.slice(0, end);
    const kept = fraction.length > SCALE ? fraction.slice(0, SCALE) : fraction.padEnd(SCALE, '0');
    const magnitude = BigInt(plain[2]! + kept);
    // Beyond the 6th decimal the dropped digits are non-zero (trailing zeros are gone).
    if (magnitude > MAX_SCALED || (fraction.length > SCALE && magnitude === MAX_SCALED)) return invalid('too_large');
    if (fraction.length > SCALE) return invalid('too_precise');
    return { kind: 'ok', scaled: plain[1] === '-' ? -magnitude : magnitude, percent: false };
  }
  const parsed = parseNumberInput(raw);
  if (parsed.kind !== 'ok') return parsed;
  return { kind: 'ok', scaled: toScaled(parsed.value), percent: parsed.percent };
}

// ---------------------------------------------------------------------------
// A figure typed into the month's grid, in the indicator's unit (DOMAIN.md "Numbers as typed").

export type FigureCellInvalidReason = NumberInputInvalidReason | 'multiplier_not_allowed' | 'unit_mismatch';

export type FigureCellResult =
  | { kind: 'ok'; value: Dec; /** the text carried 万 / 亿 (or a unit word) and was converted */ converted: boolean }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: FigureCellInvalidReason };

/**
 * The power of ten a unit's own name carries over the thing it counts (亿元 = 10^8 元, 万人 = 10^4 人,
 * 亩 = 1 亩), and that thing's word; null for units a 万 / 亿 cannot apply to (%, 个百分点, 吨标准煤/万元).
 */
const UNIT_MAGNITUDE: Readonly<Record<UnitCode, { power: number; words: readonly string[] } | null>> = {
  yuan: { power: 0, words: ['元'] },
  wan_yuan: { power: 4, words: ['元'] },
  yi_yuan: { power: 8, words: ['元'] },
  qian_yuan: { power: 3, words: ['元'] },
  usd: { power: 0, words: ['美元'] },
  wan_usd: { power: 4, words: ['美元'] },
  yi_usd: { power: 8, words: ['美元'] },
  percent: null,
  pp: null,
  count_ge: { power: 0, words: ['个', '個'] },
  count_zong: { power: 0, words: ['宗'] },
  count_xiang: { power: 0, words: ['项', '項'] },
  count_jia: { power: 0, words: ['家'] },
  count_hu: { power: 0, words: ['户', '戶'] },
  count_ren: { power: 0, words: ['人'] },
  wan_hu: { power: 4, words: ['户', '戶'] },
  wan_ren: { power: 4, words: ['人'] },
  mu: { power: 0, words: ['亩', '畝'] },
  wan_sqm: { power: 4, words: ['平方米', '平方公尺', '㎡', 'm²', 'm2'] },
  tce_per_wan_yuan: null,
};

/** 万 / 萬 = 10^4, 亿 / 億 = 10^8, 万亿 = 10^12 (read as a product, as the words are). */
const MULTIPLIER_POWERS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
const MULTIPLIED = /^(.*?\d)\s*([万萬亿億]{1,2})\s*(\S*)$/u;

/**
 * A figure as written in a cell of the month's grid, as a value in the indicator's unit. Besides
 * what parseNumberInput accepts (full-width digits, "，" groups, "１２３．４"), a 万 / 亿 (萬 / 億)
 * after the number, optionally followed by the word of what the unit counts, is read as a
 * statistician reads it: "3.01万" in a 亿元 column is 3.01万元 = 0.000301 亿元, in a 万元 column 3.01,
 * in a 人 column 30 100 人, in a 万人 column 3.01. The conversion is exact (powers of ten on a
 * decimal); a result with more than 6 decimals is refused as too precise, never rounded. A
 * multiplier on a rate (%, 个百分点) or an intensity is refused (multiplier_not_allowed), as is a
 * word of another unit ("3万美元" in a 亿元 column, "5人" in a 户 column: unit_mismatch). A percent
 * sign is refused on an amount. Whether the converted figure is plausible (a 万/亿 slip) is for the
 * consistency checks, which compare it with last year's and last month's.
 */
export function parseFigureCell(raw: string, unit: UnitCode): FigureCellResult {
  const text = toHalfWidth(raw.trim()).trim();
  const magnitude = UNIT_MAGNITUDE[unit];
  const multiplied = MULTIPLIED.exec(text);
  let number = text;
  let power = magnitude?.power ?? 0;
  let converted = false;
  if (multiplied) {
    if (!magnitude) return invalid<FigureCellInvalidReason>('multiplier_not_allowed');
    const [, digits = '', words = '', suffix = ''] = multiplied;
    if (suffix !== '' && !magnitude.words.includes(suffix)) return invalid<FigureCellInvalidReason>('unit_mismatch');
    number = digits;
    power = [...words].reduce((p, ch) => p + (MULTIPLIER_POWERS[ch] ?? 0), 0);
    converted = true;
  } else if (magnitude) {
    // A unit word without a multiplier: "12元" in a 亿元 column is 12 元.
    const word = magnitude.words.find((w) => text.endsWith(w) && /\d\s*$/.test(text.slice(0, -w.length)));
    if (word) {
      number = text.slice(0, -word.length).trimEnd();
      power = 0;
      converted = true;
    } else if (/\d\s*[\u4e00-\u9fff㎡]+$/u.test(text)) {
      return invalid<FigureCellInvalidReason>('unit_mismatch');
    }
  }
  const parsed = parseNumberInput(number);
  if (parsed.kind !== 'ok') return parsed;
  if (parsed.percent && unit !== 'percent' && unit !== 'pp') return invalid('not_a_number');
  if (!converted) return { kind: 'ok', value: parsed.value, converted: false };
  const shift = power - (magnitude?.power ?? 0);
  const value = parsed.value.times(dec(`1e${shift}`));
  if (value.abs().greaterThan(MAX_MAGNITUDE)) return invalid('too_large');
  if (value.decimalPlaces() > SCALE) return invalid('too_precise');
  return { kind: 'ok', value, converted: true };
}
