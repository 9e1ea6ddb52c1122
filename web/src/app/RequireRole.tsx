import type { ReactNode } from 'react';
import type { Role } from '@hongtu/contracts';
import { ForbiddenPage } from '../components/ForbiddenPage';
import { useCurrentUser } from '../features/auth/api';

/** Pages for some roles only; the server refuses the same roles on every API call. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  return roles.includes(me.role) ? <>{children}</> : <ForbiddenPage />;
}
