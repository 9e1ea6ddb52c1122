import type { Indicator } from '@hongtu/contracts';
import { computesGrowth, fixedText, fx, parseNumberInput, yoyGrowth, type NumberInputInvalidReason } from '@hongtu/domain';

/** Why typed text is not a number ("12abc", "1e309"), or null when it is one or empty. The server decides; this only warns early. */
export function typedNumberProblem(text: string): NumberInputInvalidReason | null {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'invalid' ? parsed.reason : null;
}

/**
 * YoY growth of the typed YTD against last year's same period, to 2 decimals,
 * as the server computes it; levels (rates, ratios) have none.
 */
export function liveComputedYoy(ytdText: string, lastYearYtd: string | null, kind: Indicator['kind']): string | null {
  if (lastYearYtd === null || !computesGrowth(kind)) return null;
  const parsed = parseNumberInput(ytdText);
  if (parsed.kind !== 'ok') return null;
  return fixedText(yoyGrowth(fx(parsed.value), fx(lastYearYtd)), 2, true);
}
