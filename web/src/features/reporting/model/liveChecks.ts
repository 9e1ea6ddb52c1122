import type { Indicator } from '@hongtu/contracts';
import { fixedText, fx, parseNumberInput, shownGrowth, type NumberInputInvalidReason } from '@hongtu/domain';

/** Why typed text is not a number ("12abc", "1e309"), or null when it is one or empty. The server decides; this only warns early. */
export function typedNumberProblem(text: string): NumberInputInvalidReason | null {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'invalid' ? parsed.reason : null;
}

/**
 * YoY growth of the typed YTD against last year's same period, to 2 decimals, as the server shows
 * it (the domain's shownGrowth): none for levels, on a base of zero or less, or beyond ±100,000 %.
 */
export function liveComputedYoy(ytdText: string, lastYearYtd: string | null, kind: Indicator['kind']): string | null {
  if (lastYearYtd === null) return null;
  const parsed = parseNumberInput(ytdText);
  if (parsed.kind !== 'ok') return null;
  return fixedText(shownGrowth(kind, fx(parsed.value), fx(lastYearYtd)), 2, true);
}
