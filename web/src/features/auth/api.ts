import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meSchema, type ChangePasswordRequest, type LoginRequest, type Me } from '@hongtu/contracts';
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

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user inside the authenticated layout (RequireAuth guarantees one). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is only available behind RequireAuth');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiPost('/api/auth/login', { body, schema: meSchema, onUnauthorized: 'throw' }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meKey, me);
    },
  });
}

/** Forgets everything cached for the previous user; the guard then shows the login page. */
export function useSignedOut() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.clear();
    queryClient.setQueryData(meKey, null);
  };
}

export function useLogout() {
  const signedOut = useSignedOut();
  return useMutation({
    mutationFn: () => apiPost('/api/auth/logout', { onUnauthorized: 'throw' }),
    // Signed out either way: a 401 here means the session was already gone.
    onSettled: signedOut,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => apiPost('/api/auth/password', { body }),
  });
}
