// Normalising numbers typed into forms or read from imported spreadsheets.
// DOMAIN.md "Numbers as typed": full-width digits and punctuation appear in real documents.
import { type Dec, SCALE, dec, toScaled } from './decimal';

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

function invalid(reason: NumberInputInvalidReason): { kind: 'invalid'; reason: NumberInputInvalidReason } {
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
