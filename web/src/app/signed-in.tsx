import { Suspense } from 'react';
import { App } from 'antd';
import { Outlet, type RouteObject } from 'react-router';
import { lazyNamed } from './feature';
import { FEATURES } from './features';
import { knowFeatureTexts } from './i18n-start';
import { AppLayout } from './layouts/AppLayout';
import { PageLoading } from './PageLoading';
import { preloading, routesIn, type RouteOptions } from './routes';
import './print.css';
import './signed-in.css';

// What the signed-in pages share, loaded once with the first of them (router.tsx): every feature's
// routes and menu entries (their names in a small table per feature, features/<name>/i18n/menu.ts),
// the layout, and antd's App (messages, notifications and confirmations). A feature's texts are
// not here: they load with its first page (routes.tsx), so the shell does not grow with them.

const NotFoundPage = lazyNamed(() => import('../components/NotFoundPage'), 'NotFoundPage');

/** antd's App context for the signed-in pages (App.useApp()); it adds no element of its own. */
function SignedInApp() {
  return (
    <App component={false}>
      <Outlet />
    </App>
  );
}

/**
 * The signed-in pages: full-window ones (the big screen), then those inside the layout, then 404;
 * every feature's texts made known, each to load with the feature's first page.
 */
export function signedInRoutes(options: RouteOptions): RouteObject[] {
  knowFeatureTexts(FEATURES);
  const loading = <PageLoading />;
  return [
    {
      id: 'signed-in-app',
      element: <SignedInApp />,
      children: [
        ...routesIn(FEATURES, 'screen', options),
        {
          element: <AppLayout />,
          children: [
            ...routesIn(FEATURES, 'app', options),
            {
              path: '*',
              loader: preloading([NotFoundPage]),
              hydrateFallbackElement: loading,
              element: (
                <Suspense fallback={loading}>
                  <NotFoundPage />
                </Suspense>
              ),
            },
          ],
        },
      ],
    },
  ];
}
