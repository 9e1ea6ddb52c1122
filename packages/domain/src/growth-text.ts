// Growth as statisticians write it in a cell: "增长5.1%", "下降3.2%", "同比下降3.2", "持平", and the
// change of a rate in percentage points, "增长0.5个百分点", which is not a growth rate
// (DOMAIN.md "Excel imports").
import { dec, neg, type Dec } from './decimal';
import { parseNumberInput, type NumberInputInvalidReason } from './number-input';

export type GrowthText =
  | { readonly kind: 'empty' }
  /** A growth rate in percent (下降 3.2 % → −3.2); `worded`: the sign came from a word. */
  | { readonly kind: 'rate'; readonly value: Dec; readonly worded: boolean }
  /** A change in percentage points ("增长0.5个百分点" → 0.5): a rate's change, never a growth rate. */
  | { readonly kind: 'points'; readonly value: Dec }
  | { readonly kind: 'invalid'; readonly reason: NumberInputInvalidReason | 'two_signs' };

const TRADITIONAL: Readonly<Record<string, string>> = { 長: '长', 減: '减', 個: '个', 點: '点', 較: '较', 漲: '涨', 與: '与' };

/** "同比", "比上年同期", "较去年同期", "比同期" before the words. */
const CONTEXT = /^(?:同比|(?:比|较)(?:上年|去年|上年度)?(?:同期)?)/;
const UP = /^(?:增长|增加|提高|上升|上涨|增|升|涨)/;
const DOWN = /^(?:下降|减少|降低|回落|下滑|下跌|降|减|跌)/;
const POINTS = /(?:个)?百分点$/;

/**
 * Reads a growth cell. A bare number is a rate as written ("5.1", "5.1%", "-3.2"); words give
 * the sign ("下降3.2%" → −3.2; "增长-3.2%" → −3.2; "下降-3.2%" is refused: two signs);
 * "持平" is 0; "个百分点" makes it a change in points. Full-width and Traditional forms read the same.
 */
export function parseGrowthText(raw: string): GrowthText {
  let t = [...raw.normalize('NFKC')].map((ch) => TRADITIONAL[ch] ?? ch).join('').replace(/\s+/g, '');
  t = t.replace(CONTEXT, '');
  if (t === '持平') return { kind: 'rate', value: dec(0), worded: true };
  let sign: 1 | -1 | 0 = 0;
  const up = UP.exec(t);
  const down = up ? null : DOWN.exec(t);
  if (up || down) {
    sign = up ? 1 : -1;
    t = t.slice((up ?? down)![0].length);
  }
  const points = POINTS.test(t);
  if (points) t = t.replace(POINTS, '');
  const parsed = parseNumberInput(t);
  if (parsed.kind === 'empty') return sign === 0 && !points ? { kind: 'empty' } : { kind: 'invalid', reason: 'not_a_number' };
  if (parsed.kind === 'invalid') return parsed;
  if (points && parsed.percent) return { kind: 'invalid', reason: 'not_a_number' };
  if (sign === -1 && /^[+\-−﹣–]/.test(t)) return { kind: 'invalid', reason: 'two_signs' };
  const value = sign === -1 && !parsed.value.isZero() ? neg(parsed.value) : parsed.value;
  return points ? { kind: 'points', value } : { kind: 'rate', value, worded: sign !== 0 };
}
