// A pure, deterministic generator of demo indicator data for one year.
//
// For every district / zone below and every catalogue indicator it produces month-by-month
// year-to-date figures (this year and the same months of last year) and an annual target, so
// that the monthly dispatch screens (completion, time progress, ranking, red / yellow cards)
// have something realistic to show.
//
// Determinism: all randomness comes from mulberry32, seeded per series by a hash of
// (seed, organisation, indicator, year). Adding an organisation or an indicator does not change the
// other series, and the result never depends on the order of the anchors.
//
// Exactness: the shape is drawn with floats, but every amount is computed with decimal.js
// (@hongtu/domain) and printed with the indicator's decimals (2 for 亿元 / 亿美元 / %, 0 for
// counts and 元). A document figure (anchor) is printed as given when it has more decimals
// ('1.983' 亿美元); at its month the series equals the anchor exactly.
//
// Anchors (DOCUMENT_FIGURES) for the generated year:
// - a YTD amount fixes the series at that month; the months between anchors follow the seasonal
//   shape, those before the first / after the last are the shape scaled through the anchor;
// - a reported growth fixes last year's figure at that month (last year = this year / (1 + g)), so
//   the naive YoY equals the reported one there, and the anchor's reportedYoy is returned as is;
// - an anchor of the previous year fixes last year's series directly;
// - anchors of organisations that are not generated (e.g. the city 420100) are ignored; anchors
//   that would make a cumulative series fall are ignored (the earlier one wins).
//
// Targets: each (organisation, indicator) gets a card class; the annual amount target is set so
// that at the reference month 9 the progress ratio (completion / time progress, m / 12) falls in
// that class: ahead (≥ 1.02), on track (0.84–0.98), yellow (0.64–0.76), red (0.42–0.55). For
// fixed-asset investment two organisations are always red and three yellow. Document targets passed
// in the third argument replace the synthetic ones field by field (and the forced cards move to
// other organisations).
import { add, compare, dec, div, mul, sub, toPlainString, type Dec } from '@hongtu/domain';
import { INDICATOR_CATALOGUE, type IndicatorDefinition } from '../../../features/indicators/indicator-catalogue';
import type { DocumentFigure, DocumentTarget } from './document-figures';

export interface SyntheticOptions {
  year: number;
  /** Figures are returned for months 1..throughMonth (1–12). */
  throughMonth: number;
  /** PRNG seed; the default gives the shipped demo. */
  seed?: number;
}

export interface SyntheticFigure {
  organisationCode: string;
  indicatorCode: string;
  year: number;
  month: number;
  ytdValue: string;
  reportedYoy: string | null;
  lastYearYtd: string;
}

export interface SyntheticTarget {
  organisationCode: string;
  indicatorCode: string;
  year: number;
  amountTarget: string | null;
  amountComparator: 'ge' | 'le' | null;
  growthTarget: string | null;
  growthComparator: 'ge' | 'le' | null;
}

export interface SyntheticYear {
  figures: SyntheticFigure[];
  lastYear: SyntheticFigure[];
  targets: SyntheticTarget[];
}

export type OrganisationGroup = 'central' | 'new_city' | 'zone' | 'other';

export interface SyntheticOrganisation {
  code: string;
  name: string;
  group: OrganisationGroup;
}

/** The 13 districts and 4 functional zones of Wuhan, and 黄石市西塞山区 (seed 003). */
export const SYNTHETIC_ORGANISATIONS: SyntheticOrganisation[] = [
  { code: '420102', name: '江岸区', group: 'central' },
  { code: '420103', name: '江汉区', group: 'central' },
  { code: '420104', name: '硚口区', group: 'central' },
  { code: '420105', name: '汉阳区', group: 'central' },
  { code: '420106', name: '武昌区', group: 'central' },
  { code: '420107', name: '青山区', group: 'central' },
  { code: '420111', name: '洪山区', group: 'central' },
  { code: '420112', name: '东西湖区', group: 'new_city' },
  { code: '420113', name: '汉南区', group: 'new_city' },
  { code: '420114', name: '蔡甸区', group: 'new_city' },
  { code: '420115', name: '江夏区', group: 'new_city' },
  { code: '420116', name: '黄陂区', group: 'new_city' },
  { code: '420117', name: '新洲区', group: 'new_city' },
  { code: 'WH-DHGX', name: '东湖高新区', group: 'zone' },
  { code: 'WH-JKQ', name: '武汉经开区', group: 'zone' },
  { code: 'WH-LKG', name: '临空港经开区', group: 'zone' },
  { code: 'WH-CJXQ', name: '长江新区', group: 'zone' },
  { code: '420203', name: '西塞山区', group: 'other' },
];

