import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { projectListSchema } from '@hongtu/contracts/projects';
import { portalOpportunityListSchema, portalOpportunitySchema, type PortalOpportunityInput } from '@hongtu/contracts/portal';
import { apiGet, apiPost } from '../../api/client';

export const portalKeys = { all: ['portal'] as const, opportunities: ['portal', 'opportunities'] as const };

export function usePortalOpportunities() {
  return useQuery({
    queryKey: portalKeys.opportunities,
    queryFn: ({ signal }) => apiGet('/api/portal/opportunities', { schema: portalOpportunityListSchema, signal }),
  });
}

/** The major projects whose name or code contains the text (for linking an opportunity to one). */
export function useProjectSearch(q: string) {
  return useQuery({
    queryKey: ['portal', 'project-search', q],
    queryFn: ({ signal }) => apiGet('/api/projects', { query: { q: q || undefined, pageSize: 20, sort: 'totalInvestment', order: 'desc' }, schema: projectListSchema, signal }),
  });
}

export function useCreateOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalOpportunityInput) => apiPost('/api/portal/opportunities', { body, schema: portalOpportunitySchema }),
    onSuccess: () => void client.invalidateQueries({ queryKey: portalKeys.opportunities }),
  });
}

export function useMoveOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, to }: { id: number; version: number; to: 'publish' | 'withdraw' }) =>
      apiPost(`/api/portal/opportunities/${id}/${to}`, { body: { version }, schema: portalOpportunitySchema }),
    onSuccess: () => void client.invalidateQueries({ queryKey: portalKeys.opportunities }),
  });
}
