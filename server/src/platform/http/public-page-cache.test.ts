import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { publicPagesChanged, registerPublicPageCache, type PublicPageCacheOptions } from './public-page-cache';

const OPTIONS: PublicPageCacheOptions = { ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024, maxRenders: 4, maxWaiting: 100 };

/** A tiny app whose pages count their renderings; /slow waits for `release`. */
async function appWith(options: PublicPageCacheOptions = OPTIONS) {
  const app = Fastify();
  const renders = new Map<string, number>();
  let release: () => void = () => undefined;
  const slow = new Promise<void>((resolve) => (release = resolve));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof AppError) return reply.code(error.status).send({ code: error.code });
    return reply.code(500).send({ code: 'INTERNAL' });
  });
  registerPublicPageCache(app, (request) => (request.url.startsWith('/own') ? null : 'normal'), options);
  const count = (url: string) => renders.set(url, (renders.get(url) ?? 0) + 1);
  app.get('/page', async (request) => { count(request.url); return `page ${renders.get(request.url)}`; });
  app.get('/own', async (request) => { count(request.url); return 'own'; });
  app.get('/cookie', async (request, reply) => { count(request.url); reply.header('set-cookie', 'a=1'); return 'with cookie'; });
  app.get('/slow/:n', async (request) => { count(request.url); await slow; return 'slow'; });
  await app.ready();
  return { app, renders, release };
}

let current: FastifyInstance | null = null;
afterEach(async () => {
  await current?.close();
  current = null;
});

describe('the public page cache', () => {
  it('renders a page once and answers it again from the copy', async () => {
    const { app, renders } = await appWith();
    current = app;
    const first = await app.inject('/page');
    const second = await app.inject('/page');
    expect(second.body).toBe(first.body);
    expect(second.headers['x-cache']).toBe('hit');
    expect(renders.get('/page')).toBe(1);
  });

  it('renders a page asked for by a crowd at once only once', async () => {
    const { app, renders, release } = await appWith();
    current = app;
    const crowd = Array.from({ length: 20 }, () => app.inject('/slow/1'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const answers = await Promise.all(crowd);
    expect(answers.every((a) => a.statusCode === 200 && a.body === 'slow')).toBe(true);
    expect(renders.get('/slow/1')).toBe(1);
  });

  it('forgets every page when what the public sees changed', async () => {
    const { app, renders } = await appWith();
    current = app;
    await app.inject('/page');
    publicPagesChanged();
    expect((await app.inject('/page')).body).toBe('page 2');
    expect(renders.get('/page')).toBe(2);
  });

  it('keeps neither a page of the visitor\'s own nor an answer that sets a cookie', async () => {
    const { app, renders } = await appWith();
    current = app;
    for (let i = 0; i < 3; i++) {
      await app.inject('/own');
      await app.inject('/cookie');
    }
    expect(renders.get('/own')).toBe(3);
    expect(renders.get('/cookie')).toBe(3);
  });

  it('renders again once the copy is older than its time to live', async () => {
    const { app, renders } = await appWith({ ...OPTIONS, ttlMs: 0 });
    current = app;
    await app.inject('/page');
    await app.inject('/page');
    expect(renders.get('/page')).toBe(2);
  });

  it('answers 503 with Retry-After when every rendering slot and the queue are taken', async () => {
    const { app, release } = await appWith({ ...OPTIONS, maxRenders: 1, maxWaiting: 1 });
    current = app;
    const busy = [app.inject('/slow/1'), app.inject('/slow/2')];
    await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = await app.inject('/slow/3');
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.json()).toEqual({ code: 'SERVICE_BUSY' });
    release();
    expect((await Promise.all(busy)).map((a) => a.statusCode)).toEqual([200, 200]);
    // the slots are given back: the next page renders
    expect((await app.inject('/slow/4')).statusCode).toBe(200);
  });
});
