import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  importCheckSchema,
  importCommitSchema,
  indicatorAliasListSchema,
  indicatorAliasSchema,
  type CreateIndicatorAliasRequest,
  type ImportChoices,
} from '@hongtu/contracts';
import { apiDelete, apiDownload, apiGet, apiPost } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import { reportingKeys } from '../reporting/public';

// The Excel round trip of a district's month: the template, the dry-run upload and the commit;
// and the indicators' aliases the import recognises (kept by the city).
const base = (periodKey: string, organisationId: number) => `/api/submissions/${periodKey}/${organisationId}`;

export async function downloadTemplate(periodKey: string, organisationId: number): Promise<void> {
  const { blob, filename } = await apiDownload(`${base(periodKey, organisationId)}/template.xlsx`, { fallbackName: `${periodKey}.xlsx` });
  downloadBlob(blob, filename);
}

/**
 * Uploads a filled template: the dry-run report; nothing is written until the batch is committed.
 * `columns`: the answers to an earlier dry run's questions, sent before the file.
 */
export function useImportUpload(periodKey: string, organisationId: number) {
  return useMutation({
    mutationFn: ({ file, columns }: { file: File; columns?: ImportChoices }) => {
      const form = new FormData();
      if (columns && columns.length > 0) form.append('columns', JSON.stringify(columns));
      form.append('file', file, file.name);
      return apiPost(`${base(periodKey, organisationId)}/import`, { body: form, schema: importCheckSchema });
    },
  });
}

/** Commits a checked batch with the keys of every confirmation of its dry run. */
export function useImportCommit(periodKey: string, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ batchId, confirmations }: { batchId: number; confirmations: string[] }) =>
      apiPost(`/api/imports/${batchId}/commit`, { body: { confirmations }, schema: importCommitSchema }),
    onSuccess: (result) => {
      queryClient.setQueryData(reportingKeys.submission(periodKey, organisationId), result.submission);
      void queryClient.invalidateQueries({ queryKey: reportingKeys.history(periodKey, organisationId) });
      void queryClient.invalidateQueries({ queryKey: reportingKeys.board(periodKey) });
    },
  });
}

const aliasKeys = { all: ['indicator-aliases'] as const };

export function useIndicatorAliases() {
  return useQuery({
    queryKey: aliasKeys.all,
    queryFn: async () => (await apiGet('/api/indicator-aliases', { schema: indicatorAliasListSchema })).items,
  });
}

export function useCreateIndicatorAlias() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIndicatorAliasRequest) => apiPost('/api/indicator-aliases', { body, schema: indicatorAliasSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: aliasKeys.all }),
  });
}

export function useDeleteIndicatorAlias() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/indicator-aliases/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: aliasKeys.all }),
  });
}
