import { useQuery } from '@tanstack/react-query';
import { portalOpportunityListSchema } from '@hongtu/contracts/portal';
import { apiGet } from '../../api/client';

export const portalKeys = { all: ['portal'] as const, opportunities: ['portal', 'opportunities'] as const };

export function usePortalOpportunities() {
  return useQuery({
    queryKey: portalKeys.opportunities,
    queryFn: ({ signal }) => apiGet('/api/portal/opportunities', { schema: portalOpportunityListSchema, signal }),
  });
}
