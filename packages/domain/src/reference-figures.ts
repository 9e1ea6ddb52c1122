// Reference figures and the cross-check (DOMAIN.md "Reference figures and the cross-check").
// A figure read out of a published document (a district's work report says "360 亿元") is accepted
// by the city as the reference figure of a district, indicator and month. During review of that
// district-month, the submission's value is compared with it: converted EXACTLY into the unit the
// document wrote, rounded to the decimals the document wrote, then compared. "360 亿元" (no decimals)
// therefore agrees with a submission of 359.6 亿元 or 3 596 000 万元, and differs from 356 亿元.
// A reference written with a comparator (突破 360 亿元 → ≥, 不超过 5% → ≤) agrees with every value
// on its side. Growth is compared the same way, in percent with the decimals written.
import { type Dec, compare, dec, div, mul, round, sub, toPlainString } from './decimal';
import { type UnitCode, type Dimension, UNITS, parseUnitLabel } from './units';

export const REFERENCE_COMPARATORS = ['>=', '<=', '='] as const;
export type ReferenceComparator = (typeof REFERENCE_COMPARATORS)[number];

/** A unit as a document wrote it, understood: its dimension and size in base units. */
export interface WrittenUnit {
  /** The catalogue unit when the text is one ("億元" → yi_yuan); null for 万亿元, which the catalogue lacks. */
  code: UnitCode | null;
  dimension: Dimension;
  factor: Dec;
}

/**
 * The unit written in a document: a catalogue label or alias in Simplified or Traditional
 * (parseUnitLabel), or 万亿元 / 萬億元 (10^12 元). Null when it is none of these.
 */
export function readWrittenUnit(text: string | null | undefined): WrittenUnit | null {
  if (!text) return null;
  const code = parseUnitLabel(text);
  if (code) return { code, dimension: UNITS[code].dimension, factor: UNITS[code].factor };
  const trillion = /^\s*(万|萬)(亿|億)(.*)$/.exec(text);
  if (trillion) {
    const rest = parseUnitLabel(`亿${trillion[3] ?? ''}`);
    if (rest) return { code: null, dimension: UNITS[rest].dimension, factor: mul(UNITS[rest].factor, '1e4') };
  }
  return null;
}

/** How many decimals a number is written with: "360" → 0, "359.60" → 2, "-3.5" → 1. */
export function writtenPlaces(value: string): number {
  const match = /\.(\d+)$/.exec(value.trim());
  return match?.[1]?.length ?? 0;
}

/** A value in `from` (a catalogue unit) expressed in a written unit, exactly (powers of ten). */
export function toWrittenUnit(value: Dec, from: UnitCode, to: WrittenUnit): Dec | null {
  if (UNITS[from].dimension !== to.dimension) return null;
  return div(mul(value, UNITS[from].factor), to.factor);
}

export type CrossCheckStatus =
  /** The submission, rounded as the document wrote, equals the reference (or is on its side of ≥ / ≤). */
  | 'agrees'
  | 'differs'
  /** The district has not reported a value for the indicator in that month. */
  | 'no_submission'
  /** The units cannot be compared (亿元 against 家), or the reference has no value. */
  | 'not_comparable';

export interface ReferenceInput {
  /** Exact decimal as written ("360", "1.2"). */
  value: string | null;
  /** Unit as written ("亿元", "億元", "%"). */
  unit: string | null;
  /** Growth as written, in percent, negative for 下降. */
  yoyPct: string | null;
  comparator: ReferenceComparator | null;
}

export interface SubmittedInput {
  /** The district's year-to-date value in the indicator's unit. */
  value: Dec | null;
  unit: UnitCode;
  /** The growth the district reported, in percent. */
  yoyPct: Dec | null;
}

export interface CrossCheckPart {
  status: CrossCheckStatus;
  /** The reference as written ("360"), and the submission in the written unit, exact ("356", "359.6"). */
  reference: string | null;
  submitted: string | null;
  /** submitted − reference in the written unit, exact; null unless both are there. */
  difference: string | null;
}

export interface CrossCheck {
  value: CrossCheckPart;
  growth: CrossCheckPart;
  /** The worst of the two parts that could be compared: 'differs' if either differs. */
  status: CrossCheckStatus;
}

function comparePart(reference: string, submitted: Dec, comparator: ReferenceComparator | null): CrossCheckPart {
  const ref = dec(reference);
  const places = writtenPlaces(reference);
  const rounded = round(submitted, places, 'half_up');
  const side = compare(rounded, ref);
  const agrees = comparator === '>=' ? side >= 0 : comparator === '<=' ? side <= 0 : side === 0;
  return {
    status: agrees ? 'agrees' : 'differs',
    reference: toPlainString(ref),
    submitted: toPlainString(submitted),
    difference: toPlainString(sub(submitted, ref)),
  };
}

const NONE: CrossCheckPart = { status: 'not_comparable', reference: null, submitted: null, difference: null };

/**
 * The cross-check of one reference figure against the submission of the same indicator, district
 * and month. Value: the submission converted into the written unit; growth: both in percent.
 */
export function crossCheck(reference: ReferenceInput, submitted: SubmittedInput): CrossCheck {
  let value: CrossCheckPart = NONE;
  if (reference.value !== null) {
    const unit = readWrittenUnit(reference.unit) ?? (reference.unit === null ? { code: submitted.unit, dimension: UNITS[submitted.unit].dimension, factor: UNITS[submitted.unit].factor } : null);
    if (unit === null || unit.dimension !== UNITS[submitted.unit].dimension) {
      value = { ...NONE, reference: toPlainString(dec(reference.value)) };
    } else if (submitted.value === null) {
      value = { status: 'no_submission', reference: toPlainString(dec(reference.value)), submitted: null, difference: null };
    } else {
      const converted = toWrittenUnit(submitted.value, submitted.unit, unit);
      value = converted === null ? NONE : comparePart(reference.value, converted, reference.comparator);
    }
  }
  let growth: CrossCheckPart = NONE;
  if (reference.yoyPct !== null) {
    growth = submitted.yoyPct === null
      ? { status: 'no_submission', reference: toPlainString(dec(reference.yoyPct)), submitted: null, difference: null }
      : comparePart(reference.yoyPct, submitted.yoyPct, null);
  }
  return { value, growth, status: worst(value.status, growth.status) };
}

const RANK: Record<CrossCheckStatus, number> = { not_comparable: 0, agrees: 1, no_submission: 2, differs: 3 };

function worst(a: CrossCheckStatus, b: CrossCheckStatus): CrossCheckStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The district-month a figure's period (DOMAIN.md "Figures in documents") belongs to by default:
 * the last month it covers, as year-to-date values are reported. '2026-03', '2026-01..03', '2026-Q1'
 * → 2026-03; '2026-H1' → 2026-06; '2026' → 2026-12. Spans of years ('2016..2020') have none.
 */
export function monthOfFigurePeriod(period: string | null | undefined): { year: number; month: number } | null {
  if (!period) return null;
  const p = period.trim();
  let m = /^(\d{4})-(\d{2})(?:\.\.(\d{2}))?$/.exec(p);
  if (m) return checked(Number(m[1]), Number(m[3] ?? m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return checked(Number(m[1]), Number(m[2]) * 3);
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) return checked(Number(m[1]), Number(m[2]) * 6);
  m = /^(\d{4})$/.exec(p);
  if (m) return checked(Number(m[1]), 12);
  return null;
}

function checked(year: number, month: number): { year: number; month: number } | null {
  return month >= 1 && month <= 12 && year >= 1900 && year <= 9999 ? { year, month } : null;
}
