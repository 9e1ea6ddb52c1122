import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  meSchema, recoveryCodesSchema, secondFactorEnrolledSchema, secondFactorEnrolmentSchema, secondFactorStatusSchema,
  type ChangePasswordRequest, type LoginRequest, type Me, type SecondFactorProof,
} from '@hongtu/contracts';
import { can, type Permission } from '@hongtu/domain';
import { apiGet, apiPost, isApiError } from '../../api/client';

export const meKey = ['me'] as const;

/**
 * The session's user, or null when there is none. A session waiting for its second factor has
 * a user with a `pendingStep`: only the login page sees it (useSession); for the rest of the app
 * (useMe) it is no session.
 */
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

/** A session that has completed its sign-in, else null. */
export const signedInOnly = (me: Me | null): Me | null => (me && me.pendingStep === null ? me : null);

/** Starts asking for the session before a page does (the router, at the first load); useMe and useSession share it. */
export function prefetchSession(queryClient: QueryClient): void {
  void queryClient.prefetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user, or null (no session, or one still waiting for its second factor). */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, select: signedInOnly });
}

/** The session as the login page sees it: signed in, waiting for a second step, or none. */
export function useSession() {
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

/** The password step of a sign-in: the user's own password replaces the one the administrator set; answers the signed-in user. */
export function useChoosePassword() {
  return useMutation({
    mutationFn: (newPassword: string) => apiPost('/api/auth/sign-in/password', { body: { newPassword }, schema: meSchema, onUnauthorized: 'throw' }),
  });
}

// Two-step verification (the second factor).

export const secondFactorKey = ['second-factor'] as const;

/** The code of the authenticator app, or a recovery code, for a sign-in that waits for it. */
export function useVerifySecondFactor() {
  return useMutation({
    mutationFn: (code: string) => apiPost('/api/auth/second-factor/verify', { body: { code }, schema: meSchema, onUnauthorized: 'throw' }),
  });
}

/** Starts an enrolment: at sign-in with nothing more, from the account page with the password. */
export function useStartEnrolment() {
  return useMutation({
    mutationFn: (password?: string) =>
      apiPost('/api/auth/second-factor/enrolment', { body: password === undefined ? {} : { password }, schema: secondFactorEnrolmentSchema, onUnauthorized: 'throw' }),
  });
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiPost('/api/auth/second-factor/enrolment/confirm', { body: { code }, schema: secondFactorEnrolledSchema, onUnauthorized: 'throw' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: secondFactorKey }),
  });
}

export function useSecondFactorStatus() {
  return useQuery({ queryKey: secondFactorKey, queryFn: () => apiGet('/api/auth/second-factor', { schema: secondFactorStatusSchema }) });
}

export function useDisableSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proof: SecondFactorProof) => apiPost('/api/auth/second-factor/disable', { body: proof }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: secondFactorKey }),
  });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proof: SecondFactorProof) => apiPost('/api/auth/second-factor/recovery-codes', { body: proof, schema: recoveryCodesSchema }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: secondFactorKey }),
  });
}

/** An administrator removes another user's second factor (a lost phone). */
export function useResetSecondFactor() {
  return useMutation({ mutationFn: (userId: number) => apiPost(`/api/users/${userId}/second-factor/reset`) });
}
