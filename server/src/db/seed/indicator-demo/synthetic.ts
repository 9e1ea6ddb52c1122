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
// in the third argument replace the synthetic ones whole, as stated (and the forced cards move to
// other organisations); a target for part of the year (throughMonth) does not replace the annual one.
// Verdicts in the fourth argument ("均超时序进度") put that unit's synthetic target in the 'ahead' class.
// Estimates (预计) are not anchors.
import { add, dec, div, isLevel, mul, toPlainString } from '@hongtu/domain';
import type { IndicatorDefinition } from '../../../features/indicators/indicator-catalogue';
import type { DocumentFigure, DocumentTarget, DocumentVerdict } from './document-figures';
import { SYNTHETIC_ORGANISATIONS, REFERENCE_MONTH, DEFAULT_SEED, INDICATOR_ORDER, type IndicatorCode, PROFILES, type SeriesSpec, SPECS, CATALOGUE } from './synthetic-profiles';
import { mulberry32, hashSeed, between, d6, type Anchor, placesOf, fitCumulative, fitLevel, finish, usableAnchors, cumulativeShares, trendFactor, yoyPercent, type CardClass, RATIO_RANGES, GROWTH_TARGET_DELTA, cardClasses, niceTarget } from './synthetic-series';


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
 * annual targets of the same organisation, indicator and year, whole; `verdicts` pin card classes.
 */
export function syntheticYear(
  options: SyntheticOptions,
  allAnchors: DocumentFigure[],
  documentTargets: DocumentTarget[] = [],
  verdicts: DocumentVerdict[] = [],
): SyntheticYear {
  // An estimate (预计) is not an actual: it does not shape the series.
  const anchors = allAnchors.filter((a) => !a.estimate);
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
    // Annual targets only: a target for part of the year (throughMonth) is a period target.
    const docTargets = new Map(
      documentTargets.filter((t) => t.indicatorCode === code && t.year === year && t.throughMonth === undefined).map((t) => [t.organisationCode, t]),
    );
    const pinned = new Set([...docTargets.values()].filter((t) => t.amountTarget !== null).map((t) => t.organisationCode));
    const classes = cardClasses(code, year, seed, pinned);
    // A document's own verdict ("均超时序进度") holds: the synthetic target puts the unit ahead.
    for (const v of verdicts) if (v.year === year && v.indicatorCodes.includes(code) && !pinned.has(v.organisationCode)) classes.set(v.organisationCode, 'ahead');

    for (const org of SYNTHETIC_ORGANISATIONS) {
      const cls = classes.get(org.code) ?? 'on_track';
      const series = isLevel(def.kind) ? buildLevel(def, org.code, year, seed, anchors) : buildCumulative(def, spec, org.code, year, seed, anchors, cls);

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

      const target = isLevel(def.kind) ? levelTarget(def, org.code, year, seed, series) : cumulativeTarget(def, spec, org.code, year, seed, series, cls);
      // A unit a document calls ahead is not carded on its synthetic growth target either: the
      // target sits at least a point below the growth at the verdict's month.
      const verdict = verdicts.find((v) => v.year === year && v.organisationCode === org.code && v.indicatorCodes.includes(code));
      if (verdict && target.growthTarget !== null) {
        const growth = yoyPercent(dec(series.thisYear[verdict.month - 1]!), dec(series.lastYear[verdict.month - 1]!));
        if (growth !== null) target.growthTarget = String(Math.min(Number(target.growthTarget), Math.floor(Number(toPlainString(growth, 2))) - 1));
      }
      const doc = docTargets.get(org.code);
      // A document target is taken as stated, whole: what the document does not state stays empty
      // (a synthetic number beside a quote would be read as quoted).
      targets.push(doc ? {
        ...target,
        amountTarget: doc.amountTarget === null ? null : toPlainString(doc.amountTarget, Math.max(def.decimals, placesOf(doc.amountTarget))),
        amountComparator: doc.amountComparator,
        growthTarget: doc.growthTarget,
        growthComparator: doc.growthComparator,
      } : target);
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

export { SYNTHETIC_ORGANISATIONS, REFERENCE_MONTH, type OrganisationGroup, type SyntheticOrganisation } from './synthetic-profiles';
export { mulberry32 } from './synthetic-series';
