import { isDue, latestDueMonth } from '@hongtu/domain';
import type { IndicatorRow } from './indicators.table';

/** Whether the indicator is reported in `month` (packages/domain frequency.ts isDue). */
export const isIndicatorDue = (indicator: Pick<IndicatorRow, 'frequency'>, month: number): boolean => isDue(indicator.frequency, month);

/** The indicators reported in `month`, in the order given. */
export const dueIndicators = <T extends Pick<IndicatorRow, 'frequency'>>(indicators: readonly T[], month: number): T[] =>
  indicators.filter((i) => isIndicatorDue(i, month));

/** The month whose figure stands for the indicator at `month` (May → March for a quarterly one), or null before its first. */
export const latestDueMonthOf = (indicator: Pick<IndicatorRow, 'frequency'>, month: number): number | null => latestDueMonth(indicator.frequency, month);
