import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  portalSubmissionContactSchema, portalSubmissionListSchema, portalSubmissionSchema, type PortalSubmissionListQuery, type PortalSubmissionMove,
} from '@hongtu/contracts/portal-submissions';
import { apiDelete, apiDownload, apiGet, apiPost, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export const portalSubmissionsKeys = {
  all: ['portal-submissions'] as const,
  list: (query: PortalSubmissionListQuery) => ['portal-submissions', 'list', query] as const,
  one: (id: number) => ['portal-submissions', 'one', id] as const,
};

/** The inbox: what the public sent that was routed to the reader's scope (the server limits it). */
export function usePortalSubmissions(query: PortalSubmissionListQuery) {
  return useQuery({
    queryKey: portalSubmissionsKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/portal-submissions', { query: query as Query, schema: portalSubmissionListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalSubmission(id: number | null) {
  return useQuery({
    queryKey: portalSubmissionsKeys.one(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/portal-submissions/${id}`, { schema: portalSubmissionSchema, signal }),
    enabled: id !== null,
  });
}

/** The sender's contact in full: read on demand only (the server audits each reading). */
export function readSubmissionContact(id: number) {
  return apiPost(`/api/portal-submissions/${id}/contact`, { schema: portalSubmissionContactSchema });
}

/** A tip's attachment, downloaded with the name the sender gave. */
export async function downloadSubmissionAttachment(id: number, fallbackName: string) {
  const { blob, filename } = await apiDownload(`/api/portal-submissions/${id}/attachment`, { fallbackName });
  downloadBlob(blob, filename);
}

export function usePortalSubmissionWrite() {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: portalSubmissionsKeys.all });
  return {
    move: useMutation({
      mutationFn: ({ id, body }: { id: number; body: PortalSubmissionMove }) => apiPost(`/api/portal-submissions/${id}/status`, { body, schema: portalSubmissionSchema }),
      onSuccess: done,
    }),
    erase: useMutation({
      mutationFn: (id: number) => apiDelete(`/api/portal-submissions/${id}`),
      onSuccess: done,
    }),
  };
}
