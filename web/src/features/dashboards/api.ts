import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  districtDashboardSchema,
  indicatorListSchema,
  overviewSchema,
  periodKeySchema,
  rankingSchema,
  reportingPeriodListSchema,
  warningBoardSchema,
  type DistrictDashboard,
  type Indicator,
  type Overview,
  type Ranking,
  type RankingMeasure,
  type WarningBoard,
} from '@hongtu/contracts';
import type { DashboardMonths } from '@hongtu/contracts/dashboard-months';
import { bulletinSchema } from '@hongtu/contracts/bulletins';
import { dashboardMonthsSchema } from '@hongtu/contracts/dashboard-months';
import { territoriesSchema, territoryOverlapSchema } from '@hongtu/contracts/territories';
import type { TerritoryOverlapKind } from '@hongtu/domain';
import type { PrefetchContext } from '../../app/feature';
import { apiDelete, apiDownload, apiGet, apiPost, apiPut, isApiError, type Query } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { downloadBlob } from '../../lib/download';
import { useDisplaySelect } from '../../lib/traditional';

/** Dashboards are read-only and change when a month is approved: a minute of staleness is fine. */
const STALE = 60_000;

export interface MonthFilter {
  period: string;
  groupId?: number | undefined;
  /** City reviewers only: include submitted figures not yet approved (the server ignores it for others). */
  includeUnapproved?: boolean;
  /** Overview only: the indicators to show, comma-separated codes; absent → the key indicators. */
  indicators?: string | undefined;
}

export interface RankingFilter extends MonthFilter {
  indicator: string;
  measure: RankingMeasure;
}

export const monthQuery = (f: MonthFilter): Query => ({
  period: f.period,
  groupId: f.groupId,
  includeUnapproved: f.includeUnapproved ? 'true' : undefined,
  indicators: f.indicators || undefined,
});
const rankingQuery = (f: RankingFilter): Query => ({ ...monthQuery(f), indicator: f.indicator, measure: f.measure });

/** The key part of a month filter, normalised so equal filters share one cache entry. */
const monthKey = (f: MonthFilter) => ({ period: f.period, groupId: f.groupId ?? null, includeUnapproved: Boolean(f.includeUnapproved), indicators: f.indicators || null });

/** Names and reasons come back in the UI language, so the language is part of every key. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  periods: ['dashboards', 'periods'] as const,
  indicators: ['dashboards', 'indicators'] as const,
  months: ['dashboards', 'months'] as const,
  overview: (f: MonthFilter) => ['dashboards', currentLanguage(), 'overview', monthKey(f)] as const,
  ranking: (f: RankingFilter) => ['dashboards', currentLanguage(), 'ranking', monthKey(f), f.indicator, f.measure] as const,
  district: (id: number, year: number | null, includeUnapproved: boolean) =>
    ['dashboards', currentLanguage(), 'district', id, year, includeUnapproved] as const,
  warnings: (f: MonthFilter) => ['dashboards', currentLanguage(), 'warnings', monthKey(f)] as const,
};

export const periodsQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.periods,
    queryFn: async () => (await apiGet('/api/periods', { schema: reportingPeriodListSchema })).items,
    staleTime: STALE,
  });

export const overviewQuery = (f: MonthFilter) =>
  queryOptions({
    queryKey: dashboardKeys.overview(f),
    queryFn: ({ signal }) => apiGet('/api/dashboard/overview', { query: monthQuery(f), schema: overviewSchema, signal }),
    staleTime: STALE,
  });

export const rankingQueryOptions = (f: RankingFilter) =>
  queryOptions({
    queryKey: dashboardKeys.ranking(f),
    queryFn: ({ signal }) => apiGet('/api/dashboard/ranking', { query: rankingQuery(f), schema: rankingSchema, signal }),
    staleTime: STALE,
  });

export function usePeriods() {
  return useQuery(periodsQuery());
}

/** Every month of the city with its coverage (已审核 12/17 区) and the month to open on: one request. */
export const monthsQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.months,
    queryFn: ({ signal }) => apiGet('/api/dashboard/months', { schema: dashboardMonthsSchema, signal }),
    staleTime: STALE,
  });

export function useMonths() {
  return useQuery(monthsQuery());
}

export function useIndicators() {
  const select = useDisplaySelect<Indicator[]>();
  return useQuery({
    select,
    queryKey: dashboardKeys.indicators,
    queryFn: async () => (await apiGet('/api/indicators', { schema: indicatorListSchema })).items,
    staleTime: 5 * 60_000,
  });
}

/**
 * True when at least one district has a figure of the month itself (what the caller may see); the
 * latest quarter standing for a quarterly indicator in a later month does not count.
 */
export function hasFigures(overview: Overview): boolean {
  const own = new Set(overview.indicators.filter((i) => (i.figurePeriodKey ?? overview.periodKey) === overview.periodKey).map((i) => i.code));
  return overview.rows.some((row) => row.cells.some((cell) => cell.ytdValue !== null && own.has(cell.indicatorCode)));
}

/**
 * The month the dashboards open on (DOMAIN.md "Which month the dashboards show"): the latest month
 * published or approved for every unit — not the first month in which one district was approved —
 * or, in a reviewer's view with unapproved figures, the month under review. One request.
 */
