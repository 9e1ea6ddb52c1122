import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { monthCrossCheckSchema, referenceFigureListSchema, referenceFigureSchema, type AcceptReferenceFigure } from '@hongtu/contracts/reference-figures';
import { apiGet, apiPost } from '../../api/client';

export const referenceFiguresKeys = {
  all: ['reference-figures'] as const,
  list: (organisationId: number | undefined, periodKey: string | undefined) => ['reference-figures', 'list', organisationId ?? null, periodKey ?? null] as const,
  crossCheck: (periodKey: string, organisationId: number) => ['reference-figures', 'cross-check', periodKey, organisationId] as const,
};

/** A district-month's reference figures against its submission (the reviewer's cross-check). */
export function useMonthCrossCheck(periodKey: string, organisationId: number) {
  return useQuery({
    queryKey: referenceFiguresKeys.crossCheck(periodKey, organisationId),
    queryFn: ({ signal }) => apiGet(`/api/reference-figures/cross-check/${periodKey}/${organisationId}`, { schema: monthCrossCheckSchema, signal }),
  });
}

export function useReferenceFigures(query: { organisationId?: number; periodKey?: string }) {
  return useQuery({
    queryKey: referenceFiguresKeys.list(query.organisationId, query.periodKey),
    queryFn: ({ signal }) => apiGet('/api/reference-figures', { query, schema: referenceFigureListSchema, signal }),
  });
}

/** Accepting a document's figure as a district-month's reference figure (city reviewers). */
export function useAcceptReferenceFigure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptReferenceFigure) => apiPost('/api/reference-figures', { body, schema: referenceFigureSchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: referenceFiguresKeys.all }),
  });
}
