// A dashboard figure's vintage (docs/DOMAIN.md "Vintages"): 快报 → 初步核算 → 核实 → 年报, named
// in the reader's language beside where the figure came from, and in a bulletin's changes.
import { FIGURE_VINTAGE_LABELS, type Locale } from '@hongtu/contracts';
import { isFigureVintage } from '@hongtu/domain';

/** The vintage named (快报 …); null without a figure, or in an answer stored before vintages were sent. */
export function vintageLabel(vintage: string | null | undefined, language: Locale): string | null {
  return isFigureVintage(vintage) ? FIGURE_VINTAGE_LABELS[vintage][language] : null;
}

/**
 * A value of a bulletin's change as the reader reads it: a vintage by its name (快报, not flash),
 * any other value as sent; "—" when empty.
 */
export function bulletinValueText(field: string, value: string | null, language: Locale): string {
  if (value === null) return '—';
  return field === 'vintage' ? (vintageLabel(value, language) ?? value) : value;
}
