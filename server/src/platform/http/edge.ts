// The public edge: request rate limits before authentication, and the counters behind them and
// behind the aggregated audit of anonymous refusals.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { DatabaseHandle } from '../../db/connection';
import type { Clock } from '../clock';
import { databaseCounters, memoryCounters, redisCounters, type Counters } from './counters';
import { writeBehindCounters } from './write-behind-counters';
import { DEFAULT_EDGE_LIMITS, type EdgeLimits } from './edge-limits';
import { isWriteMethod } from './origin-check';

export interface Edge {
  limits: EdgeLimits;
  /** Exact shared counters: the limits that guard secrets and the audit of refusals. */
  counters: Counters;
  /** The per-request limits' counters: on PostgreSQL written behind (write-behind-counters.ts). */
  requestCounters: Counters;
}

/**
 * Redis when configured, else PostgreSQL's table (the per-request counts written behind), else
 * (SQLite: one process) memory.
 */
export function createEdge(
  database: DatabaseHandle, clock: Clock, options: { redisUrl?: string; limits?: Partial<EdgeLimits>; onCounterError?: (error: unknown) => void; onCounterRecovered?: () => void } = {},
): { edge: Edge; close: () => Promise<void> } {
  const limits = { ...DEFAULT_EDGE_LIMITS, ...options.limits };
  if (options.redisUrl) {
    const redis = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
    const counters = redisCounters(redis);
    return { edge: { limits, counters, requestCounters: counters }, close: async () => void (await redis.quit()) };
  }
  if (database.dialect !== 'postgres') {
    const counters = memoryCounters(clock);
    return { edge: { limits, counters, requestCounters: counters }, close: async () => undefined };
  }
  const requestCounters = writeBehindCounters(database.db, clock, { onError: options.onCounterError, onRecovered: options.onCounterRecovered });
  return { edge: { limits, counters: databaseCounters(database.db, clock), requestCounters }, close: () => requestCounters.close() };
}

/** Who a request is counted as: the account when signed in, the address otherwise. */
export function rateKeyOf(req: FastifyRequest): string {
  return req.ctx?.actor ? `user:${req.ctx.actor.userId}` : `ip:${req.ip}`;
}

/**
 * Rate limits in onRequest, after the session lookup and before the route's access check, so an
 * anonymous flood meets 429 before 401. Pages and assets of the web app are not counted.
 */
export async function registerRateLimit(app: FastifyInstance, edge: Edge): Promise<void> {
  const { requestCounters: counters, limits } = edge;
  class SharedStore {
    constructor(_options: unknown, private readonly prefix = 'req:') {}
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow?: number): void {
      counters.hit(this.prefix + key, timeWindow ?? limits.requestWindowMs)
        .then((r) => callback(null, { current: r.count, ttl: r.ttlMs }), (e: Error) => callback(e));
    }
    /** A route with its own limit counts in its own windows. */
    child(route: object): SharedStore {
      const { method, url } = (route as { routeInfo: { method: string; url: string } }).routeInfo;
      return new SharedStore(undefined, `${this.prefix}${method}${url}:`);
    }
  }
  await app.register(fastifyRateLimit, {
    global: true,
    hook: 'onRequest',
    max: limits.requestsPerWindow,
    timeWindow: limits.requestWindowMs,
    store: SharedStore,
    allowList: (req) => !isWriteMethod(req.method) && !req.url.startsWith('/api/'),
    keyGenerator: rateKeyOf,
  });
}

/**
 * Whether an anonymous refusal gets its own audit row: the first few from an address in a window
 * do; after them only the 10th, 100th, 1000th … does, carrying the count. A flood of refused
 * requests thus adds a handful of rows to the trail, not one per request.
 */
export async function tallyAnonymousRefusal(edge: Edge, ip: string): Promise<{ audit: boolean; count: number }> {
  const { refusalsAuditedInFull: full, refusalWindowMinutes } = edge.limits;
  const { count } = await edge.counters.hit(`refused:${ip}`, refusalWindowMinutes * 60_000);
  const milestone = count >= 10 && /^10*$/.test(String(count));
  return { audit: count <= full || milestone, count };
}
