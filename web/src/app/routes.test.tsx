import { Writable } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '@hongtu/contracts';
import { can, type Permission, type Role } from '@hongtu/domain';
import { replaceSession } from '../features/auth/public';
import { FEATURES } from './features';
import './i18n';
import { createRoutes } from './routes';
import { signedInRoutes } from './signed-in';

/** The page at a URL as a signed-in user of the role sees it, its lazy page loaded, no data fetched; it must render without error. */
async function render(role: Role, url: string): Promise<string> {
  const me: Me = { id: 1, username: 'u', displayName: 'U', role, organisationId: 2, organisationName: '武汉市', locale: 'zh-CN', pendingStep: null };
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  replaceSession(queryClient, me);
  const handler = createStaticHandler(createRoutes({ signedIn: await signedInRoutes({}) }));
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error(`redirect from ${url}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
    { onError: (error) => void errors.push(error) },
  );
  expect(errors, url).toEqual([]);
  let html = '';
  await new Promise<void>((resolve, reject) => prelude.pipe(new Writable({ write: (chunk, _e, done) => ((html += String(chunk)), done()), final: (done) => (resolve(), done()) })).on('error', reject));
  return html;
}

const FORBIDDEN = '无权访问';
/** Pages inside the layout without route parameters (the big screen measures the window, which a test has not). */
const guarded = FEATURES.flatMap((f) => f.routes).filter(
  (r): r is typeof r & { permission: Permission } => r.permission !== undefined && (r.frame ?? 'app') === 'app' && !r.path.includes(':'),
);

describe('routes', () => {
  it('render the home page and the not-found page inside the layout', async () => {
    expect(await render('leader', '/')).toContain('首页');
    expect(await render('leader', '/nowhere')).toContain('页面或记录不存在');
  });

  it('open each guarded page to the roles with its permission and show the others 403', { timeout: 60_000 }, async () => {
    for (const route of guarded) {
      for (const role of ['city_reviewer', 'district_operator', 'auditor'] as const) {
        const html = await render(role, `/${route.path}`);
        expect(html.includes(FORBIDDEN), `${role} /${route.path}`).toBe(!can(role, route.permission));
      }
    }
  });
});