/** The profile year: PROFILES hold full-year figures of this year. */
const PROFILE_YEAR = 2022;
/** Nominal trend applied to amounts away from the profile year (per year). */
const TREND = '1.06';
/** The month at which the card class of a target is set. */
export const REFERENCE_MONTH = 9;
const DEFAULT_SEED = 20190216;

const INDICATOR_ORDER = [
  'gdp', 'fixed_asset_investment', 'industrial_investment', 'real_estate_investment', 'general_budget_revenue',
  'retail_sales', 'industrial_output', 'industrial_value_added', 'investment_funds_in_place',
  'industrial_funds_in_place', 'utilized_foreign_capital', 'fdi', 'foreign_trade', 'new_market_entities',
  'new_urban_jobs', 'registered_unemployment_rate', 'urban_disposable_income',
] as const;
type IndicatorCode = (typeof INDICATOR_ORDER)[number];

// Full-year figures around 2022, in the order of INDICATOR_ORDER. Central districts lead in retail
// and revenue, new-city districts and zones in industry and investment; 东湖高新区 and 武汉经开区 have
// the largest industrial output. The unemployment rate is a level in %.
const PROFILES: Record<string, number[]> = {
  //         gdp   fai  ind  re   rev  retail out   iva   funds indF ufc  fdi  trade ent    jobs   unemp inc
  '420102': [1600, 420, 10,  230, 95,  1150, 150,  35,   800,  280, 6.5, 2.8, 260,  30000, 26000, 2.6,  62000],
  '420103': [1550, 330, 5,   200, 110, 1200, 60,   14,   700,  250, 7.5, 3.2, 300,  32000, 28000, 2.5,  64000],
  '420104': [850,  380, 20,  180, 45,  620,  260,  60,   620,  220, 4.0, 1.6, 120,  18000, 16000, 2.8,  56000],
  '420105': [900,  460, 40,  220, 55,  520,  420,  95,   680,  240, 6.0, 2.2, 150,  17000, 17000, 2.7,  55000],
  '420106': [1650, 470, 6,   250, 155, 1000, 120,  28,   950,  310, 4.2, 1.5, 200,  25000, 30000, 2.8,  66000],
  '420107': [800,  300, 90,  110, 35,  280,  1500, 330,  450,  200, 2.5, 1.0, 180,  9000,  9000,  3.1,  52000],
  '420111': [1000, 650, 60,  400, 70,  750,  380,  85,   720,  260, 3.5, 1.3, 160,  28000, 22000, 2.9,  58000],
  '420112': [900,  620, 200, 200, 60,  330,  1600, 360,  600,  320, 3.0, 1.4, 350,  16000, 14000, 3.0,  50000],
  '420113': [520,  260, 120, 60,  30,  110,  900,  210,  300,  200, 0.8, 0.4, 60,   5000,  5000,  3.3,  43000],
  '420114': [600,  520, 150, 180, 40,  220,  800,  190,  420,  250, 1.5, 0.6, 70,   9000,  8000,  3.2,  45000],
  '420115': [1000, 900, 280, 330, 65,  400,  1400, 320,  650,  380, 3.0, 1.2, 200,  18000, 15000, 3.1,  47000],
  '420116': [900,  820, 180, 300, 55,  450,  1100, 250,  600,  330, 2.0, 0.8, 90,   16000, 14000, 3.2,  44000],
  '420117': [800,  700, 200, 150, 45,  380,  1200, 280,  500,  300, 1.2, 0.5, 60,   12000, 11000, 3.4,  42000],
  'WH-DHGX': [2500, 1450, 600, 500, 200, 500, 5500, 1200, 1200, 800, 9.5, 4.5, 1500, 38000, 30000, 2.2, 70000],
  'WH-JKQ':  [2000, 1100, 450, 250, 150, 400, 5200, 1100, 1000, 700, 9.0, 4.0, 1200, 20000, 20000, 2.4, 60000],
  'WH-LKG':  [800,  600, 220, 180, 50,  250,  1500, 340,  520,  300, 2.0, 0.9, 300,  15000, 12000, 2.9,  50000],
  'WH-CJXQ': [550,  500, 120, 200, 35,  180,  500,  120,  400,  220, 1.0, 0.5, 80,   8000,  7000,  3.3,  46000],
  '420203':  [260,  20,  10,  5,   2.75, 22,  120,  30,   60,   40,  0.3, 0.15, 30,  3000,  3000,  2.6,  45000],
};

