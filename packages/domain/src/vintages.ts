// A figure's vintage (docs/DOMAIN.md "Vintages"): how far the statistics system has settled it.
//   flash        快报: the first release, days after the month ends
//   preliminary  初步核算: the province's unified accounting of the quarter (GDP and its relatives)
//   verified     核实: the checked figure, after inspection and the enterprise set's corrections
//   annual       年报: the annual report's figure, final
// A figure moves forward only; going back (核实 → 快报) is a correction of the record, allowed only
// while the city has reopened the month by granting a revision.

export const FIGURE_VINTAGES = ['flash', 'preliminary', 'verified', 'annual'] as const;
export type FigureVintage = (typeof FIGURE_VINTAGES)[number];

/** The vintage of a figure saved without one, and of every figure stored before vintages existed. */
export const DEFAULT_VINTAGE: FigureVintage = 'flash';

export const isFigureVintage = (value: unknown): value is FigureVintage =>
  typeof value === 'string' && (FIGURE_VINTAGES as readonly string[]).includes(value);

/** Position in the order flash → preliminary → verified → annual. */
export const vintageRank = (vintage: FigureVintage): number => FIGURE_VINTAGES.indexOf(vintage);

/**
 * Whether a figure stored at `from` may be saved at `to`: the same or a later vintage always; an
 * earlier one only while the month is reopened by a revision the city granted.
 */
export function vintageMoveAllowed(from: FigureVintage, to: FigureVintage, revisionGranted: boolean): boolean {
  return vintageRank(to) >= vintageRank(from) || revisionGranted;
}
