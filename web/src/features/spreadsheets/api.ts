import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importCheckSchema, importCommitSchema } from '@hongtu/contracts';
import { apiDownload, apiPost } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import { reportingKeys } from '../reporting/public';

// The Excel round trip of a district's month: the template, the dry-run upload and the commit.
const base = (periodKey: string, organisationId: number) => `/api/submissions/${periodKey}/${organisationId}`;

export async function downloadTemplate(periodKey: string, organisationId: number): Promise<void> {
  const { blob, filename } = await apiDownload(`${base(periodKey, organisationId)}/template.xlsx`, { fallbackName: `${periodKey}.xlsx` });
  downloadBlob(blob, filename);
}

/** Uploads a filled template: the dry-run report; nothing is written until the batch is committed. */
export function useImportUpload(periodKey: string, organisationId: number) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost(`${base(periodKey, organisationId)}/import`, { body: form, schema: importCheckSchema });
    },
  });
}

export function useImportCommit(periodKey: string, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => apiPost(`/api/imports/${batchId}/commit`, { schema: importCommitSchema }),
    onSuccess: (result) => {
      queryClient.setQueryData(reportingKeys.submission(periodKey, organisationId), result.submission);
      void queryClient.invalidateQueries({ queryKey: reportingKeys.history(periodKey, organisationId) });
      void queryClient.invalidateQueries({ queryKey: reportingKeys.board(periodKey) });
    },
  });
}
