import { useQuery } from '@tanstack/react-query';
import { portalSubmissionsListSchema } from '@hongtu/contracts/portal-submissions';
import { apiGet } from '../../api/client';

export const portalSubmissionsKeys = { all: ['portal-submissions'] as const };

export function usePortalSubmissionsList() {
  return useQuery({
    queryKey: portalSubmissionsKeys.all,
    queryFn: ({ signal }) => apiGet('/api/portal-submissions', { schema: portalSubmissionsListSchema, signal }),
  });
}
