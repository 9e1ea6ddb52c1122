import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageState } from '../components/PageState';
import type { FeatureRoute } from './feature';
import { FEATURES } from './features';
import { AppLayout } from './layouts/AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';

const ROUTES = FEATURES.flatMap((f) => f.routes);

/** A feature's page: loaded on first visit, behind its permission. */
function toRoute(route: FeatureRoute): RouteObject {
  const Page = route.page;
  const page = (
    <Suspense fallback={<PageState loading />}>
      <Page />
    </Suspense>
  );
  const element = route.permission ? <RequirePermission permission={route.permission}>{page}</RequirePermission> : page;
  return route.path === '' ? { index: true, element } : { path: route.path, element };
}

const routesIn = (frame: NonNullable<FeatureRoute['frame']>) => ROUTES.filter((r) => (r.frame ?? 'app') === frame).map(toRoute);

/** The app's routes: public pages, then the signed-in ones (full-window, then inside the layout). */
export const routes: RouteObject[] = [
  ...routesIn('public'),
  {
    element: <RequireAuth />,
    children: [
      // Full-window pages (the big screen) sit outside the app layout.
      ...routesIn('screen'),
      { element: <AppLayout />, children: [...routesIn('app'), { path: '*', element: <NotFoundPage /> }] },
    ],
  },
];
