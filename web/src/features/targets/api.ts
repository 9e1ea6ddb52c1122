import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  jobSchema,
  periodTargetListSchema,
  putPeriodTargetResponseSchema,
  putTargetMatrixResponseSchema,
  responsibilityListSchema,
  responsibilitySchema,
  targetListSchema,
  targetSchema,
  type PutPeriodTargetRequest,
  type PutTargetMatrixRequest,
  type PutTargetRequest,
  type Responsibility,
} from '@hongtu/contracts';
import { targetDocumentListSchema, targetDocumentSchema, type TargetDocument, type TargetDocumentKind } from '@hongtu/contracts/target-documents';
import { apiDelete, apiDownload, apiGet, apiPost, apiPut } from '../../api/client';
import { downloadBlob } from '../../lib/download';

/** Query keys of the targets feature. */
export const targetKeys = {
  /** Every year's and district's targets (read again after an import). */
  allTargets: ['targets', 'targets'] as const,
  targets: (year: number, organisationId: number) => ['targets', 'targets', year, organisationId] as const,
  /** Every district's targets of a year (organisation 0: all in the reader's scope). */
  yearTargets: (year: number) => ['targets', 'targets', year, 0] as const,
  responsibilities: (year: number, organisationId: number) => ['targets', 'responsibilities', year, organisationId] as const,
  periodTargets: (year: number, organisationId: number) => ['targets', 'period-targets', year, organisationId] as const,
};

export function useTargets(year: number, organisationId: number | null) {
  return useQuery({
    queryKey: targetKeys.targets(year, organisationId ?? 0),
    queryFn: async () => (await apiGet('/api/targets', { query: { year, organisationId }, schema: targetListSchema })).items,
    enabled: organisationId !== null,
  });
}

/** Saves one target row; the list is read again either way (a 409 means someone else changed it). */
export function usePutTarget(year: number, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutTargetRequest) => apiPut('/api/targets', { body, schema: targetSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.targets(year, organisationId) }),
  });
}

/** Every district's targets of a year, for the matrix (and last year's, for a copy). */
export function useYearTargets(year: number, enabled = true) {
  return useQuery({
    queryKey: targetKeys.yearTargets(year),
    queryFn: async () => (await apiGet('/api/targets', { query: { year }, schema: targetListSchema })).items,
    enabled,
  });
}

/** Saves the matrix's changed cells at once; every district's targets of the year are read again either way. */
export function usePutTargetMatrix(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutTargetMatrixRequest) => apiPut('/api/targets/matrix', { body, schema: putTargetMatrixResponseSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['targets', 'targets', year] }),
  });
}

/** Targets for part of the year as stated (Q1 amounts …) of one district. */
export function usePeriodTargets(year: number, organisationId: number | null) {
  return useQuery({
    queryKey: targetKeys.periodTargets(year, organisationId ?? 0),
    queryFn: async () => (await apiGet('/api/period-targets', { query: { year, organisationId }, schema: periodTargetListSchema })).items,
    enabled: organisationId !== null,
  });
}

/** Sets (or, with an empty amount, removes) one period target; the list is read again either way. */
export function usePutPeriodTarget(year: number, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPeriodTargetRequest) => apiPut('/api/period-targets', { body, schema: putPeriodTargetResponseSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.periodTargets(year, organisationId) }),
  });
}

export function useResponsibilities(year: number, organisationId: number | null) {
  return useQuery({
    queryKey: targetKeys.responsibilities(year, organisationId ?? 0),
    queryFn: async () => (await apiGet('/api/responsibilities', { query: { year, organisationId }, schema: responsibilityListSchema })).items,
    enabled: organisationId !== null,
  });
}

export function usePutResponsibility(year: number, organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Responsibility) => apiPut('/api/responsibilities', { body, schema: responsibilitySchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.responsibilities(year, organisationId) }),
  });
}

// Targets from Excel: the year's template, then the dry run and the commit, each queued as a
// background job (answered 202 with the job, followed with useJob until it is over).

export async function downloadTargetTemplate(year: number): Promise<void> {
  const { blob, filename } = await apiDownload('/api/targets/template.xlsx', { query: { year }, fallbackName: `targets-${year}.xlsx` });
  downloadBlob(blob, filename);
}

/** Queues the dry run of a filled template: the job, whose result is the report; nothing is written. */
export function useQueueTargetImport(year: number) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost('/api/targets/import', { query: { year }, body: form, schema: jobSchema });
    },
  });
}

/** Queues the commit of a checked batch (all or nothing); the targets are read again once it is over. */
export function useQueueTargetCommit() {
  return useMutation({
    mutationFn: (batchId: number) => apiPost(`/api/target-imports/${batchId}/commit`, { schema: jobSchema }),
  });
}

// ---------------------------------------------------------------------------
// 目标责任书 / 下达文件 beside the year's targets.

const documentKeys = { year: (year: number) => ['targets', 'documents', year] as const };

export function useTargetDocuments(year: number) {
  return useQuery({
    queryKey: documentKeys.year(year),
    queryFn: ({ signal }) => apiGet('/api/target-documents', { query: { year }, schema: targetDocumentListSchema, signal }),
  });
}

/** Keeps one file beside the year's targets, concerning a district or (none given) the city. */
export function useUploadTargetDocument(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind, organisationId }: { file: File; kind: TargetDocumentKind; organisationId: number | null }) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return apiPost('/api/target-documents', { query: { year, kind, organisationId }, body, schema: targetDocumentSchema });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: documentKeys.year(year) }),
  });
}

export function useRemoveTargetDocument(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/target-documents/${id}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: documentKeys.year(year) }),
  });
}

export async function downloadTargetDocument(document: TargetDocument): Promise<void> {
  const { blob, filename } = await apiDownload(`/api/target-documents/${document.id}`, { fallbackName: document.fileName });
  downloadBlob(blob, filename);
}
