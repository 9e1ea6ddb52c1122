import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { monthCrossCheckSchema, referenceFigureListSchema, referenceFigureSchema, type AcceptReferenceFigure } from '@hongtu/contracts/reference-figures';
import { apiDelete, apiGet, apiPost } from '../../api/client';

export const referenceFiguresKeys = {
  all: ['reference-figures'] as const,
  list: (query: { organisationId?: number; periodKey?: string; figureId?: number }) => ['reference-figures', 'list', query] as const,
  crossCheck: (periodKey: string, organisationId: number) => ['reference-figures', 'cross-check', periodKey, organisationId] as const,
};

/** A district-month's reference figures against its submission (the reviewer's cross-check). */
export function useMonthCrossCheck(periodKey: string, organisationId: number) {
  return useQuery({
    queryKey: referenceFiguresKeys.crossCheck(periodKey, organisationId),
    queryFn: ({ signal }) => apiGet(`/api/reference-figures/cross-check/${periodKey}/${organisationId}`, { schema: monthCrossCheckSchema, signal }),
  });
}

export function useReferenceFigures(query: { organisationId?: number; periodKey?: string; figureId?: number }, enabled = true) {
  return useQuery({
    queryKey: referenceFiguresKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/reference-figures', { query, schema: referenceFigureListSchema, signal }),
    enabled,
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

/** Withdrawing a reference figure accepted by mistake (city reviewers); its document's figure is open again. */
export function useWithdrawReferenceFigure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/reference-figures/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: referenceFiguresKeys.all }),
  });
}
