import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { attachmentListSchema, attachmentSchema } from '@hongtu/contracts/project-files';
import {
  problemDepartmentsSchema,
  problemDispatchSchema,
  problemListSchema,
  problemSchema,
  type ProblemListQuery,
  type RaiseProblem,
} from '@hongtu/contracts/project-problems';
import { apiDelete, apiDownload, apiGet, apiPost, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';

export const problemKeys = {
  all: ['project-problems'] as const,
  list: (query: Partial<ProblemListQuery>) => ['project-problems', 'list', query] as const,
  one: (id: number) => ['project-problems', 'one', id] as const,
  dispatch: (query: { districtId?: number; departmentId?: number }) => ['project-problems', 'dispatch', query] as const,
  departments: ['project-problems', 'departments'] as const,
  attachments: (path: string) => ['attachments', path] as const,
};

export function useProblemList(query: Partial<ProblemListQuery>) {
  return useQuery({
    queryKey: problemKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/project-problems', { query: query as Query, schema: problemListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProblem(id: number) {
  return useQuery({ queryKey: problemKeys.one(id), queryFn: ({ signal }) => apiGet(`/api/project-problems/${id}`, { schema: problemSchema, signal }) });
}

export function useDepartments() {
  return useQuery({
    queryKey: problemKeys.departments,
    queryFn: ({ signal }) => apiGet('/api/project-problems/departments', { schema: problemDepartmentsSchema, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useDispatch(query: { districtId?: number; departmentId?: number }) {
  return useQuery({
    queryKey: problemKeys.dispatch(query),
    queryFn: ({ signal }) => apiGet('/api/project-problems/dispatch', { query, schema: problemDispatchSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export async function downloadDispatch(query: { districtId?: number; departmentId?: number }) {
  const { blob, filename } = await apiDownload('/api/project-problems/dispatch.xlsx', { query, fallbackName: 'problem-dispatch.xlsx' });
  downloadBlob(blob, filename);
}

/** Raises a problem, then adds the photos taken with it; the lists are read again. */
export function useRaiseProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: RaiseProblem; files: File[] }) => {
      const problem = await apiPost('/api/project-problems', { body, schema: problemSchema });
      for (const file of files) await uploadAttachment(`/api/project-problems/${problem.id}/attachments`, file);
      return problem;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: problemKeys.all }),
  });
}

export type MoveAction = 'answer' | 'decline' | 'reopen' | 'close' | 'assign' | 'supervise';

/** Moves a problem read at its version; the problem comes back as it now is. */
export function useMoveProblem(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: MoveAction; body: Record<string, unknown> }) =>
      apiPost(`/api/project-problems/${id}/${action}`, { body, schema: problemSchema }),
    onSuccess: (problem) => queryClient.setQueryData(problemKeys.one(id), problem),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: problemKeys.all }),
  });
}

export function uploadAttachment(path: string, file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiPost(path, { body, schema: attachmentSchema });
}

/** The attachments of a record: `/api/projects/:id/attachments` or `/api/project-problems/:id/attachments`. */
export function useAttachments(path: string) {
  return useQuery({ queryKey: problemKeys.attachments(path), queryFn: ({ signal }) => apiGet(path, { schema: attachmentListSchema, signal }) });
}

export function useUploadAttachment(listPath: string, uploadPath: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(uploadPath, file),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: problemKeys.attachments(listPath) }),
  });
}

/** Takes an attachment off (its uploader or the city); the record's list is read again. */
export function useRemoveAttachment(listPath: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/attachments/${id}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: problemKeys.attachments(listPath) }),
  });
}
