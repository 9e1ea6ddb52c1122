import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { enterprisePoliciesSchema, policyEnterprisesSchema, policyListSchema } from '@hongtu/contracts/policies';
import { apiDownload, apiGet, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export const policiesKeys = {
  all: ['policies'] as const,
  list: (query: Query) => ['policies', 'list', query] as const,
  enterprises: (id: number, page: number) => ['policies', 'enterprises', id, page] as const,
  forEnterprise: (id: number) => ['policies', 'for-enterprise', id] as const,
};

export function usePolicyList(query: Query) {
  return useQuery({
    queryKey: policiesKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/policies', { query, schema: policyListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyEnterprises(id: number, page: number) {
  return useQuery({
    queryKey: policiesKeys.enterprises(id, page),
    queryFn: ({ signal }) => apiGet(`/api/policies/${id}/enterprises`, { query: { page, pageSize: 10 }, schema: policyEnterprisesSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprisePolicies(id: number | undefined) {
  return useQuery({
    queryKey: policiesKeys.forEnterprise(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/policies/for-enterprise/${id}`, { schema: enterprisePoliciesSchema, signal }),
    enabled: id !== undefined,
  });
}

export async function downloadPolicyEnterprises(id: number) {
  const { blob, filename } = await apiDownload(`/api/policies/${id}/enterprises.xlsx`, { fallbackName: `policy-${id}-enterprises.xlsx` });
  downloadBlob(blob, filename);
}
