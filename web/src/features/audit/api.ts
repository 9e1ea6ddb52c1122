import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { auditKeptHeadSchema, auditPageSchema, auditVerifyReportSchema, type AuditFilter } from '@hongtu/contracts';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiGet } from '../../api/client';
import { downloadBlob } from '../../lib/download';
import { auditQuery } from './auditFilter';
import { keptHeadFileName, type KeptHead } from './keptHead';

export function useAuditPage(filter: AuditFilter, page: number, pageSize: number) {
  // The rows come in words of the UI's language: another language is another answer.
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['audit', 'page', i18n.language, filter, page, pageSize],
    queryFn: () => apiGet('/api/audit', { query: auditQuery(filter, { page, pageSize }), schema: auditPageSchema }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Walks the whole hash chain on the server (against its checkpoint log), with the database role's check. */
export function useAuditVerification() {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => apiGet('/api/audit/verify', { schema: auditVerifyReportSchema }),
    staleTime: 0,
  });
}

/** Walks the chain against a head the auditor kept. */
export function useVerifyAgainstKeptHead() {
  return useMutation({
    mutationFn: (head: KeptHead) =>
      apiGet('/api/audit/verify', { query: { anchorId: head.id, anchorHash: head.hash }, schema: auditVerifyReportSchema }),
  });
}

/** Downloads the head of the trail (newest id, hash, count, time) as JSON, to keep outside the database; null when the trail is empty. */
export function useKeepAuditHead() {
  return useMutation({
    mutationFn: async () => {
      const head = await apiGet('/api/audit/head', { schema: auditKeptHeadSchema.nullable() });
      if (head) downloadBlob(new Blob([`${JSON.stringify(head, null, 2)}\n`], { type: 'application/json' }), keptHeadFileName(head));
      return head;
    },
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
