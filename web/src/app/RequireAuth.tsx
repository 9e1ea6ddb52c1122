import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/public';
import { lazyNamed } from './feature';
import { PageLoading } from './PageLoading';

// The error state (with its illustration) loads only when the session cannot be asked for.
const PageState = lazyNamed(() => import('../components/PageState'), 'PageState');

/** Shows its routes only to a signed-in user; others go to the login page and come back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return (
      <Suspense fallback={<PageLoading />}>
        <PageState error={me.error} onRetry={() => void me.refetch()} />
      </Suspense>
    );
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}
