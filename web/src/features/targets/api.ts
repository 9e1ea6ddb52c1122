import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  responsibilityListSchema,
  responsibilitySchema,
  targetListSchema,
  targetSchema,
  type PutTargetRequest,
  type Responsibility,
} from '@hongtu/contracts';
import { apiGet, apiPut } from '../../api/client';

/** Query keys of the targets feature. */
export const targetKeys = {
  targets: (year: number, organisationId: number) => ['targets', 'targets', year, organisationId] as const,
  responsibilities: (year: number, organisationId: number) => ['targets', 'responsibilities', year, organisationId] as const,
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
