import { Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { i18n } from '../i18n';
import type { Namespace } from '../i18n/namespace';
import type { FeatureManifest, FeatureRoute, Lazy } from './feature';
import { PageLoading } from './PageLoading';
import { PUBLIC_FEATURES } from './public-features';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';

/** The route the signed-in pages are children of (signed-in.tsx adds them when first asked for). */
export const SIGNED_IN_ROUTE = 'signed-in';

export interface RouteOptions {
  /** The cache routes prefetch their pages' first queries into; none (tests): no prefetch. */
  queryClient?: QueryClient;
}

const loading = <PageLoading />;

/**
 * On navigation (and on the first load) the router runs the loaders of every route it is about to
 * show, at once: each starts loading its code, its feature's texts (`namespace`, in the current
 * language) and the page's first queries, so they arrive alongside the session rather than after
 * it. They return at once; the pages render as before (suspending until code and texts are there).
 */
export function preloading(lazies: readonly Lazy[], route?: FeatureRoute, queryClient?: QueryClient, namespace?: string) {
  return ({ params, request }: LoaderFunctionArgs) => {
    for (const component of lazies) void component.preload().catch(() => undefined);
    if (namespace) void i18n.loadNamespaces(namespace).catch(() => undefined);
    if (route?.prefetch && queryClient) {
      try {
        route.prefetch({ queryClient, params, search: new URL(request.url).searchParams });
      } catch {
        // The page asks again, and shows what went wrong.
      }
    }
    return null;
  };
}

/** A feature's page: loaded on first visit (or as its route is chosen) with its feature's texts, behind its permission. */
export function toRoute(route: FeatureRoute, options: RouteOptions, namespace?: string): RouteObject {
  const Page = route.page;
  const page = (
    <Suspense fallback={loading}>
      <Page />
    </Suspense>
  );
  const element = route.permission ? <RequirePermission permission={route.permission}>{page}</RequirePermission> : page;
  const common = { element, loader: preloading([route.page], route, options.queryClient, namespace), hydrateFallbackElement: loading };
  return route.path === '' ? { index: true, ...common } : { path: route.path, ...common };
}

/** The features' routes in one frame ('app' when a route names none). */
export function routesIn(
  features: readonly Pick<FeatureManifest<Namespace | null>, 'routes' | 'i18n'>[],
  frame: NonNullable<FeatureRoute['frame']>,
  options: RouteOptions,
): RouteObject[] {
  return features.flatMap((f) => f.routes.filter((r) => (r.frame ?? 'app') === frame).map((r) => toRoute(r, options, f.i18n?.name)));
}

/**
 * The app's routes: the public pages, then the signed-in ones behind the session check. The
 * signed-in pages are given here (tests) or added on the first navigation to one
 * (router.tsx: patchRoutesOnNavigation with signed-in.tsx).
 */
export function createRoutes(options: RouteOptions & { signedIn?: RouteObject[] } = {}): RouteObject[] {
  return [
    ...routesIn(PUBLIC_FEATURES, 'public', options),
    { id: SIGNED_IN_ROUTE, element: <RequireAuth />, hydrateFallbackElement: loading, children: options.signedIn ?? [] },
  ];
}
