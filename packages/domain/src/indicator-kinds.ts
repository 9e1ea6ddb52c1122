// What an indicator's kind means for the rules (docs/DOMAIN.md "Indicator kinds"). Every layer
// asks these questions here; none writes its own `kind === …`.
//   cumulative  a flow summed over the year (GDP, investment, revenue): YTD grows month by month
//   count       a flow of whole things (projects signed, enterprises registered)
//   stock       a balance at the end of the month (deposits, loans): not summed over months
//   ratio       a level in percent (unemployment rate)
//   growth_rate a level that is itself a growth (growth of industrial value added)

export const INDICATOR_KINDS = ['cumulative', 'growth_rate', 'count', 'ratio', 'stock'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** The measures an indicator can be ranked by. */
export const RANKING_MEASURES = ['completion', 'yoy', 'progressGap', 'ytdValue'] as const;
export type RankingMeasure = (typeof RANKING_MEASURES)[number];

interface KindTraits {
  /** A rate or level: no completion of an amount target, no computed growth, may be any sign. */
  level: boolean;
  /** Summed over the year: time progress, month values (当月) and Q1 shares apply. */
  accumulates: boolean;
  /** Only whole numbers. */
  whole: boolean;
}

const TRAITS: Readonly<Record<IndicatorKind, KindTraits>> = {
  cumulative: { level: false, accumulates: true, whole: false },
  count: { level: false, accumulates: true, whole: true },
  stock: { level: false, accumulates: false, whole: false },
  ratio: { level: true, accumulates: false, whole: false },
  growth_rate: { level: true, accumulates: false, whole: false },
};

/** Rates and growth figures are levels: they are compared as they are, never summed or divided by a target. */
export const isLevel = (kind: IndicatorKind): boolean => TRAITS[kind].level;

/** Flows summed over the year: "half the time, half the task" (time progress) applies to them. */
export const accumulates = (kind: IndicatorKind): boolean => TRAITS[kind].accumulates;

/** Completion of an amount target (YTD / target) has a meaning for flows and stocks. */
export const hasCompletion = (kind: IndicatorKind): boolean => !TRAITS[kind].level;

/** Our own year-on-year growth can be computed from last year's figure (not for levels). */
export const computesGrowth = (kind: IndicatorKind): boolean => !TRAITS[kind].level;

/** A negative YTD figure is impossible for flows and stocks. */
export const mayBeNegative = (kind: IndicatorKind): boolean => TRAITS[kind].level;

/** Counts are whole numbers. */
export const isWholeNumber = (kind: IndicatorKind): boolean => TRAITS[kind].whole;

/** Q1 开门红 shares apply to the key flows. */
export const hasQ1Share = (kind: IndicatorKind): boolean => TRAITS[kind].accumulates;

/**
 * The measure a ranking uses unless the user picks one: levels by their value; others by
 * completion when some district has an amount target, else by growth.
 */
export function defaultRankingMeasure(kind: IndicatorKind, anyCompletion: boolean): RankingMeasure {
  if (isLevel(kind)) return 'ytdValue';
  return anyCompletion ? 'completion' : 'yoy';
}
