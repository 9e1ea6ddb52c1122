import { useQuery } from '@tanstack/react-query';
import { portalListSchema } from '@hongtu/contracts/portal';
import { apiGet } from '../../api/client';

export const portalKeys = { all: ['portal'] as const };

export function usePortalList() {
  return useQuery({
    queryKey: portalKeys.all,
    queryFn: ({ signal }) => apiGet('/api/portal', { schema: portalListSchema, signal }),
  });
}
