import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  boundarySchema,
  indicatorLinkListSchema,
  projectDashboardSchema,
  projectEventListSchema,
  projectMapSchema,
  projectWarningListSchema,
  type BoundaryInput,
  type ProjectWarningQuery,
} from '@hongtu/contracts/project-dispatch';
import { apiGet, apiPut, type Query } from '../../api/client';

/** Query keys of the project dispatch. */
export const dispatchKeys = {
  all: ['project-dispatch'] as const,
  warnings: (query: ProjectWarningQuery) => ['project-dispatch', 'warnings', query] as const,
  link: (period: string) => ['project-dispatch', 'indicator-link', period] as const,
  dashboard: (period: string) => ['project-dispatch', 'dashboard', period] as const,
  map: (period: string) => ['project-dispatch', 'map', period] as const,
  events: ['project-dispatch', 'events'] as const,
};

export function useProjectWarnings(query: ProjectWarningQuery) {
  return useQuery({
    queryKey: dispatchKeys.warnings(query),
    queryFn: ({ signal }) => apiGet('/api/project-dispatch/warnings', { query: query as Query, schema: projectWarningListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorLink(period: string) {
  return useQuery({
    queryKey: dispatchKeys.link(period),
    queryFn: ({ signal }) => apiGet('/api/project-dispatch/indicator-link', { query: { period }, schema: indicatorLinkListSchema, signal }),
  });
}

export function useProjectDashboard(period: string) {
  return useQuery({
    queryKey: dispatchKeys.dashboard(period),
    queryFn: ({ signal }) => apiGet('/api/project-dispatch/dashboard', { query: { period }, schema: projectDashboardSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProjectMap(period: string) {
  return useQuery({
    queryKey: dispatchKeys.map(period),
    queryFn: ({ signal }) => apiGet('/api/project-dispatch/map', { query: { period }, schema: projectMapSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProjectEvents() {
  return useQuery({
    queryKey: dispatchKeys.events,
    queryFn: ({ signal }) => apiGet('/api/project-dispatch/events', { schema: projectEventListSchema, signal }),
  });
}

export function useUploadBoundary() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BoundaryInput) => apiPut('/api/project-dispatch/boundaries', { body: input, schema: boundarySchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: dispatchKeys.all }),
  });
}
