// Numbers written the way Chinese users write them: "525.69 亿元", "12.85%", "3.82 个百分点".
// Thousands separators only where readers expect them: counts from 10 000 up ("12,345 户");
// amounts in 亿元 / 万元 are written without separators in statistical reports ("1202亿元").
import { type Dec, dec, toPlainString } from './decimal';
import { DEFAULT_LOCALE, type Locale } from './locale';
import { type UnitCode, type UnitKind, UNITS } from './units';

export { LOCALES, DEFAULT_LOCALE, type Locale } from './locale';

const DEFAULT_PLACES: Readonly<Record<UnitKind, number>> = {
  money: 2,
  percent: 2,
  points: 2,
  count: 0,
  area: 2,
  intensity: 4,
};

/** Counts are grouped from four digits up, so a column of counts reads alike ("9,876 户" beside "12,345 户"). */
const GROUPING_FROM = dec(1000);

export type FormatOptions = { locale?: Locale; places?: number };

/** Inserts "," every three digits of the integer part. */
export function groupThousands(plain: string): string {
  const [integer = '', fraction] = plain.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The number alone, rounded half-up to the unit's usual decimals, grouped for large counts. */
export function formatNumberForUnit(value: Dec, unitCode: UnitCode, places?: number): string {
  const unit = UNITS[unitCode];
  const plain = toPlainString(value, places ?? DEFAULT_PLACES[unit.kind]);
  const useGrouping = unit.kind === 'count' && value.abs().greaterThanOrEqualTo(GROUPING_FROM);
  return useGrouping ? groupThousands(plain) : plain;
}

/** "525.69 亿元" / "525.69 億元" / "525.69 (100M yuan)"; "12.85%"; "12,345 户". */
export function formatAmount(value: Dec, unitCode: UnitCode, options: FormatOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const unit = UNITS[unitCode];
  if (unit.kind === 'percent') return formatPercent(value, options.places ?? DEFAULT_PLACES.percent);
  const number = formatNumberForUnit(value, unitCode, options.places);
  const label = unit.labels[locale];
  if (locale === 'en' && unit.enMultiplier) return `${number} (${label})`;
  return `${number} ${label}`;
}

/** A value already in percent (12.85 means 12.85 %) → "12.85%". */
export function formatPercent(value: Dec, places = 2): string {
  return `${toPlainString(value, places)}%`;
}

/** Percentage points: "3.82 个百分点" / "3.82 個百分點" / "3.82 pp". The sign is kept as given. */
export function formatPoints(value: Dec, options: FormatOptions = {}): string {
  return formatAmount(value, 'pp', options);
}

/** Up to `maxPlaces` decimals without trailing zeros: 80 → "80", 16.666… → "16.67". For thresholds in sentences. */
export function formatCompact(value: Dec, maxPlaces = 2): string {
  return toPlainString(dec(toPlainString(value, maxPlaces)));
}

/** Growth and its changes are published with one decimal ("增长4.6%"). */
export const GROWTH_PLACES = 1;

/** A rate indicator (unemployment, a share) changes in percentage points, never by a growth rate. */
export function changesInPoints(unit: string): boolean {
  return unit === 'percent' || unit === 'pp';
}

/**
 * A growth as bulletins write it, signed, one decimal: "+4.6%", "-0.3%", "0.0%"; for a rate
 * indicator the change in percentage points: "-0.3 个百分点" ("增减个百分点").
 */
export function formatGrowth(value: Dec, options: FormatOptions & { points?: boolean } = {}): string {
  const places = options.places ?? GROWTH_PLACES;
  const rounded = dec(toPlainString(value, places));
  const text = options.points ? formatPoints(value, { locale: options.locale ?? DEFAULT_LOCALE, places }) : formatPercent(value, places);
  return rounded.greaterThan(0) ? `+${text}` : text;
}
