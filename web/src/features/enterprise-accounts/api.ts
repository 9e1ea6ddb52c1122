import { useQuery } from '@tanstack/react-query';
import { enterpriseAccountsListSchema } from '@hongtu/contracts/enterprise-accounts';
import { apiGet } from '../../api/client';

export const enterpriseAccountsKeys = { all: ['enterprise-accounts'] as const };

export function useEnterpriseAccountsList() {
  return useQuery({
    queryKey: enterpriseAccountsKeys.all,
    queryFn: ({ signal }) => apiGet('/api/enterprise-accounts', { schema: enterpriseAccountsListSchema, signal }),
  });
}
