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

/**
 * Accepting a document's figure as a district-month's reference figure (city reviewers).
 * `refreshSource` reloads what shows the figure's status (its document); it runs as part of the
 * mutation, so the document is reloaded even when the panel that asked has re-rendered meanwhile.
 */
export function useAcceptReferenceFigure(refreshSource?: () => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptReferenceFigure) => apiPost('/api/reference-figures', { body, schema: referenceFigureSchema }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: referenceFiguresKeys.all }), refreshSource?.()]),
  });
}

/** Withdrawing a reference figure accepted by mistake (city reviewers); its document's figure is open again. */
export function useWithdrawReferenceFigure(refreshSource?: () => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/reference-figures/${id}`),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: referenceFiguresKeys.all }), refreshSource?.()]),
  });
}
