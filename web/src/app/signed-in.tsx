import { Suspense } from 'react';
import { App } from 'antd';
import { Outlet, type RouteObject } from 'react-router';
import { lazyNamed } from './feature';
import { FEATURES } from './features';
import { registerFeatureTexts } from './i18n-start';
import { AppLayout } from './layouts/AppLayout';
import { PageLoading } from './PageLoading';
import { preloading, routesIn, type RouteOptions } from './routes';
import './print.css';

// What the signed-in pages share, loaded once with the first of them (router.tsx): every feature's
// routes and texts, the layout, and antd's App (messages, notifications and confirmations).

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
 * given once every feature's texts are there in the current language.
 */
export async function signedInRoutes(options: RouteOptions): Promise<RouteObject[]> {
  await registerFeatureTexts(FEATURES);
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
