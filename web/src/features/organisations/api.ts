import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  organisationGroupListSchema,
  organisationGroupSchema,
  organisationListSchema,
  organisationSchema,
  readGrantListSchema,
  readGrantSchema,
  type CreateOrganisationRequest,
  type UpdateOrganisationRequest,
} from '@hongtu/contracts';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut } from '../../api/client';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: ['organisations', 'list'] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const,
  groups: ['organisations', 'groups'] as const,
  grants: (departmentId: number) => ['organisations', 'grants', departmentId] as const,
};

/** Every organisation in the caller's scope, as a flat list. */
export function useOrganisations() {
  return useQuery({
    queryKey: organisationKeys.list,
    queryFn: async () => (await apiGet('/api/organisations', { schema: organisationListSchema })).items,
    staleTime: 60_000,
  });
}

export function useOrganisation(id: number | null) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? 0),
    queryFn: () => apiGet(`/api/organisations/${id}`, { schema: organisationSchema }),
    enabled: id !== null,
  });
}

function useInvalidateOrganisations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: organisationKeys.all });
}

export function useCreateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => apiPost('/api/organisations', { body, schema: organisationSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation(id: number) {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => apiPatch(`/api/organisations/${id}`, { body, schema: organisationSchema }),
    // Also after a failure: a 409 means someone else changed it, so reload.
    onSettled: invalidate,
  });
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/organisations/${id}`),
    onSuccess: (_void, id) => {
      queryClient.removeQueries({ queryKey: organisationKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: organisationKeys.list });
    },
  });
}

export function useGroups() {
  return useQuery({
    queryKey: organisationKeys.groups,
    queryFn: async () => (await apiGet('/api/organisation-groups', { schema: organisationGroupListSchema })).items,
  });
}

export function useCreateGroup() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: { code: string; name: string }) => apiPost('/api/organisation-groups', { body, schema: organisationGroupSchema }),
    onSuccess: invalidate,
  });
}

export function useSetGroupMembers() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: ({ id, organisationIds }: { id: number; organisationIds: number[] }) =>
      apiPut(`/api/organisation-groups/${id}/members`, { body: { organisationIds }, schema: organisationGroupSchema }),
    onSuccess: invalidate,
  });
}

export function useDeleteGroup() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (id: number) => apiDelete(`/api/organisation-groups/${id}`),
    onSuccess: invalidate,
  });
}

/** A department's read grants (docs/DOMAIN.md "Read grants"); only for those who may manage them. */
export function useReadGrants(departmentId: number, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.grants(departmentId),
    queryFn: async () => (await apiGet(`/api/organisations/${departmentId}/read-grants`, { schema: readGrantListSchema })).items,
    enabled,
  });
}

export function useAddReadGrant(departmentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: number) => apiPost(`/api/organisations/${departmentId}/read-grants`, { body: { organisationId }, schema: readGrantSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: organisationKeys.grants(departmentId) }),
  });
}

export function useRemoveReadGrant(departmentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: number) => apiDelete(`/api/organisations/${departmentId}/read-grants/${organisationId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: organisationKeys.grants(departmentId) }),
  });
}
