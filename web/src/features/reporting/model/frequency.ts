import type { Indicator, Locale } from '@hongtu/contracts';
import { amountOptional, takesComparableBasis } from '@hongtu/domain';
import { indicatorName } from '../../../lib/format';

/** What the month form shows of an indicator beside its name (docs/DOMAIN.md "Reporting frequency", "Growth basis"). */
export interface RowTraits {
  /** Reported other than every month: the frequency is shown as a tag. */
  frequencyTag: Indicator['frequency'] | null;
  /** Real growth: the rate is the figure, the amount may be left empty. */
  amountOptional: boolean;
  /** An adjusted base and a comparable growth can be typed. */
  comparable: boolean;
}

export function rowTraits(indicator: Pick<Indicator, 'kind' | 'frequency' | 'growthBasis'>): RowTraits {
  return {
    frequencyTag: indicator.frequency === 'monthly' ? null : indicator.frequency,
    amountOptional: amountOptional(indicator.growthBasis),
    comparable: takesComparableBasis(indicator.kind, indicator.growthBasis),
  };
}

/**
 * The indicators the month does not ask for, in catalogue order, with their frequency: the notice
 * above the form ("本月不填报：地区生产总值（季报）…"). Codes the catalogue does not know are left out.
 */
export function notDueList(codes: readonly string[], indicators: readonly Indicator[], locale: Locale): { name: string; frequency: Indicator['frequency'] }[] {
  const asked = new Set(codes);
  return [...indicators]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((i) => asked.has(i.code))
    .map((i) => ({ name: indicatorName(i, locale), frequency: i.frequency }));
}

