import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { boardSchema, indicatorListSchema, reportingPeriodListSchema, reportingPeriodSchema, type ReportingPeriod } from '@hongtu/contracts';
import { apiGet, apiPatch, apiPost } from '../../../api/client';
import { reportingKeys } from './keys';

/** The indicator catalogue, in its display order. */
export function useIndicators() {
  return useQuery({
    queryKey: reportingKeys.indicators,
    queryFn: async () => (await apiGet('/api/indicators', { schema: indicatorListSchema })).items.toSorted((a, b) => a.sortOrder - b.sortOrder),
    staleTime: 5 * 60_000,
  });
}

/** Every reporting period (a few per year; the pages filter by year). */
export function usePeriods() {
  return useQuery({
    queryKey: reportingKeys.periods,
    queryFn: async () => (await apiGet('/api/periods', { schema: reportingPeriodListSchema })).items,
  });
}

export function useBoard(periodKey: string | undefined) {
  return useQuery({
    queryKey: reportingKeys.board(periodKey ?? ''),
    queryFn: () => apiGet(`/api/periods/${periodKey}/board`, { schema: boardSchema }),
    enabled: Boolean(periodKey),
  });
}

/** The boards of several periods (an operator's board holds only their own district). */
export function useBoards(periods: readonly ReportingPeriod[]) {
  return useQueries({
    queries: periods.map((p) => ({
      queryKey: reportingKeys.board(p.key),
      queryFn: () => apiGet(`/api/periods/${p.key}/board`, { schema: boardSchema }),
    })),
  });
}

function useInvalidatePeriods() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reportingKeys.all });
}

export function useOpenPeriod() {
  const invalidate = useInvalidatePeriods();
  return useMutation({
    mutationFn: (body: { year: number; month: number; deadlineDate?: string }) => apiPost('/api/periods', { body, schema: reportingPeriodSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdatePeriod() {
  const invalidate = useInvalidatePeriods();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; status?: 'open' | 'closed'; deadlineDate?: string }) =>
      apiPatch(`/api/periods/${id}`, { body, schema: reportingPeriodSchema }),
    onSuccess: invalidate,
  });
}
