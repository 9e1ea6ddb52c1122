import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '@hongtu/contracts';
import type { DatabaseHandle } from './db/connection';
import type { Config } from './config/config';
import './platform/http/fastify-types';
import { AuditTrail } from './platform/audit/audit-trail';
import { registerAuditHook } from './platform/audit/audit-hook';
import { systemClock, type Clock } from './platform/clock';
import type { Deps } from './platform/deps';
import { registerErrorHandler, sendError } from './platform/http/error-handler';
import { isWriteMethod, registerOriginCheck } from './platform/http/origin-check';
import { createWebPage, isWebFileUrl, webFileCacheControl } from './platform/http/web-page';
import { registerRequestContext } from './platform/http/request-context';
import { createEdge, registerRateLimit } from './platform/http/edge';
import type { EdgeLimits } from './platform/http/edge-limits';
import { registerAuthorization, isApiRoute } from './platform/permissions/authorize';
import type { Access } from './platform/permissions/permissions';
import { registeredFeatures } from './platform/features/registry';
import type { JobHandlers } from './platform/jobs/job-handler';
import { JobQueue } from './platform/jobs/job-queue';
import { DEFAULT_RUNNER_OPTIONS, JobRunner, type JobRunnerOptions } from './platform/jobs/job-runner';

export const BODY_LIMIT = 1024 * 1024;
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
export const VERSION = '0.1.0';

export interface BuildAppOptions {
  database: DatabaseHandle;
  clock?: Clock;
  config?: Partial<Pick<Config, 'secureCookies' | 'trustProxy' | 'webDist' | 'logLevel' | 'redisUrl' | 'auditCheckpointFile' | 'jobConcurrency' | 'filesDir'>>;
  /** Rate and sign-in limits (tests pass small ones). */
  limits?: Partial<EdgeLimits>;
  /** Tests pass false to keep output quiet; the server passes its pino options. */
  logger?: boolean | object;
  /** The job runner of this server (concurrency from the config), and handlers beyond the features' (tests). */
  jobs?: Partial<JobRunnerOptions> & { handlers?: JobHandlers };
}

export interface ApiRoute {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its declared access; the permission spec reads it. */
    apiRoutes: ApiRoute[];
    /** The durable job queue and this server's runner of it. */
    jobs: { queue: JobQueue; runner: JobRunner };
  }
}

/** Builds the whole application without listening, for the server and for tests. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const clock = options.clock ?? systemClock;
  const config = { secureCookies: false, trustProxy: false, ...options.config };
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const audit = new AuditTrail(database.db, database.dialect, clock);
  const edge = createEdge(database, clock, {
    redisUrl: config.redisUrl, limits: options.limits,
    onCounterError: (error) => app.log.warn({ err: error }, 'request counters: the hits are not reaching the shared table; kept and sent again, less often, until they do'),
    onCounterRecovered: () => app.log.info('request counters: the shared table is written again'),
  });
  app.addHook('onClose', edge.close);
  const jobs = new JobQueue(database.db, database.dialect, clock, audit);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock, audit, config, edge: edge.edge, jobs };
  const { handlers: extraHandlers, ...runnerOptions } = options.jobs ?? {};
  jobs.setHandlers(jobHandlers(deps, extraHandlers));
  const runner = new JobRunner(jobs, database.db, { concurrency: config.jobConcurrency ?? DEFAULT_RUNNER_OPTIONS.concurrency, ...runnerOptions }, app.log);
  jobs.onEnqueued(() => runner.wake());
  app.decorate('jobs', { queue: jobs, runner });
  // Any app server takes jobs from the queue once it is ready, and stops taking them when it closes.
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', () => runner.stop());

  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url)) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.apiRoutes.push({ method, url: route.url, access: route.config?.access });
    }
  });

  registerRequestContext(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      // Plain-HTTP LAN installs must keep working.
      directives: {
        'upgrade-insecure-requests': null,
        'img-src': ["'self'", 'data:'],
        // Style sheets only from this origin. The page itself (index.html) is answered with a
        // nonce for the <style> elements antd writes at run time (web-page.ts); every other answer
        // allows no inline <style> at all. Style attributes stay allowed: React and ECharts set them,
        // and an attribute can neither load anything nor select other elements.
        'style-src': ["'self'"],
        'style-src-attr': ["'unsafe-inline'"],
      },
    },
  });
  app.addHook('onSend', async (request, reply) => {
    // The browser may use no camera, microphone, location, payment or USB device on our behalf.
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // Answers of the API (figures, exports, the trail) are never kept by a browser or proxy cache.
    if (isApiRoute(request.url)) reply.header('cache-control', 'no-store');
  });
  // Session first, so a refused cross-site write is audited with its actor.
  registerAuthorization(app, deps);
  registerOriginCheck(app);
  // Per account when signed in, per address otherwise; counted together by every app server.
  await registerRateLimit(app, deps.edge);
  registerAuditHook(app, deps);
  registerErrorHandler(app, BODY_LIMIT);

  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Hongtu 宏图 API', version: VERSION } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/healthz', { config: { access: 'public' }, schema: { response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
    database: database.dialect,
    version: VERSION,
  }));

  // The platform and every feature register their routes from the one list (server/src/features/index.ts).
  for (const feature of registeredFeatures()) feature.register?.(app, deps);

  await serveWebApp(app, config.webDist);
  return app;
}

/** The job handlers of every feature, by kind; a kind declared twice is refused. */
function jobHandlers(deps: Deps, extra: JobHandlers = {}): JobHandlers {
  const handlers: Record<string, JobHandlers[string]> = {};
  for (const feature of registeredFeatures()) {
    for (const [kind, handler] of Object.entries(feature.jobs?.(deps) ?? {})) {
      if (kind in handlers) throw new Error(`job kind ${kind} is declared twice (${feature.name})`);
      handlers[kind] = handler;
    }
  }
  for (const [kind, handler] of Object.entries(extra)) {
    if (kind in handlers) throw new Error(`job kind ${kind} is declared twice`);
    handlers[kind] = handler;
  }
  return handlers;
}

/**
 * The built web app is served by the same process; unknown pages get index.html. Files are sent
 * precompressed (the web build writes .br and .gz beside each; web/vite.config.ts) when the browser
 * accepts it, hashed files under /assets/ are cached for good, and a missing one is a 404, not the page.
 */
async function serveWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const page = webDist ? createWebPage(webDist) : undefined;
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  // index.html itself is never served as a file: it is answered with a fresh style nonce; nor is the
  // build's manifest (.vite/).
  if (page) {
    await app.register(fastifyStatic, {
      root: webDist!,
      wildcard: true,
      index: false,
      allowedPath: (p) => p !== '/index.html' && !p.startsWith('/.'),
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', webFileCacheControl(path.relative(webDist!, filePath)));
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) => page.send(reply));
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !isWebFileUrl(request.url) && page !== undefined;
    if (isPage) return page.send(reply);
    // A write to a route that does not exist is an attempt worth recording; a missing page is not.
    return sendError(request, reply, 404, 'NOT_FOUND', {}, undefined, isWriteMethod(request.method) ? 'denied' : 'none');
  });
}