export const latestPeriodQuery = (includeUnapproved: boolean) =>
  queryOptions({
    ...monthsQuery(),
    select: (months: DashboardMonths) => (includeUnapproved ? months.reviewPeriod : months.defaultPeriod),
  });

export function useLatestPeriod(includeUnapproved = false, enabled = true) {
  return useQuery({ ...latestPeriodQuery(includeUnapproved), enabled });
}

/**
 * The overview's first queries, started by the router as the route is chosen (alongside the
 * session and the page's code): the month (the URL's, or the latest with figures) and its overview,
 * with the same keys the page asks for. A reviewer's `unapproved=1` view is left to the page.
 */
export function prefetchOverview({ queryClient, search }: PrefetchContext): void {
  if (search.get('unapproved') === '1') return;
  const group = Number(search.get('group'));
  const groupId = Number.isInteger(group) && group > 0 ? group : undefined;
  const given = periodKeySchema.safeParse(search.get('period'));
  const period = given.success ? Promise.resolve(given.data) : queryClient.fetchQuery(monthsQuery()).then((m) => m.defaultPeriod);
  void period
    .then((p) => (p ? queryClient.prefetchQuery(overviewQuery({ period: p, groupId, includeUnapproved: false, indicators: search.get('cols') ?? undefined })) : undefined))
    .catch(() => undefined);
}

// The dashboards only show their data: in zh-TW its stored Simplified text is shown in Traditional (useDisplaySelect).

export function useOverview(f: MonthFilter | null) {
  const select = useDisplaySelect<Overview>();
  return useQuery({ ...overviewQuery(f ?? { period: '' }), enabled: f !== null, select });
}

export function useRanking(f: RankingFilter | null) {
  const select = useDisplaySelect<Ranking>();
  return useQuery({ ...rankingQueryOptions(f ?? { period: '', indicator: '', measure: 'completion' }), enabled: f !== null, select });
}

export function useDistrictDashboard(organisationId: number | null, year: number | null, includeUnapproved = false) {
  const select = useDisplaySelect<DistrictDashboard>();
  return useQuery({
    select,
    queryKey: dashboardKeys.district(organisationId ?? 0, year, includeUnapproved),
    queryFn: ({ signal }) =>
      apiGet(`/api/dashboard/district/${organisationId}`, {
        query: { year: year ?? undefined, includeUnapproved: includeUnapproved ? 'true' : undefined },
        schema: districtDashboardSchema,
        signal,
      }),
    enabled: organisationId !== null,
    // Switching the year keeps the page (and its charts) until the new year arrives.
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function useWarningBoard(f: MonthFilter | null) {
  const select = useDisplaySelect<WarningBoard>();
  return useQuery({
    select,
    queryKey: dashboardKeys.warnings(f ?? { period: '' }),
    queryFn: ({ signal }) =>
      apiGet('/api/dashboard/warnings', { query: monthQuery(f!), schema: warningBoardSchema, signal }),
    enabled: f !== null,
    staleTime: STALE,
  });
}

/** Downloads an xlsx export of the overview or a ranking with the page's filters. */
export async function downloadExport(kind: 'overview' | 'ranking', filter: MonthFilter | RankingFilter): Promise<void> {
  const query = 'indicator' in filter ? rankingQuery(filter) : monthQuery(filter);
  const { blob, filename } = await apiDownload(`/api/dashboard/${kind}.xlsx`, { query, fallbackName: `${kind}-${filter.period}.xlsx` });
  downloadBlob(blob, filename);
}

/** The month's published bulletin (latest publication) with what changed since; null when never published. */
export function useBulletin(period: string | undefined) {
  return useQuery({
    queryKey: ['dashboards', 'bulletin', period ?? null],
    queryFn: async ({ signal }) => {
      try {
        return await apiGet(`/api/bulletins/${period}`, { schema: bulletinSchema, signal });
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
    enabled: period !== undefined,
    staleTime: STALE,
  });
}

/** Publishes the month's overview as the city's bulletin (city reviewer). */
export function usePublishBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => apiPost(`/api/bulletins/${period}`),
    onSuccess: (_, period) => queryClient.invalidateQueries({ queryKey: ['dashboards', 'bulletin', period] }),
  });
}

const territoryKey = ['dashboards', 'territories'] as const;

/** The reader's city's territorial scope: overlaps between units and whether zones rank apart. */
export function useTerritories(enabled = true) {
  return useQuery({ queryKey: territoryKey, queryFn: ({ signal }) => apiGet('/api/territories', { schema: territoriesSchema, signal }), enabled, staleTime: STALE });
}

/** The administrator's changes to the territorial scope; the dashboards are read again after each. */
export function useTerritoryChanges() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['dashboards'] });
  return {
    add: useMutation({
      mutationFn: (body: { organisationId: number; overlapsOrganisationId: number; kind: TerritoryOverlapKind }) =>
        apiPost('/api/territories/overlaps', { body, schema: territoryOverlapSchema }),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => apiDelete(`/api/territories/overlaps/${id}`), onSuccess }),
    setting: useMutation({
      mutationFn: (body: { cityId: number; rankZonesSeparately: boolean }) => apiPut('/api/territories/settings', { body, schema: territoriesSchema }),
      onSuccess,
    }),
  };
}
