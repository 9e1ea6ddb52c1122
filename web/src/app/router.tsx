import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { prefetchSession } from '../features/auth/public';
import { queryClient } from './queryClient';
import { createRoutes, SIGNED_IN_ROUTE } from './routes';

const routes = createRoutes({ queryClient });

let signedIn: Promise<RouteObject[]> | undefined;
/** The signed-in pages (signed-in.tsx), loaded once; a failed load is asked for again next time. */
function loadSignedIn(): Promise<RouteObject[]> {
  signedIn ??= import('./signed-in')
    .then((m) => m.signedInRoutes({ queryClient }))
    .catch((error: unknown) => {
      signedIn = undefined;
      throw error;
    });
  return signedIn;
}

// The first load asks for the session at once, and, unless it is a public page (sign-in), for the
// signed-in pages' code: both arrive alongside the page's own code and data.
prefetchSession(queryClient);
if (!matchRoutes(routes.filter((r) => r.id !== SIGNED_IN_ROUTE), window.location)) void loadSignedIn().catch(() => undefined);

export const router = createBrowserRouter(routes, {
  // A path no route knows yet: add the signed-in pages, then match again. Patching twice (two
  // navigations waiting for the same load, one of them cancelled) adds nothing: the router keeps
  // one route per id.
  async patchRoutesOnNavigation({ patch }) {
    patch(SIGNED_IN_ROUTE, await loadSignedIn());
  },
});
