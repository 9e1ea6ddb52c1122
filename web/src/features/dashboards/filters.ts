import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { periodKeySchema, rankingMeasureSchema, type RankingMeasure } from '@hongtu/contracts';
import { can } from '@hongtu/domain';
import { useCurrentUser } from '../auth/public';
import { useLatestPeriod } from './api';

export interface DashboardFilters {
  /** The chosen month; null while the default (latest with figures) is being found. */
  period: string | null;
  groupId: number | undefined;
  includeUnapproved: boolean;
  indicator: string | null;
  measure: RankingMeasure | null;
  /** Whether the user may include unapproved figures (city reviewers). */
  canIncludeUnapproved: boolean;
  /** The default month search, for PageState: loading while it runs, its error if it failed. */
  periodState: { loading: boolean; error: unknown; retry: () => void };
  /** Overview: the indicators shown (comma-separated codes; null → the key indicators) and what the columns sort by. */
  columns: string | null;
  sort: string | null;
  set: (patch: Partial<Record<'period' | 'group' | 'unapproved' | 'indicator' | 'measure' | 'cols' | 'sort', string | null>>) => void;
}

/**
 * The filters of the dashboards live in the URL (?period=2022-09&group=1&indicator=gdp&measure=yoy),
 * so a view can be bookmarked or sent; pages read and write them through this hook.
 */
export function useDashboardFilters(): DashboardFilters {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  // Unapproved figures are the reviewer's working view (the server ignores the flag for others).
  const canIncludeUnapproved = can(me.role, 'figure.review');
  const includeUnapproved = canIncludeUnapproved && params.get('unapproved') === '1';
  const periodParam = periodKeySchema.safeParse(params.get('period'));
  const latest = useLatestPeriod(includeUnapproved, !periodParam.success);
  const groupParam = Number(params.get('group'));
  const measureParam = rankingMeasureSchema.safeParse(params.get('measure'));

  const set = useCallback<DashboardFilters['set']>(
    (patch) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    period: periodParam.success ? periodParam.data : (latest.data ?? null),
    groupId: Number.isInteger(groupParam) && groupParam > 0 ? groupParam : undefined,
    includeUnapproved,
    indicator: params.get('indicator'),
    measure: measureParam.success ? measureParam.data : null,
    columns: params.get('cols'),
    sort: params.get('sort'),
    canIncludeUnapproved,
    periodState: { loading: !periodParam.success && latest.isPending, error: latest.error, retry: () => void latest.refetch() },
    set,
  };
}

/** The query string that carries the month (and group) to another dashboard page. */
export function carryFilters(f: Pick<DashboardFilters, 'period' | 'groupId'>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (f.period) params.set('period', f.period);
  if (f.groupId !== undefined) params.set('group', String(f.groupId));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}
