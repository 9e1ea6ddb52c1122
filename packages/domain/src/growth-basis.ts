// Which growth an indicator's figures carry and which base it is measured on (docs/DOMAIN.md
// "Growth basis" and "Comparable basis"). Every layer asks these questions here.
//   amounts        growth computed from this and last year's amounts (nominal: investment, revenue,
//                  retail sales); a reported growth is checked against it
//   reported_real  growth at constant prices (可比价: GDP, 规上工业增加值), reported by the statistics
//                  bureau and never computed from amounts; districts often get only the rate, so the
//                  amount is optional and no check compares the rate with the amounts
// A figure of an `amounts` flow or stock may also carry an adjusted last-year base (上年同期, 同口径:
// the enterprise set changed by 进规 / 退规, an inspection corrected it, a one-off such as 留抵退税 is
// taken out) and a growth reported on that basis, with the reason; both growths are kept side by side.
import type { Fixed } from './fixed-point';
import { type IndicatorKind, computesGrowth } from './indicator-kinds';
import { shownGrowth } from './progress';

export const GROWTH_BASES = ['amounts', 'reported_real'] as const;
export type GrowthBasis = (typeof GROWTH_BASES)[number];

/** Growth at constant prices, as reported: never computed from amounts. */
export const isReportedReal = (basis: GrowthBasis): boolean => basis === 'reported_real';

/** The amount may be left empty: a figure with only its rate is complete. */
export const amountOptional = (basis: GrowthBasis): boolean => basis === 'reported_real';

/**
 * A figure is complete with its growth rate: for a real-growth indicator the rate is the figure
 * (the amount is optional); for every other one the amount is.
 */
export const rateRequired = (basis: GrowthBasis): boolean => basis === 'reported_real';

/** Our own growth from the amounts is the growth the indicator speaks of (flows and stocks whose growth is nominal). */
export const computesOwnGrowth = (kind: IndicatorKind, basis: GrowthBasis): boolean => computesGrowth(kind) && basis === 'amounts';

/** The reported growth is compared with ours (progress.ts REPORTED_GROWTH_TOLERANCE_PP) only when ours is the same growth. */
export const checksReportedGrowth = computesOwnGrowth;

/** An adjusted base (同口径上年同期) and a growth on that basis can be given: only where growth is computed from amounts. */
export const takesComparableBasis = computesOwnGrowth;

/** The reason (口径说明) is required as soon as an adjusted base or a comparable growth is given. */
export function needsComparableReason(adjustedBase: unknown, reportedComparable: unknown): boolean {
  return (adjustedBase !== null && adjustedBase !== undefined) || (reportedComparable !== null && reportedComparable !== undefined);
}

export const GROWTH_BASE_KINDS = ['adjusted', 'last_year'] as const;
export type GrowthBaseKind = (typeof GROWTH_BASE_KINDS)[number];

export interface ComputedGrowths {
  /** Against last year's figure as approved (自然口径). */
  natural: Fixed | null;
  /** Against the adjusted base (同口径), when one is given. */
  comparable: Fixed | null;
  /** The computed growth in use: against the adjusted base when one is given, else against last year's figure. */
  used: Fixed | null;
  /** Which base `used` is measured on; null when there is no computed growth. */
  usedBase: GrowthBaseKind | null;
}

const NONE: ComputedGrowths = { natural: null, comparable: null, used: null, usedBase: null };

/**
 * Our own growths of a figure (amounts of one scale): none for levels and for real growth; the
 * adjusted base, when given, is the base of the growth in use (progress.ts shownGrowth: none on a
 * base of zero or less, none beyond ±100,000 %).
 */
export function computedGrowths(
  kind: IndicatorKind,
  basis: GrowthBasis,
  ytd: bigint | null,
  lastYear: bigint | null,
  adjustedBase: bigint | null,
): ComputedGrowths {
  if (!computesOwnGrowth(kind, basis)) return NONE;
  const natural = shownGrowth(kind, ytd, lastYear);
  if (adjustedBase === null) return { natural, comparable: null, used: natural, usedBase: natural === null ? null : 'last_year' };
  const comparable = shownGrowth(kind, ytd, adjustedBase);
  return { natural, comparable, used: comparable, usedBase: comparable === null ? null : 'adjusted' };
}

/**
 * The growth a ranking, an average or a growth gap takes for one figure: the comparable basis
 * (同口径) before the natural one, and on each basis the reported growth before ours. For a real-growth
 * indicator only the reported growth counts.
 */
export function growthInUse(
  basis: GrowthBasis,
  values: { reported: Fixed | null; reportedComparable: Fixed | null; computed: ComputedGrowths },
): Fixed | null {
  if (isReportedReal(basis)) return values.reported;
  return values.reportedComparable ?? values.computed.comparable ?? values.reported ?? values.computed.natural;
}
