import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { jobSchema } from '@hongtu/contracts';
import { reportDetailSchema, reportDiffSchema, reportListSchema, type GenerateReportBody, type ReportKind } from '@hongtu/contracts/reports';
import { apiDownload, apiGet, apiPost } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export const reportsKeys = {
  all: ['reports'] as const,
  list: (query: ReportListQuery) => ['reports', 'list', query] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  diff: (id: number) => ['reports', 'diff', id] as const,
};

export interface ReportListQuery {
  kind?: ReportKind;
  period?: string;
  page: number;
  pageSize: number;
}

/** The archive: generated reports the caller may see, newest first, by kind and period. */
export function useReportList(query: ReportListQuery) {
  return useQuery({
    queryKey: reportsKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/reports', { query: { ...query }, schema: reportListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: reportsKeys.detail(id),
    queryFn: ({ signal }) => apiGet(`/api/reports/${id}`, { schema: reportDetailSchema, signal }),
    staleTime: Infinity, // a generated revision never changes
  });
}

/** What numbers changed since the previous revision of the same report. */
export function useReportDiff(id: number, enabled = true) {
  return useQuery({
    queryKey: reportsKeys.diff(id),
    queryFn: ({ signal }) => apiGet(`/api/reports/${id}/diff`, { schema: reportDiffSchema, signal }),
    staleTime: Infinity,
    enabled,
  });
}

/** Queues a report's generation: answered 202 with the job, followed with useJob. */
export function useGenerateReport() {
  return useMutation({
    mutationFn: (body: GenerateReportBody) => apiPost('/api/reports', { body, schema: jobSchema }),
  });
}

/** Saves the report's Word (.docx) or Excel (.xlsx) file under the name the server gives it. */
export async function downloadReport(id: number, format: 'docx' | 'xlsx'): Promise<void> {
  const { blob, filename } = await apiDownload(`/api/reports/${id}/${format}`, { fallbackName: `report-${id}.${format}` });
  downloadBlob(blob, filename);
}
