// The unit catalogue (DOMAIN.md "Numbers and text as they appear"):
// 亿 = 10^8, 万 = 10^4, 千 = 10^3; 亿元 / 万元 / 千元 / 元; 亿美元 / 万美元; %, 个百分点; 个 宗 项 家 户 人,
// 万户 万人; 亩, 万平方米; 吨标准煤/万元 (energy use per 10 000 yuan of output).
import { type Dec, dec, div, mul } from './decimal';
import type { Locale, LocalizedText } from './locale';

export const UNIT_CODES = [
  'yuan',
  'wan_yuan',
  'yi_yuan',
  'qian_yuan',
  'usd',
  'wan_usd',
  'yi_usd',
  'percent',
  'pp',
  'count_ge',
  'count_zong',
  'count_xiang',
  'count_jia',
  'count_hu',
  'count_ren',
  'wan_hu',
  'wan_ren',
  'mu',
  'wan_sqm',
  'tce_per_wan_yuan',
] as const;

export type UnitCode = (typeof UNIT_CODES)[number];

/**
 * What can be converted into what. Each measure word (个 宗 项 家 户 人) counts a different
 * thing — 5 households are not 5 persons — so every count unit is its own dimension.
 */
export type Dimension =
  | 'money_cny'
  | 'money_usd'
  | 'percent'
  | 'percentage_point'
  | 'area'
  /** Energy used per unit of output (吨标准煤/万元): converts into nothing else. */
  | 'energy_intensity'
  | `count:${string}`;

/** Coarse grouping for display (default decimals, thousands separators). */
export type UnitKind = 'money' | 'percent' | 'points' | 'count' | 'area' | 'intensity';

export type UnitDefinition = {
  readonly code: UnitCode;
  readonly labels: LocalizedText;
  readonly kind: UnitKind;
  readonly dimension: Dimension;
  /** How many base units of the dimension one of this unit is (亿元 = 10^8 元). */
  readonly factor: Dec;
  /** The English label starts with a multiplier ("100M yuan") and is shown in parentheses. */
  readonly enMultiplier: boolean;
};

type UnitSpec = [UnitCode, zhCN: string, zhTW: string, en: string, kind: UnitKind, dimension: Dimension, factor: string];

// 1 万平方米 = 10 000 m² = 15 亩 exactly (1 亩 = 10 000 / 15 m²), so 亩 is the area base and both factors are exact.
const SPECS: readonly UnitSpec[] = [
  ['yuan', '元', '元', 'yuan', 'money', 'money_cny', '1'],
  ['wan_yuan', '万元', '萬元', '10k yuan', 'money', 'money_cny', '1e4'],
  ['yi_yuan', '亿元', '億元', '100M yuan', 'money', 'money_cny', '1e8'],
  ['qian_yuan', '千元', '千元', '1k yuan', 'money', 'money_cny', '1e3'],
  ['usd', '美元', '美元', 'USD', 'money', 'money_usd', '1'],
  ['wan_usd', '万美元', '萬美元', '10k USD', 'money', 'money_usd', '1e4'],
  ['yi_usd', '亿美元', '億美元', '100M USD', 'money', 'money_usd', '1e8'],
  ['percent', '%', '%', '%', 'percent', 'percent', '1'],
  ['pp', '个百分点', '個百分點', 'pp', 'points', 'percentage_point', '1'],
  ['count_ge', '个', '個', 'units', 'count', 'count:ge', '1'],
  ['count_zong', '宗', '宗', 'lots', 'count', 'count:zong', '1'],
  ['count_xiang', '项', '項', 'items', 'count', 'count:xiang', '1'],
  ['count_jia', '家', '家', 'firms', 'count', 'count:jia', '1'],
  ['count_hu', '户', '戶', 'households', 'count', 'count:hu', '1'],
  ['count_ren', '人', '人', 'persons', 'count', 'count:ren', '1'],
  ['wan_hu', '万户', '萬戶', '10k households', 'count', 'count:hu', '1e4'],
  ['wan_ren', '万人', '萬人', '10k persons', 'count', 'count:ren', '1e4'],
  ['mu', '亩', '畝', 'mu', 'area', 'area', '1'],
  ['wan_sqm', '万平方米', '萬平方米', '10k m²', 'area', 'area', '15'],
  ['tce_per_wan_yuan', '吨标准煤/万元', '噸標準煤/萬元', 'tce per 10k yuan', 'intensity', 'energy_intensity', '1'],
];

