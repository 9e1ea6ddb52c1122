import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  userPageSchema,
  userPhoneSchema,
  userSchema,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
} from '@hongtu/contracts';
import { apiGet, apiPatch, apiPost } from '../../api/client';

export interface UserFilters {
  q?: string;
  organisationId?: number;
  role?: Role;
  page: number;
  pageSize: number;
}

const usersKey = ['users'] as const;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: () => apiGet('/api/users', { query: { ...filters }, schema: userPageSchema }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usersKey });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => apiPost('/api/users', { body, schema: userSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser(id: number) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: UpdateUserRequest) => apiPatch(`/api/users/${id}`, { body, schema: userSchema }),
    onSettled: invalidate,
  });
}

export type UserCommand = 'disable' | 'enable' | 'unlock';

/** Disable, enable or unlock a user. */
export function useUserCommand() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, command }: { id: number; command: UserCommand }) => apiPost(`/api/users/${id}/${command}`, { schema: userSchema }),
    onSuccess: invalidate,
  });
}

export function useResetPassword(id: number) {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (password: string) => apiPost(`/api/users/${id}/reset-password`, { body: { password }, schema: userSchema }),
    onSuccess: invalidate,
  });
}

/** The full telephone number of a user, on the administrator's explicit request (the server audits each). */
export function useRevealPhone() {
  return useMutation({
    mutationFn: (id: number) => apiPost(`/api/users/${id}/reveal-phone`, { schema: userPhoneSchema }),
  });
}
