import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  projectImportCheckSchema,
  projectImportCommitSchema,
  projectListSchema,
  projectReportListSchema,
  projectReportSchema,
  projectSchema,
  type ProjectInput,
  type ProjectListQuery,
  type ProjectUpdate,
  type SaveProjectReport,
} from '@hongtu/contracts/projects';
import { cityApprovalSchema } from '@hongtu/contracts/project-dispatch';
import { apiDownload, apiGet, apiPost, apiPut, type Query } from '../../api/client';
import { downloadBlob } from '../../lib/download';

/** Query keys of the projects feature. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (query: Partial<ProjectListQuery>) => ['projects', 'list', query] as const,
  project: (id: number) => ['projects', 'project', id] as const,
  reports: (id: number) => ['projects', 'project', id, 'reports'] as const,
  report: (id: number, periodKey: string) => ['projects', 'project', id, 'reports', periodKey] as const,
};

export function useProjectList(query: Partial<ProjectListQuery>) {
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/projects', { query: query as Query, schema: projectListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectKeys.project(id ?? 0),
    queryFn: ({ signal }) => apiGet(`/api/projects/${id}`, { schema: projectSchema, signal }),
    enabled: id !== null,
  });
}

/** Creates a project; the list is read again. */
export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectInput) => apiPost('/api/projects', { body, schema: projectSchema }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.project(project.id), project);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

/** Takes a district project into the city list 市重点 (the city reviewer); the project is read again. */
export function useCityApproval(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiPost(`/api/projects/${id}/city-approval`, { body: { version }, schema: cityApprovalSchema }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.project(id) });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

/** Changes a project read at its version; a 409 means someone else changed it (the project is read again). */
export function useUpdateProject(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) => apiPut(`/api/projects/${id}`, { body, schema: projectSchema }),
    onSuccess: (project) => queryClient.setQueryData(projectKeys.project(id), project),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.project(id) });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

export function useProjectReports(id: number) {
  return useQuery({
    queryKey: projectKeys.reports(id),
    queryFn: ({ signal }) => apiGet(`/api/projects/${id}/reports`, { schema: projectReportListSchema, signal }),
  });
}

export function useProjectReport(id: number, periodKey: string) {
  return useQuery({
    queryKey: projectKeys.report(id, periodKey),
    queryFn: ({ signal }) => apiGet(`/api/projects/${id}/reports/${periodKey}`, { schema: projectReportSchema, signal }),
  });
}

type ReportMove = { action: 'submit' | 'approve'; version: number } | { action: 'return'; version: number; reason: string };

/** Saves a month's report, or moves it (submit, approve, return); the month and the project's list of reports are read again. */
export function useReportMutation(id: number, periodKey: string) {
  const queryClient = useQueryClient();
  const base = `/api/projects/${id}/reports/${periodKey}`;
  return useMutation({
    mutationFn: (change: { save: SaveProjectReport } | ReportMove) =>
      'save' in change
        ? apiPut(base, { body: change.save, schema: projectReportSchema })
        : apiPost(`${base}/${change.action}`, { body: change.action === 'return' ? { version: change.version, reason: change.reason } : { version: change.version }, schema: projectReportSchema }),
    onSuccess: (report) => queryClient.setQueryData(projectKeys.report(id, periodKey), report),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.report(id, periodKey) });
      void queryClient.invalidateQueries({ queryKey: projectKeys.reports(id) });
    },
  });
}

/** The library (with the list's filters) as a workbook; with a month, its report columns filled: the import template. */
export async function downloadProjects(query: Partial<ProjectListQuery> & { period?: string }): Promise<void> {
  const { page: _p, pageSize: _s, sort: _o, order: _d, ...filters } = query;
  const { blob, filename } = await apiDownload('/api/projects/export.xlsx', { query: filters as Query, fallbackName: 'projects.xlsx' });
  downloadBlob(blob, filename);
}

/** Uploads a filled workbook: the dry-run report; nothing is written until the batch is committed. */
export function useProjectImportUpload(periodKey: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost('/api/projects/import', { query: { period: periodKey }, body: form, schema: projectImportCheckSchema });
    },
  });
}

export function useProjectImportCommit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: number) => apiPost(`/api/project-imports/${batchId}/commit`, { schema: projectImportCommitSchema }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
