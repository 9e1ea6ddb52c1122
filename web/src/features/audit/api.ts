import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { auditPageSchema, auditVerificationSchema, type AuditFilter } from '@hongtu/contracts';
import { apiDownload, apiGet } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import { auditQuery } from './auditFilter';

export function useAuditPage(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', 'page', filter, page, pageSize],
    queryFn: () => apiGet('/api/audit', { query: auditQuery(filter, { page, pageSize }), schema: auditPageSchema }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Walks the whole hash chain on the server. */
export function useAuditVerification() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => apiGet('/api/audit/verify', { schema: auditVerificationSchema }),
    staleTime: 0,
  });
}

/** Downloads the xlsx export of the rows matching the filter. */
export function useAuditExport() {
  return useMutation({
    mutationFn: async (filter: AuditFilter) => {
      const { blob, filename } = await apiDownload('/api/audit/export', { query: auditQuery(filter), fallbackName: 'audit.xlsx' });
      downloadBlob(blob, filename);
    },
  });
}
