import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

/**
 * Public pages are the same for every visitor: each app server keeps what it answered for a few
 * seconds and answers it again, so that a crowd of anonymous visitors costs one rendering per page
 * and language instead of one per visit, and never takes the database's connections from the staff.
 *
 * - One rendering at a time per page: visitors asking for a page being rendered wait for it.
 * - At most `maxRenders` renderings at once, `maxWaiting` more queued; beyond, 503 with Retry-After.
 * - A write that changes what the public sees calls `publicPagesChanged()`: this server forgets at
 *   once, the others within `ttlMs`.
 * - Only answers without a cookie of their own (Set-Cookie) are kept; the key holds the URL, the
 *   encoding the visitor accepts and the choices the caller names (the large-text mode).
 */
export interface PublicPageCacheOptions {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  maxRenders: number;
  maxWaiting: number;
}

export const DEFAULT_PUBLIC_PAGE_CACHE: PublicPageCacheOptions = { ttlMs: 10_000, maxEntries: 2_000, maxBytes: 64 * 1024 * 1024, maxRenders: 8, maxWaiting: 500 };

let generation = 0;

/** What the public sees changed (an article published, a policy withdrawn …): cached pages are dropped. */
export function publicPagesChanged(): void {
  generation++;
}

interface Entry { at: number; generation: number; status: number; headers: Record<string, string>; body: Buffer }

const KEPT_HEADERS = ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary', 'content-security-policy', 'referrer-policy', 'content-language', 'link'];

function encodingOf(request: FastifyRequest): string {
  const accepts = String(request.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
}

declare module 'fastify' {
  interface FastifyRequest {
    publicPageKey?: string;
    publicPageSlot?: boolean;
  }
}

export interface PublicPageCache {
  /** Entries kept now (for tests and the benchmark). */
  size(): number;
}

/**
 * Registers the cache's hooks for the requests `keyOf` names (a string key: the page's choices; null:
 * not cached, e.g. a signed-in visitor or a form).
 */
export function registerPublicPageCache(app: FastifyInstance, keyOf: (request: FastifyRequest) => string | null, options: PublicPageCacheOptions = DEFAULT_PUBLIC_PAGE_CACHE): PublicPageCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const inFlight = new Map<string, Promise<void>>();
  const finishers = new Map<string, () => void>();
  let renders = 0;
  const waiting: (() => void)[] = [];

  const fresh = (entry: Entry | undefined, now: number) => entry && entry.generation === generation && now - entry.at < options.ttlMs;
  const drop = (key: string) => {
    const old = entries.get(key);
    if (old) bytes -= old.body.byteLength;
    entries.delete(key);
  };
  const keep = (key: string, entry: Entry) => {
    drop(key);
    if (entry.body.byteLength > options.maxBytes / 16) return;
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    // the oldest go first (a Map keeps insertion order)
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries && bytes <= options.maxBytes) break;
      drop(oldest);
    }
  };
  const serve = (request: FastifyRequest, reply: FastifyReply, entry: Entry) => {
    for (const [name, value] of Object.entries(entry.headers)) reply.header(name, value);
    reply.header('x-cache', 'hit');
    if (entry.status === 200 && entry.headers.etag && request.headers['if-none-match'] === entry.headers.etag) return reply.code(304).send();
    return reply.code(entry.status).send(entry.body);
  };
  const release = (request: FastifyRequest) => {
    if (!request.publicPageSlot) return;
    request.publicPageSlot = false;
    const next = waiting.shift();
    if (next) next();
    else renders--;
  };
  const finish = (request: FastifyRequest) => {
    const key = request.publicPageKey;
    if (key === undefined) return;
    request.publicPageKey = undefined;
    finishers.get(key)?.();
  };

  // In preHandler, after every onRequest hook: the route's own per-address limit (ADR 0008) counts a
  // page answered from the copy as it counts one rendered (an onRequest answer here came before it,
  // so a flood of one kept page from one address was never refused).
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const choice = keyOf(request);
    if (choice === null) return;
    const key = `${request.url}\n${encodingOf(request)}\n${choice}`;
    const cached = entries.get(key);
    if (fresh(cached, Date.now())) return serve(request, reply, cached!);
    // Someone renders this page now: wait for it, then answer what it kept (or render if it kept nothing).
    const pending = inFlight.get(key);
    if (pending) {
      await pending;
      const after = entries.get(key);
      if (fresh(after, Date.now())) return serve(request, reply, after!);
    } else {
      let done!: () => void;
      inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
      finishers.set(key, () => {
        inFlight.delete(key);
        finishers.delete(key);
        done();
      });
      request.publicPageKey = key;
    }
    // A rendering slot, or a place in the queue, or 503.
    if (renders < options.maxRenders) renders++;
    else if (waiting.length < options.maxWaiting) await new Promise<void>((resolve) => waiting.push(resolve));
    else {
      finish(request);
      reply.header('retry-after', '5');
      throw new AppError(503, 'SERVICE_BUSY');
    }
    request.publicPageSlot = true;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.publicPageKey;
    if (key === undefined || (reply.statusCode !== 200 && reply.statusCode !== 404) || reply.getHeader('set-cookie') !== undefined) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    keep(key, { at: Date.now(), generation, status: reply.statusCode, headers, body: Buffer.isBuffer(payload) ? payload : Buffer.from(payload) });
    return payload;
  });

  app.addHook('onResponse', async (request) => {
    finish(request);
    release(request);
  });
  app.addHook('onRequestAbort', async (request) => {
    finish(request);
    release(request);
  });

  return { size: () => entries.size };
}
