import type { ReactNode } from 'react';
import type { Permission } from '@hongtu/domain';
import { ForbiddenPage } from '../components/ForbiddenPage';
import { useCan } from '../features/auth/public';

/** A page for the roles with a permission (the table the server's routes use); others see 403. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? <>{children}</> : <ForbiddenPage />;
}
