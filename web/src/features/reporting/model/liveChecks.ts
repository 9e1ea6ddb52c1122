import type { Indicator } from '@hongtu/contracts';
import { computedGrowths, fixedText, fx, parseNumberInput, type GrowthBaseKind, type NumberInputInvalidReason } from '@hongtu/domain';

/** Why typed text is not a number ("12abc", "1e309"), or null when it is one or empty. The server decides; this only warns early. */
export function typedNumberProblem(text: string): NumberInputInvalidReason | null {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'invalid' ? parsed.reason : null;
}

const typed = (text: string): bigint | null => {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'ok' ? fx(parsed.value) : null;
};

/** Our own growths as the server computes them (packages/domain growth-basis.ts), to 2 decimals. */
export interface LiveGrowth {
  /** The growth in use: on the adjusted base when one is typed, else on last year's figure. */
  used: string | null;
  usedBase: GrowthBaseKind | null;
  /** On last year's figure (自然口径). */
  natural: string | null;
}

/**
 * Growth of the typed YTD against last year's approved figure and, when typed, the adjusted base:
 * none for levels and for real growth (reported, never computed), on a base of zero or less, or
 * beyond ±100,000 %.
 */
export function liveGrowth(
  draft: { ytdValue: string; adjustedBase: string },
  lastYearYtd: string | null,
  indicator: Pick<Indicator, 'kind' | 'growthBasis'>,
): LiveGrowth {
  const g = computedGrowths(indicator.kind, indicator.growthBasis, typed(draft.ytdValue), lastYearYtd === null ? null : fx(lastYearYtd), typed(draft.adjustedBase));
  return { used: fixedText(g.used, 2, true), usedBase: g.usedBase, natural: fixedText(g.natural, 2, true) };
}
