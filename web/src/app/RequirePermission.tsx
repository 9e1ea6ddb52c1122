import { Suspense, type ReactNode } from 'react';
import type { Permission } from '@hongtu/domain';
import { useCan } from '../features/auth/public';
import { lazyNamed } from './feature';
import { PageLoading } from './PageLoading';

const ForbiddenPage = lazyNamed(() => import('../components/ForbiddenPage'), 'ForbiddenPage');

/** A page for the roles with a permission (the table the server's routes use); others see 403. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  if (useCan(permission)) return <>{children}</>;
  return (
    <Suspense fallback={<PageLoading />}>
      <ForbiddenPage />
    </Suspense>
  );
}
