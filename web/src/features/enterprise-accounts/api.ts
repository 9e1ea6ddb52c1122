import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { enterpriseAccountItemSchema, enterpriseAccountListSchema, type EnterpriseAccountItem } from '@hongtu/contracts/enterprise-accounts';
import { apiGet, apiPost } from '../../api/client';

/** The lists an officer works with (sign-ups still proving their contact are not shown). */
export type ReviewStatus = Extract<EnterpriseAccountItem['status'], 'pending_confirmation' | 'confirmed' | 'rejected'>;

export const enterpriseAccountsKeys = { all: ['enterprise-accounts'] as const, list: (status: ReviewStatus) => ['enterprise-accounts', status] as const };

/** The sign-ups of the officer's scope in a status (the server limits them to the district, the city sees all). */
export function useEnterpriseAccountsList(status: ReviewStatus) {
  return useQuery({
    queryKey: enterpriseAccountsKeys.list(status),
    queryFn: ({ signal }) => apiGet('/api/enterprise-accounts', { query: { status }, schema: enterpriseAccountListSchema, signal }),
  });
}

/** Confirms a sign-up (linked to the registry record of its credit code) or rejects it with a reason. */
export function useReviewEnterpriseAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: number; action: 'confirm' | 'reject'; reason?: string }) =>
      apiPost(`/api/enterprise-accounts/${id}/${action}`, { ...(action === 'reject' ? { body: { reason } } : {}), schema: enterpriseAccountItemSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: enterpriseAccountsKeys.all }),
  });
}