export const UNITS: Readonly<Record<UnitCode, UnitDefinition>> = Object.fromEntries(
  SPECS.map(([code, zhCN, zhTW, en, kind, dimension, factor]) => [
    code,
    {
      code,
      labels: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
      kind,
      dimension,
      factor: dec(factor),
      enMultiplier: /^\d/.test(en),
    },
  ]),
) as Record<UnitCode, UnitDefinition>;

export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && (UNIT_CODES as readonly string[]).includes(value);
}

export function getUnit(code: UnitCode): UnitDefinition {
  return UNITS[code];
}

export function unitLabel(code: UnitCode, locale: Locale): string {
  return UNITS[code].labels[locale];
}

export function canConvert(from: UnitCode, to: UnitCode): boolean {
  return UNITS[from].dimension === UNITS[to].dimension;
}

/** Conversion between units of different dimensions (亿元 → 亿美元, 户 → 人). */
export class UnitConversionError extends Error {
  override readonly name = 'UnitConversionError';
  constructor(
    readonly from: UnitCode,
    readonly to: UnitCode,
  ) {
    super(`Cannot convert ${from} to ${to}: different dimensions`);
  }
}

/**
 * value × factor(from) / factor(to). Exact whenever the factor ratio is a power of ten
 * (万元 ↔ 亿元) or an integer (万平方米 → 亩); 亩 → 万平方米 divides by 15 and carries 40 digits.
 */
export function convert(value: Dec, from: UnitCode, to: UnitCode): Dec {
  if (!canConvert(from, to)) throw new UnitConversionError(from, to);
  if (from === to) return value;
  return div(mul(value, UNITS[from].factor), UNITS[to].factor);
}

// ---------------------------------------------------------------------------
// Recognising a unit written in a table header: "（亿元）", "(万元)", "單位：億元", "增速(%)".

const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  億: '亿',
  萬: '万',
  個: '个',
  點: '点',
  單: '单',
  項: '项',
  戶: '户',
  畝: '亩',
  圓: '元',
  幣: '币',
  噸: '吨',
  標: '标',
  準: '准',
};

/** Extra spellings seen in documents, beyond the catalogue labels. */
const ALIASES: ReadonlyArray<[string, UnitCode]> = [
  ['人民币元', 'yuan'],
  ['人民币万元', 'wan_yuan'],
  ['人民币亿元', 'yi_yuan'],
  ['百分比', 'percent'],
  ['百分点', 'pp'],
  ['万平方公尺', 'wan_sqm'],
  ['万㎡', 'wan_sqm'],
  ['万m²', 'wan_sqm'],
  ['万m2', 'wan_sqm'],
  ['吨标煤/万元', 'tce_per_wan_yuan'],
  ['吨标准煤每万元', 'tce_per_wan_yuan'],
  ['tce/万元', 'tce_per_wan_yuan'],
];

function normaliseHeader(text: string): string {
  return [...text.normalize('NFKC')]
    .map((ch) => TRADITIONAL_TO_SIMPLIFIED[ch] ?? ch)
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const LABEL_TO_CODE: ReadonlyMap<string, UnitCode> = new Map<string, UnitCode>([
  ...UNIT_CODES.flatMap((code) =>
    Object.values(UNITS[code].labels).map((label): [string, UnitCode] => [normaliseHeader(label), code]),
  ),
  ...ALIASES.map(([alias, code]): [string, UnitCode] => [normaliseHeader(alias), code]),
]);

/**
 * The unit named in a header or label, or null. Looks inside the last pair of brackets,
 * after "单位：", and at the whole text; Traditional and full-width forms are accepted.
 */
export function parseUnitLabel(text: string): UnitCode | null {
  const normalised = normaliseHeader(text);
  const candidates: string[] = [];
  const bracketed = /[([【]([^()[\]【】]*)[)\]】][^()[\]【】]*$/.exec(normalised);
  if (bracketed?.[1] !== undefined) candidates.push(bracketed[1]);
  const afterUnitWord = /单位[:]?(.*)$/.exec(normalised);
  if (afterUnitWord?.[1] !== undefined) candidates.push(afterUnitWord[1]);
  candidates.push(normalised);
  for (const candidate of candidates) {
    const stripped = candidate.replace(/^单位[:]?/, '').replace(/[:;,.。，；]+$/, '');
    const code = LABEL_TO_CODE.get(stripped);
    if (code) return code;
  }
  return null;
}