// Monthly shares (relative weights, normalised per series): January and February low, December high.
const SHAPES = {
  gdp:        [6.5, 6.0, 8.0, 8.0, 8.3, 8.7, 8.0, 8.0, 8.9, 9.0, 9.2, 11.4],
  investment: [3.5, 3.5, 7.5, 8.0, 8.5, 9.5, 8.0, 8.0, 9.0, 9.5, 10.5, 14.5],
  revenue:    [7.0, 6.0, 8.0, 9.0, 8.5, 9.0, 8.0, 7.5, 8.0, 9.0, 9.0, 11.0],
  retail:     [8.3, 7.2, 8.0, 8.0, 8.4, 8.4, 8.0, 8.0, 8.4, 9.0, 9.0, 9.3],
  industry:   [6.5, 5.5, 8.3, 8.2, 8.4, 8.8, 8.1, 8.1, 8.7, 8.9, 9.3, 11.2],
  funds:      [4.0, 4.5, 9.0, 7.5, 8.0, 10.0, 7.5, 7.5, 9.5, 8.5, 9.0, 15.0],
  trade:      [8.0, 6.5, 8.0, 8.0, 8.3, 8.5, 8.5, 8.5, 8.5, 8.7, 8.9, 10.6],
  counts:     [5.0, 5.0, 9.0, 8.5, 8.5, 9.0, 8.5, 8.5, 9.0, 9.0, 9.0, 11.0],
  income:     [9.5, 7.0, 8.5, 8.0, 8.0, 8.5, 8.0, 8.0, 8.5, 8.0, 8.0, 10.0],
} as const;

interface SeriesSpec {
  shape: readonly number[];
  /** Range of the year's growth in percent. */
  growth: [number, number];
  /** Typical growth target range in percent. */
  growthTarget: [number, number];
}

const SPECS: Record<IndicatorCode, SeriesSpec> = {
  gdp: { shape: SHAPES.gdp, growth: [2, 9], growthTarget: [6, 9] },
  fixed_asset_investment: { shape: SHAPES.investment, growth: [-6, 22], growthTarget: [8, 15] },
  industrial_investment: { shape: SHAPES.investment, growth: [-6, 24], growthTarget: [10, 20] },
  real_estate_investment: { shape: SHAPES.investment, growth: [-8, 15], growthTarget: [0, 8] },
  general_budget_revenue: { shape: SHAPES.revenue, growth: [-4, 14], growthTarget: [5, 10] },
  retail_sales: { shape: SHAPES.retail, growth: [1, 12], growthTarget: [6, 10] },
  industrial_output: { shape: SHAPES.industry, growth: [-2, 15], growthTarget: [8, 14] },
  industrial_value_added: { shape: SHAPES.industry, growth: [0, 12], growthTarget: [7, 11] },
  investment_funds_in_place: { shape: SHAPES.funds, growth: [2, 22], growthTarget: [10, 18] },
  industrial_funds_in_place: { shape: SHAPES.funds, growth: [2, 24], growthTarget: [10, 20] },
  utilized_foreign_capital: { shape: SHAPES.funds, growth: [-6, 24], growthTarget: [5, 15] },
  fdi: { shape: SHAPES.funds, growth: [-6, 24], growthTarget: [5, 15] },
  foreign_trade: { shape: SHAPES.trade, growth: [-6, 20], growthTarget: [5, 12] },
  new_market_entities: { shape: SHAPES.counts, growth: [-5, 20], growthTarget: [8, 15] },
  new_urban_jobs: { shape: SHAPES.counts, growth: [-3, 10], growthTarget: [2, 6] },
  registered_unemployment_rate: { shape: SHAPES.counts, growth: [0, 0], growthTarget: [0, 0] },
  urban_disposable_income: { shape: SHAPES.income, growth: [4, 8], growthTarget: [6, 8] },
};

