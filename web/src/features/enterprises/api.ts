import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  enterpriseImportCheckSchema,
  enterpriseImportCommitSchema,
  enterpriseListSchema,
  enterpriseOrganisationsSchema,
  enterpriseSchema,
  type CreateEnterprise,
  type EnterpriseListQuery,
  type UpdateEnterprise,
} from '@hongtu/contracts/enterprises';
import { apiDownload, apiGet, apiPost, apiPut, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export const enterprisesKeys = {
  all: ['enterprises'] as const,
  list: (query: Partial<EnterpriseListQuery>) => ['enterprises', 'list', query] as const,
  one: (id: number) => ['enterprises', 'one', id] as const,
  organisations: ['enterprises', 'organisations'] as const,
};

export function useEnterpriseList(query: Partial<EnterpriseListQuery>, enabled = true) {
  return useQuery({
    queryKey: enterprisesKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/enterprises', { query: query as Query, schema: enterpriseListSchema, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useEnterprise(id: number | undefined) {
  return useQuery({
    queryKey: enterprisesKeys.one(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/enterprises/${id}`, { schema: enterpriseSchema, signal }),
    enabled: id !== undefined,
  });
}

export function useServingOrganisations(enabled: boolean) {
  return useQuery({
    queryKey: enterprisesKeys.organisations,
    queryFn: ({ signal }) => apiGet('/api/enterprises/organisations', { schema: enterpriseOrganisationsSchema, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useSaveEnterprise(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEnterprise | UpdateEnterprise) =>
      id === undefined
        ? apiPost('/api/enterprises', { body, schema: enterpriseSchema })
        : apiPut(`/api/enterprises/${id}`, { body, schema: enterpriseSchema }),
    onSuccess: (saved) => {
      client.setQueryData(enterprisesKeys.one(saved.id), saved);
      return client.invalidateQueries({ queryKey: ['enterprises', 'list'] });
    },
  });
}

export async function downloadEnterprises(query: Partial<EnterpriseListQuery>) {
  const { blob, filename } = await apiDownload('/api/enterprises/export.xlsx', { query: query as Query, fallbackName: 'enterprises.xlsx' });
  downloadBlob(blob, filename);
}

/** Uploads a filled registry workbook: the dry run; nothing is written until the batch is committed. */
export function useEnterpriseImportUpload() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost('/api/enterprises/import', { body: form, schema: enterpriseImportCheckSchema });
    },
  });
}

/** Commits a checked batch, all or nothing. */
export function useEnterpriseImportCommit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => apiPost(`/api/enterprise-imports/${batchId}/commit`, { schema: enterpriseImportCommitSchema }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['enterprises'] }),
  });
}
