import { Navigate, Outlet, useLocation } from 'react-router';
import { PageState } from '../components/PageState';
import { useMe } from '../features/auth/public';

/** Shows its routes only to a signed-in user; others go to the login page and come back after. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending || me.isError) {
    return <PageState loading={me.isPending} error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}
