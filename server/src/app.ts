import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
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
import { registerRequestContext } from './platform/http/request-context';
import { createEdge, registerRateLimit } from './platform/http/edge';
import type { EdgeLimits } from './platform/http/edge-limits';
import { registerAuthorization, isApiRoute } from './platform/permissions/authorize';
import type { Access } from './platform/permissions/permissions';
import { FEATURES } from './features';

export const BODY_LIMIT = 1024 * 1024;
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
export const VERSION = '0.1.0';

export interface BuildAppOptions {
  database: DatabaseHandle;
  clock?: Clock;
  config?: Partial<Pick<Config, 'secureCookies' | 'trustProxy' | 'webDist' | 'logLevel' | 'redisUrl'>>;
  /** Rate and sign-in limits (tests pass small ones). */
  limits?: Partial<EdgeLimits>;
  /** Tests pass false to keep output quiet; the server passes its pino options. */
  logger?: boolean | object;
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
  const edge = createEdge(database, clock, { redisUrl: config.redisUrl, limits: options.limits });
  app.addHook('onClose', edge.close);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock, audit, config, edge: edge.edge };

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
        // antd writes its component styles into <style> elements at run time, so inline styles stay
        // allowed; styles from other origins do not (the default also allowed any https: source).
        'style-src': ["'self'", "'unsafe-inline'"],
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

  // Every feature registers its routes from the one list (server/src/features/index.ts).
  for (const feature of FEATURES) feature.register?.(app, deps);

  await serveWebApp(app, config.webDist);
  return app;
}

/** The built web app is served by the same process; unknown pages get index.html. */
async function serveWebApp(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const index = webDist ? path.join(webDist, 'index.html') : undefined;
  const hasWeb = index !== undefined && fs.existsSync(index);
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist!, wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWeb;
    if (isPage) return reply.type('text/html').sendFile('index.html');
    // A write to a route that does not exist is an attempt worth recording; a missing page is not.
    return sendError(request, reply, 404, 'NOT_FOUND', {}, undefined, isWriteMethod(request.method) ? 'denied' : 'none');
  });
}
