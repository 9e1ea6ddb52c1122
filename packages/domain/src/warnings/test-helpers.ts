// Builders for warning tests: a history for one district-indicator with given monthly records.
import { fx } from '../fixed-point';
import { period } from '../periods';
import { linearTimeProgress } from '../time-progress';
import type { IndicatorHistory, MonthRecord } from './types';

export type RecordSpec = Omit<Partial<MonthRecord>, 'period' | 'completion' | 'timeProgress' | 'monthlyTaskCompletion'> & {
  month: number;
  completion?: string | number;
  timeProgress?: string | number;
  monthlyTaskCompletion?: string | number;
};

/** Completion defaults to none; time progress defaults to linear m/12 when completion is given. */
export function history(specs: RecordSpec[], year = 2024, subject: Partial<IndicatorHistory> = {}): IndicatorHistory {
  const months = specs.map(({ month, completion, timeProgress, monthlyTaskCompletion, ...flags }): MonthRecord => ({
    ...flags,
    period: period(year, month),
    completion: completion === undefined ? null : fx(completion),
    timeProgress: timeProgress !== undefined ? fx(timeProgress) : completion !== undefined ? linearTimeProgress(month) : null,
    monthlyTaskCompletion: monthlyTaskCompletion === undefined ? null : fx(monthlyTaskCompletion),
  }));
  return { orgId: 'wuchang', orgLevel: 'district', indicatorCode: 'fixed_asset_investment', ...subject, months };
}
