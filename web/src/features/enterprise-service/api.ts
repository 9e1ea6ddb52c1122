import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  cultivationBoardSchema, enterpriseProblemCountsSchema, enterpriseProblemListSchema, enterpriseProblemSchema, enterpriseServiceDepartmentsSchema,
  liaisonBoardSchema, liaisonCadresSchema, visitSchema,
  type EnterpriseProblemListQuery, type RaiseEnterpriseProblem, type RecordVisit, type SaveCandidate,
} from '@hongtu/contracts/enterprise-service';
import { organisationListSchema } from '@hongtu/contracts/organisations';
import { isReportingUnit, type CultivationGroup, type CultivationTargetPeriod, type EnterpriseProblemTransition } from '@hongtu/domain';
import { apiGet, apiPost, apiPut, type Query } from '../../api/client';

const base = '/api/enterprise-service';
const okSchema = z.object({ ok: z.literal(true) });

export const serviceKeys = {
  all: ['enterprise-service'] as const,
  list: (query: Partial<EnterpriseProblemListQuery> & { overdue?: boolean }) => ['enterprise-service', 'list', query] as const,
  one: (id: number) => ['enterprise-service', 'one', id] as const,
  counts: ['enterprise-service', 'counts'] as const,
  departments: ['enterprise-service', 'departments'] as const,
  liaisons: (query: object) => ['enterprise-service', 'liaisons', query] as const,
  cadres: ['enterprise-service', 'cadres'] as const,
  cultivation: (query: object) => ['enterprise-service', 'cultivation', query] as const,
};

/** Problems in the user's scope, or only the overdue ones (most overdue first). */
export function useProblems(query: Partial<EnterpriseProblemListQuery> & { overdue?: boolean }) {
  const { overdue, ...rest } = query;
  return useQuery({
    queryKey: serviceKeys.list(query),
    queryFn: ({ signal }) => apiGet(overdue ? `${base}/problems/overdue` : `${base}/problems`, { query: rest as Query, schema: enterpriseProblemListSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProblem(id: number) {
  return useQuery({ queryKey: serviceKeys.one(id), queryFn: ({ signal }) => apiGet(`${base}/problems/${id}`, { schema: enterpriseProblemSchema, signal }) });
}

/** This year's counts so far (collected / solved / open / overdue per district). */
export function useProblemCounts() {
  return useQuery({ queryKey: serviceKeys.counts, queryFn: ({ signal }) => apiGet(`${base}/problems/counts`, { schema: enterpriseProblemCountsSchema, signal }) });
}

export function useDepartments() {
  return useQuery({
    queryKey: serviceKeys.departments,
    queryFn: ({ signal }) => apiGet(`${base}/departments`, { schema: enterpriseServiceDepartmentsSchema, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useRaiseProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RaiseEnterpriseProblem) => apiPost(`${base}/problems`, { body, schema: enterpriseProblemSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

/** Moves a problem read at its version; the problem comes back as it now is. */
export function useMoveProblem(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: EnterpriseProblemTransition; body: Record<string, unknown> }) =>
      apiPost(`${base}/problems/${id}/${action}`, { body, schema: enterpriseProblemSchema }),
    onSuccess: (problem) => queryClient.setQueryData(serviceKeys.one(id), problem),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useLiaisonBoard(query: { page: number; pageSize: number; gapDays: number; unvisited: boolean }) {
  return useQuery({
    queryKey: serviceKeys.liaisons(query),
    queryFn: ({ signal }) => apiGet(`${base}/liaisons`, { query: { ...query, unvisited: query.unvisited ? 'true' : undefined }, schema: liaisonBoardSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Who may be the enterprise's liaison: the users of the district serving it. */
export function useCadres(enterpriseId: number | undefined) {
  return useQuery({
    queryKey: [...serviceKeys.cadres, enterpriseId], enabled: enterpriseId !== undefined,
    queryFn: ({ signal }) => apiGet(`${base}/cadres`, { query: { enterpriseId }, schema: liaisonCadresSchema, signal }),
  });
}

export function useSetLiaison() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { enterpriseId: number; userId: number; version?: number }) => apiPut(`${base}/liaisons`, { body, schema: okSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useRecordVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordVisit) => apiPost(`${base}/visits`, { body, schema: visitSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useCultivation(query: { page: number; pageSize: number; year?: number; group?: CultivationGroup }) {
  return useQuery({
    queryKey: serviceKeys.cultivation(query),
    queryFn: ({ signal }) => apiGet(`${base}/cultivation`, { query: query as Query, schema: cultivationBoardSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveCandidate) => apiPut(`${base}/cultivation/candidates`, { body, schema: z.object({ id: z.number() }) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useEnterCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; version: number; enteredMonth: string }) => apiPost(`${base}/cultivation/candidates/${id}/enter`, { body, schema: okSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

export function useSetTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { organisationId: number; year: number; period: CultivationTargetPeriod; group: CultivationGroup; target: number }) =>
      apiPut(`${base}/cultivation/targets`, { body, schema: okSchema }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceKeys.all }),
  });
}

/** The districts and zones in the user's scope, for a cultivation target. */
export function useReportingUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['enterprise-service', 'units'],
    enabled,
    queryFn: async ({ signal }) => (await apiGet('/api/organisations', { schema: organisationListSchema, signal })).items.filter((o) => isReportingUnit(o.kind)),
    staleTime: 5 * 60_000,
  });
}