const CATALOGUE = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d]));

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts, so each series has its own stream. */
function hashSeed(seed: number, ...parts: Array<string | number>): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const ch of `${parts.join('|')}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const between = (rng: () => number, lo: number, hi: number): number => lo + (hi - lo) * rng();
/** Floats enter the decimal world through a fixed number of places, so the result is platform-independent. */
const d6 = (x: number): Dec => dec(x.toFixed(6));

// ---------------------------------------------------------------------------------------------
// Series construction

type Anchor = { month: number; value: Dec; text: string };

/** Places of a decimal string ('1.983' → 3). */
function placesOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

/**
 * A 12-month series through the anchors: between two anchors the base shape is interpolated,
 * before the first and after the last anchor the base is scaled through it. With a strictly
 * increasing base and non-decreasing anchors the result is non-decreasing.
 */
function fitCumulative(base: Dec[], anchors: Anchor[]): Dec[] {
  if (anchors.length === 0) return base.slice();
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  return base.map((b, i) => {
    const m = i + 1;
    if (m <= first.month) return mul(first.value, div(b, base[first.month - 1]!));
    if (m >= last.month) return mul(last.value, div(b, base[last.month - 1]!));
    let k = 0;
    while (anchors[k + 1]!.month < m) k++;
    const lo = anchors[k]!;
    const hi = anchors[k + 1]!;
    const bLo = base[lo.month - 1]!;
    const bHi = base[hi.month - 1]!;
    return add(lo.value, mul(sub(hi.value, lo.value), div(sub(b, bLo), sub(bHi, bLo))));
  });
}

/** A level series (a rate) through the anchors: offsets interpolated linearly between anchors. */
function fitLevel(base: Dec[], anchors: Anchor[]): Dec[] {
  if (anchors.length === 0) return base.slice();
  const offsets = anchors.map((a) => ({ month: a.month, offset: sub(a.value, base[a.month - 1]!) }));
  const first = offsets[0]!;
  const last = offsets[offsets.length - 1]!;
  return base.map((b, i) => {
    const m = i + 1;
    if (m <= first.month) return add(b, first.offset);
    if (m >= last.month) return add(b, last.offset);
    let k = 0;
    while (offsets[k + 1]!.month < m) k++;
    const lo = offsets[k]!;
    const hi = offsets[k + 1]!;
    const t = div(m - lo.month, hi.month - lo.month);
    return add(b, add(lo.offset, mul(sub(hi.offset, lo.offset), t)));
  });
}

/**
 * Prints the series with the indicator's decimals (anchors as given) and, for cumulative series,
 * repairs the rare rounding inversions next to an anchor that carries more decimals.
 */
function finish(values: Dec[], anchors: Anchor[], decimals: number, cumulative: boolean): string[] {
  const byMonth = new Map(anchors.map((a) => [a.month, a]));
  const out: Dec[] = values.map((v, i) => {
    const a = byMonth.get(i + 1);
    return a ? a.value : dec(toPlainString(v, decimals));
  });
  if (cumulative) {
    for (let i = 1; i < 12; i++) if (!byMonth.has(i + 1) && compare(out[i]!, out[i - 1]!) < 0) out[i] = out[i - 1]!;
    for (let i = 10; i >= 0; i--) if (!byMonth.has(i + 1) && compare(out[i]!, out[i + 1]!) > 0) out[i] = out[i + 1]!;
  }
  return out.map((v, i) => {
    const a = byMonth.get(i + 1);
    if (!a) return toPlainString(v, decimals);
    return toPlainString(a.value, Math.max(decimals, placesOf(a.text)));
  });
}

/** Keeps the anchors of one series that can be honoured: first per month, and non-decreasing when cumulative. */
function usableAnchors(candidates: Anchor[], cumulative: boolean): Anchor[] {
  const sorted = [...candidates].sort((a, b) => a.month - b.month);
  const kept: Anchor[] = [];
  for (const a of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && prev.month === a.month) continue;
    if (cumulative && prev && compare(a.value, prev.value) < 0) continue;
    if (cumulative && a.value.isNegative()) continue;
    kept.push(a);
  }
  return kept;
}

/** Cumulative shares C(1..12) of a noisy shape, C(12) = 1. */
function cumulativeShares(shape: readonly number[], rng: () => number, noise: number, tilt: number): Dec[] {
  const raw = shape.map((w, i) => w * (1 + between(rng, -noise, noise)) * (1 + tilt * ((i - 5.5) / 5.5)));
  // December stays above the average month whatever the noise (year-end push 冲刺全年).
  const earlierMean = raw.slice(0, 11).reduce((s, w) => s + w, 0) / 11;
  raw[11] = Math.max(raw[11]!, earlierMean * 1.08);
  const weights = raw.map(d6);
  const total = weights.reduce((s, w) => add(s, w), dec(0));
  let running = dec(0);
  return weights.map((w) => {
    running = add(running, w);
    return div(running, total);
  });
}

function trendFactor(year: number): Dec {
  let f = dec(1);
  const steps = Math.abs(year - PROFILE_YEAR);
  for (let i = 0; i < steps; i++) f = year >= PROFILE_YEAR ? mul(f, TREND) : div(f, TREND);
  return f;
}

const yoyPercent = (current: Dec, previous: Dec): Dec | null =>
  previous.isZero() ? null : mul(sub(div(current, previous), 1), 100);

// ---------------------------------------------------------------------------------------------
// Card classes

type CardClass = 'ahead' | 'on_track' | 'yellow' | 'red';
const RATIO_RANGES: Record<CardClass, [number, number]> = {
  ahead: [1.02, 1.18],
  on_track: [0.84, 0.98],
  yellow: [0.64, 0.76],
  red: [0.42, 0.55],
};
/** Growth target relative to the actual growth, by class (pp). */
const GROWTH_TARGET_DELTA: Record<CardClass, [number, number]> = {
  ahead: [-4, -1],
  on_track: [0, 2],
  yellow: [3, 6],
  red: [6, 10],
};

function cardClasses(indicator: IndicatorCode, year: number, seed: number, pinned: Set<string>): Map<string, CardClass> {
  const rng = mulberry32(hashSeed(seed, 'cards', indicator, year));
  const draws = SYNTHETIC_ORGANISATIONS.map((o) => ({ code: o.code, u: rng() }));
  const classes = new Map<string, CardClass>();
  if (indicator === 'fixed_asset_investment') {
    // Guaranteed mix: two red, three yellow, four slightly behind, the rest ahead.
    const order = draws.filter((d) => !pinned.has(d.code)).sort((a, b) => a.u - b.u);
    order.forEach((d, i) => classes.set(d.code, i < 2 ? 'red' : i < 5 ? 'yellow' : i < 9 ? 'on_track' : 'ahead'));
    for (const code of pinned) classes.set(code, 'on_track');
    return classes;
  }
  for (const d of draws) classes.set(d.code, d.u < 0.1 ? 'red' : d.u < 0.28 ? 'yellow' : d.u < 0.58 ? 'on_track' : 'ahead');
  return classes;
}

/** Rounds a target the way plans are written: integers from 100, one decimal from 10, else two. */
function niceTarget(value: Dec, decimals: number): Dec {
  if (decimals === 0) {
    const step = compare(value, 10000) >= 0 ? 100 : compare(value, 1000) >= 0 ? 10 : 1;
    return mul(div(value, step, { places: 0 }), step);
  }
  const places = compare(value, 100) >= 0 ? 0 : compare(value, 10) >= 0 ? 1 : 2;
  return div(value, 1, { places });
}

// ---------------------------------------------------------------------------------------------
// The generator

interface BuiltSeries {
  thisYear: string[];
  lastYear: string[];
  twoYearsAgo: string[];
  reportedYoy: Array<string | null>;
  lastYearReportedYoy: Array<string | null>;
}

function anchorsFor(all: DocumentFigure[], org: string, indicator: string, year: number): DocumentFigure[] {
  return all.filter((a) => a.organisationCode === org && a.indicatorCode === indicator && a.year === year);
}

function buildCumulative(
  def: IndicatorDefinition,
  spec: SeriesSpec,
  org: string,
  year: number,
  seed: number,
  allAnchors: DocumentFigure[],
  cls: CardClass,
): BuiltSeries {
  const rng = mulberry32(hashSeed(seed, org, def.code, year));
  const profile = PROFILES[org]![INDICATOR_ORDER.indexOf(def.code as IndicatorCode)]!;
  const annual = mul(mul(d6(profile), trendFactor(year)), d6(between(rng, 0.92, 1.08)));

  // Laggards grow less and start slower.
  const [gLo, gHi] = spec.growth;
  const g = cls === 'red' ? between(rng, gLo, gLo + (gHi - gLo) * 0.3) : between(rng, gLo, gHi);
  const tilt = cls === 'red' || cls === 'yellow' ? between(rng, 0.05, 0.15) : between(rng, -0.05, 0.08);
  const shares = cumulativeShares(spec.shape, rng, 0.12, tilt);
  const decimals = def.decimals;

  // This year: the shape scaled to the annual figure, then fitted through the value anchors.
  const docs = anchorsFor(allAnchors, org, def.code, year);
  const valueAnchors = usableAnchors(
    docs.filter((a) => a.ytdValue !== null).map((a) => ({ month: a.month, value: dec(a.ytdValue!), text: a.ytdValue! })),
    true,
  );
  const tyText = finish(fitCumulative(shares.map((c) => mul(annual, c)), valueAnchors), valueAnchors, decimals, true);
  const ty = tyText.map((t) => dec(t));

  // Monthly growth path: the year's growth with a small wiggle, pinned where a document reports growth.
  const growthAnchors = new Map<number, string>();
  for (const a of [...docs].sort((x, y) => x.month - y.month)) {
    if (a.reportedYoy !== null && !growthAnchors.has(a.month)) growthAnchors.set(a.month, a.reportedYoy);
  }
  const pinnedMonths = [...growthAnchors.keys()].sort((a, b) => a - b);
  const wiggle = Array.from({ length: 12 }, () => between(rng, -1.2, 1.2));
  const gPath: number[] = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    if (pinnedMonths.length === 0) return g + wiggle[i]!;
    const firstM = pinnedMonths[0]!;
    const lastM = pinnedMonths[pinnedMonths.length - 1]!;
    const at = (month: number) => Number(growthAnchors.get(month));
    if (m <= firstM) return at(firstM) + (m === firstM ? 0 : wiggle[i]!);
    if (m >= lastM) return at(lastM) + (m === lastM ? 0 : wiggle[i]!);
    const k = pinnedMonths.findIndex((p, j) => p <= m && pinnedMonths[j + 1]! >= m);
    const lo = pinnedMonths[k]!;
    const hi = pinnedMonths[k + 1]!;
    if (m === lo || m === hi) return at(m);
    return at(lo) + ((at(hi) - at(lo)) * (m - lo)) / (hi - lo) + wiggle[i]!;
  });

  // Last year: this year / (1 + g), fitted through last year's anchors (direct ones first, then
  // the ones implied by a reported growth).
  const lyBase = ty.map((v, i) => div(v, add(1, div(d6(gPath[i]!), 100))));
  const direct = anchorsFor(allAnchors, org, def.code, year - 1)
    .filter((a) => a.ytdValue !== null)
    .map((a) => ({ month: a.month, value: dec(a.ytdValue!), text: a.ytdValue! }));
  const implied = pinnedMonths
    .filter((m) => !direct.some((a) => a.month === m))
    .map((m) => {
      const value = dec(toPlainString(div(ty[m - 1]!, add(1, div(growthAnchors.get(m)!, 100))), decimals));
      return { month: m, value, text: toPlainString(value, decimals) };
    });
  const lyAnchors = usableAnchors([...direct, ...implied], true);
  const lyText = finish(fitCumulative(lyBase, lyAnchors), lyAnchors, decimals, true);
  const ly = lyText.map((t) => dec(t));

  // Two years ago (only for last year's lastYearYtd): a plain growth step back.
  const g2 = between(rng, spec.growth[0], spec.growth[1]);
  const ly2Text = finish(
    ly.map((v) => div(v, add(1, div(d6(g2), 100)))),
    [],
    decimals,
    true,
  );

  // Reported growth: as documented at anchor months; otherwise the naive YoY to one decimal.
  // Revenue is reported on a comparable basis (同口径) in some districts, so it differs a little.
  const comparableOffset = def.code === 'general_budget_revenue' && rng() < 0.35 ? between(rng, -3, 3) : 0;
  const reportedYoy = ty.map((v, i) => {
    const documented = growthAnchors.get(i + 1);
    if (documented !== undefined) return documented;
    const naive = yoyPercent(v, ly[i]!);
    return naive === null ? null : toPlainString(add(naive, d6(comparableOffset)), 1);
  });
  const lastYearReportedYoy = ly.map((v, i) => {
    const naive = yoyPercent(v, dec(ly2Text[i]!));
    return naive === null ? null : toPlainString(naive, 1);
  });

  return { thisYear: tyText, lastYear: lyText, twoYearsAgo: ly2Text, reportedYoy, lastYearReportedYoy };
}

function buildLevel(
  def: IndicatorDefinition,
  org: string,
  year: number,
  seed: number,
  allAnchors: DocumentFigure[],
): BuiltSeries {
  const rng = mulberry32(hashSeed(seed, org, def.code, year));
  const baseLevel = PROFILES[org]![INDICATOR_ORDER.indexOf(def.code as IndicatorCode)]! + between(rng, -0.2, 0.2);
  // After the Spring Festival the rate rises a little, towards the year end it eases.
  const season = [0.05, 0.12, 0.1, 0.06, 0.03, 0.02, 0.04, 0.03, 0, -0.03, -0.06, -0.08];
  const base = season.map((s) => d6(baseLevel + s + between(rng, -0.04, 0.04)));
  const toAnchor = (a: DocumentFigure): Anchor => ({ month: a.month, value: dec(a.ytdValue!), text: a.ytdValue! });
  const anchors = usableAnchors(anchorsFor(allAnchors, org, def.code, year).filter((a) => a.ytdValue !== null).map(toAnchor), false);
  const thisYear = finish(fitLevel(base, anchors), anchors, def.decimals, false);

  const shift = between(rng, -0.3, 0.3);
  const lyBase = thisYear.map((v) => add(dec(v), d6(shift + between(rng, -0.03, 0.03))));
  const lyAnchors = usableAnchors(anchorsFor(allAnchors, org, def.code, year - 1).filter((a) => a.ytdValue !== null).map(toAnchor), false);
  const lastYear = finish(fitLevel(lyBase, lyAnchors), lyAnchors, def.decimals, false);
  const shift2 = between(rng, -0.3, 0.3);
  const twoYearsAgo = finish(lastYear.map((v) => add(dec(v), d6(shift2))), [], def.decimals, false);

  // A rate has no meaningful percent growth; the change shows as last year's level.
  const none = Array.from({ length: 12 }, () => null);
  return { thisYear, lastYear, twoYearsAgo, reportedYoy: none, lastYearReportedYoy: none };
}

/**
 * Generates one demo year for every organisation in SYNTHETIC_ORGANISATIONS and every indicator of
 * the catalogue. `anchors` are document figures the series must pass through (any year; only the
 * generated year and the year before are used). `documentTargets` (optional) replace the synthetic
 * targets of the same organisation, indicator and year, field by field.
 */
export function syntheticYear(
  options: SyntheticOptions,
  anchors: DocumentFigure[],
  documentTargets: DocumentTarget[] = [],
): SyntheticYear {
  const { year } = options;
  const throughMonth = Math.trunc(options.throughMonth);
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer: ${year}`);
  if (throughMonth < 1 || throughMonth > 12) throw new RangeError(`throughMonth must be 1–12: ${options.throughMonth}`);
  const seed = options.seed ?? DEFAULT_SEED;

  const figures: SyntheticFigure[] = [];
  const lastYear: SyntheticFigure[] = [];
  const targets: SyntheticTarget[] = [];

  for (const code of INDICATOR_ORDER) {
    const def = CATALOGUE.get(code);
    if (!def) continue; // the catalogue is the source of truth; an unknown code is skipped
    const spec = SPECS[code];
    const docTargets = new Map(
      documentTargets.filter((t) => t.indicatorCode === code && t.year === year).map((t) => [t.organisationCode, t]),
    );
    const pinned = new Set([...docTargets.values()].filter((t) => t.amountTarget !== null).map((t) => t.organisationCode));
    const classes = cardClasses(code, year, seed, pinned);

    for (const org of SYNTHETIC_ORGANISATIONS) {
      const cls = classes.get(org.code) ?? 'on_track';
      const series = def.kind === 'ratio' ? buildLevel(def, org.code, year, seed, anchors) : buildCumulative(def, spec, org.code, year, seed, anchors, cls);

      for (let m = 1; m <= throughMonth; m++) {
        figures.push({
          organisationCode: org.code, indicatorCode: code, year, month: m,
          ytdValue: series.thisYear[m - 1]!, reportedYoy: series.reportedYoy[m - 1]!, lastYearYtd: series.lastYear[m - 1]!,
        });
        lastYear.push({
          organisationCode: org.code, indicatorCode: code, year: year - 1, month: m,
          ytdValue: series.lastYear[m - 1]!, reportedYoy: series.lastYearReportedYoy[m - 1]!, lastYearYtd: series.twoYearsAgo[m - 1]!,
        });
      }

      const target = def.kind === 'ratio' ? levelTarget(def, org.code, year, seed, series) : cumulativeTarget(def, spec, org.code, year, seed, series, cls);
      const doc = docTargets.get(org.code);
      if (doc) {
        if (doc.amountTarget !== null) {
          target.amountTarget = toPlainString(doc.amountTarget, Math.max(def.decimals, placesOf(doc.amountTarget)));
          target.amountComparator = doc.amountComparator;
        }
        if (doc.growthTarget !== null) {
          target.growthTarget = doc.growthTarget;
          target.growthComparator = doc.growthComparator;
        }
      }
      targets.push(target);
    }
  }
  return { figures, lastYear, targets };
}

