import { useQuery } from '@tanstack/react-query';
import { enterprisesListSchema } from '@hongtu/contracts/enterprises';
import { apiGet } from '../../api/client';

export const enterprisesKeys = { all: ['enterprises'] as const };

export function useEnterprisesList() {
  return useQuery({
    queryKey: enterprisesKeys.all,
    queryFn: ({ signal }) => apiGet('/api/enterprises', { schema: enterprisesListSchema, signal }),
  });
}
