import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { jobSchema } from '@hongtu/contracts';
import {
  documentDetailSchema,
  documentFigureAnswerSchema,
  documentListSchema,
  documentSearchResultSchema,
  type FigureCorrection,
} from '@hongtu/contracts/documents';
import { apiGet, apiPatch, apiPost, type Query } from '../../api/client';

export const documentsKeys = {
  all: ['documents'] as const,
  list: (query: Query) => ['documents', 'list', query] as const,
  search: (query: Query) => ['documents', 'search', query] as const,
  detail: (id: number) => ['documents', 'detail', id] as const,
};

export function useDocumentList(query: Query, enabled = true) {
  return useQuery({
    queryKey: documentsKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/documents', { query, schema: documentListSchema, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Full-text search (Traditional finds Simplified and the reverse); snippets carry highlight ranges, never markup. */
export function useDocumentSearch(query: Query & { q?: string }) {
  return useQuery({
    queryKey: documentsKeys.search(query),
    queryFn: ({ signal }) => apiGet('/api/documents/search', { query, schema: documentSearchResultSchema, signal }),
    placeholderData: keepPreviousData,
    enabled: Boolean(query.q),
  });
}

export function useDocument(id: number) {
  return useQuery({
    queryKey: documentsKeys.detail(id),
    queryFn: ({ signal }) => apiGet(`/api/documents/${id}`, { schema: documentDetailSchema, signal }),
  });
}

/** Queues the ingest of an uploaded file: answered 202 with the job, followed with useJob. */
export function useUploadDocument() {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost('/api/documents', { body: form, schema: jobSchema });
    },
  });
}

export function useCorrectFigure(documentId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: FigureCorrection }) => apiPatch(`/api/document-figures/${id}`, { body, schema: documentFigureAnswerSchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentsKeys.detail(documentId) }),
  });
}

export function useRejectFigure(documentId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) => apiPost(`/api/document-figures/${id}/reject`, { body: { reason }, schema: documentFigureAnswerSchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: documentsKeys.detail(documentId) }),
  });
}

/** After a figure is accepted elsewhere (reference-figures), its document is read again. */
export function useInvalidateDocument(documentId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: documentsKeys.detail(documentId) });
}