/**
 * Generated figures as anchors, to chain demo years: passing year Y's figures when generating
 * year Y + 1 makes Y + 1's `lastYear` equal to them month by month (so two demo years that follow
 * each other never disagree about the earlier one).
 */
export function asAnchors(figures: SyntheticFigure[]): DocumentFigure[] {
  return figures.map((f) => ({
    organisationCode: f.organisationCode, indicatorCode: f.indicatorCode, year: f.year, month: f.month,
    ytdValue: f.ytdValue, reportedYoy: null, source: { file: 'synthetic', quote: '' },
  }));
}

function cumulativeTarget(
  def: IndicatorDefinition,
  spec: SeriesSpec,
  org: string,
  year: number,
  seed: number,
  series: BuiltSeries,
  cls: CardClass,
): SyntheticTarget {
  const rng = mulberry32(hashSeed(seed, 'target', org, def.code, year));
  const [rLo, rHi] = RATIO_RANGES[cls];
  const ratio = d6(between(rng, rLo, rHi));
  const timeProgress = div(REFERENCE_MONTH, 12);
  // completion(9) = ytd(9) / target = ratio × 9/12  ⇒  target = ytd(9) / (ratio × 9/12)
  const ytd = dec(series.thisYear[REFERENCE_MONTH - 1]!);
  const amount = niceTarget(div(ytd, mul(ratio, timeProgress)), def.decimals);

  const actualGrowth = yoyPercent(dec(series.thisYear[11]!), dec(series.lastYear[11]!));
  const [dLo, dHi] = GROWTH_TARGET_DELTA[cls];
  const [tLo, tHi] = spec.growthTarget;
  const raw = (actualGrowth === null ? (tLo + tHi) / 2 : Number(toPlainString(actualGrowth, 2))) + between(rng, dLo, dHi);
  const growth = Math.round(Math.min(Math.max(raw, tLo - 2), tHi + 8));

  return {
    organisationCode: org, indicatorCode: def.code, year,
    amountTarget: toPlainString(amount, def.decimals), amountComparator: 'ge',
    growthTarget: String(growth), growthComparator: 'ge',
  };
}

/** A rate target is a ceiling ("控制在3.5%以内"); a few districts sit above it. */
function levelTarget(def: IndicatorDefinition, org: string, year: number, seed: number, series: BuiltSeries): SyntheticTarget {
  const rng = mulberry32(hashSeed(seed, 'target', org, def.code, year));
  const level = Number(series.thisYear[REFERENCE_MONTH - 1]);
  const ceiling = level + (rng() < 0.15 ? between(rng, -0.3, -0.05) : between(rng, 0.1, 0.5));
  return {
    organisationCode: org, indicatorCode: def.code, year,
    amountTarget: toPlainString(d6(Math.round(ceiling * 10) / 10), def.decimals), amountComparator: 'le',
    growthTarget: null, growthComparator: null,
  };
}
