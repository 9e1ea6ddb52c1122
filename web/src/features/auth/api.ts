import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { meSchema, type ChangePasswordRequest, type LoginRequest, type Me } from '@hongtu/contracts';
import { can, type Permission } from '@hongtu/domain';
import { apiGet, apiPost, isApiError } from '../../api/client';

export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await apiGet('/api/auth/me', { schema: meSchema, onUnauthorized: 'throw' });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/**
 * Replaces the signed-in user (null: signed out) and drops everything cached
 * for the previous one. The `me` query itself is updated in place, so the
 * guards watching it react at once.
 */
export function replaceSession(queryClient: QueryClient, me: Me | null): void {
  queryClient.setQueryData(meKey, me);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user inside the authenticated layout (RequireAuth guarantees one). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only available behind RequireAuth');
  return data;
}

/** Whether the signed-in user's role has a permission: the server's table (packages/domain access.ts). */
export function useCan(permission: Permission): boolean {
  return can(useCurrentUser().role, permission);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiPost('/api/auth/login', { body, schema: meSchema, onUnauthorized: 'throw' }),
    onSuccess: (me) => replaceSession(queryClient, me),
  });
}

/**
 * Leaves the app for the login page with a full page load, so nothing of the
 * previous user (cache, component state) survives in memory.
 */
export function reloadToLogin(search = ''): void {
  window.location.assign(`/login${search}`);
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiPost('/api/auth/logout', { onUnauthorized: 'throw' }),
    // Signed out either way: a 401 here means the session was already gone.
    onSettled: () => reloadToLogin(),
  });
}

/** Changing the password ends every session of the user, this one included. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => apiPost('/api/auth/password', { body }),
    onSuccess: () => reloadToLogin('?changed=1'),
  });
}
