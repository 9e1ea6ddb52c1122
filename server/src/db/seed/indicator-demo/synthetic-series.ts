// Building blocks of the synthetic demo: seeded randomness, fitting series through anchors, card classes.
import { add, compare, dec, div, mul, sub, toPlainString, type Dec } from '@hongtu/domain';
import { SYNTHETIC_ORGANISATIONS, PROFILE_YEAR, TREND, type IndicatorCode } from './synthetic-profiles';

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
export function hashSeed(seed: number, ...parts: Array<string | number>): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const ch of `${parts.join('|')}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const between = (rng: () => number, lo: number, hi: number): number => lo + (hi - lo) * rng();
/** Floats enter the decimal world through a fixed number of places, so the result is platform-independent. */
export const d6 = (x: number): Dec => dec(x.toFixed(6));

// ---------------------------------------------------------------------------------------------
// Series construction

export type Anchor = { month: number; value: Dec; text: string };

/** Places of a decimal string ('1.983' → 3). */
export function placesOf(text: string): number {
  const i = text.indexOf('.');
  return i < 0 ? 0 : text.length - i - 1;
}

/**
 * A 12-month series through the anchors: between two anchors the base shape is interpolated,
 * before the first and after the last anchor the base is scaled through it. With a strictly
 * increasing base and non-decreasing anchors the result is non-decreasing.
 */
export function fitCumulative(base: Dec[], anchors: Anchor[]): Dec[] {
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
export function fitLevel(base: Dec[], anchors: Anchor[]): Dec[] {
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
export function finish(values: Dec[], anchors: Anchor[], decimals: number, cumulative: boolean): string[] {
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
export function usableAnchors(candidates: Anchor[], cumulative: boolean): Anchor[] {
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
export function cumulativeShares(shape: readonly number[], rng: () => number, noise: number, tilt: number): Dec[] {
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

export function trendFactor(year: number): Dec {
  let f = dec(1);
  const steps = Math.abs(year - PROFILE_YEAR);
  for (let i = 0; i < steps; i++) f = year >= PROFILE_YEAR ? mul(f, TREND) : div(f, TREND);
  return f;
}

export const yoyPercent = (current: Dec, previous: Dec): Dec | null =>
  previous.isZero() ? null : mul(sub(div(current, previous), 1), 100);

// ---------------------------------------------------------------------------------------------
// Card classes

export type CardClass = 'ahead' | 'on_track' | 'yellow' | 'red';
export const RATIO_RANGES: Record<CardClass, [number, number]> = {
  ahead: [1.02, 1.18],
  on_track: [0.84, 0.98],
  yellow: [0.64, 0.76],
  red: [0.42, 0.55],
};
/** Growth target relative to the actual growth, by class (pp). */
export const GROWTH_TARGET_DELTA: Record<CardClass, [number, number]> = {
  ahead: [-4, -1],
  on_track: [0, 2],
  yellow: [3, 6],
  red: [6, 10],
};

export function cardClasses(indicator: IndicatorCode, year: number, seed: number, pinned: Set<string>): Map<string, CardClass> {
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
export function niceTarget(value: Dec, decimals: number): Dec {
  if (decimals === 0) {
    const step = compare(value, 10000) >= 0 ? 100 : compare(value, 1000) >= 0 ? 10 : 1;
    return mul(div(value, step, { places: 0 }), step);
  }
  const places = compare(value, 100) >= 0 ? 0 : compare(value, 10) >= 0 ? 1 : 2;
  return div(value, 1, { places });
}
