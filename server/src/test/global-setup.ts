import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { PG_URL } from './dialects';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAvailable: boolean;
    redisAvailable: boolean;
  }
}

/** Where the Redis-backed tests connect (the shared rate-limit counters when REDIS_URL is set). */
export const REDIS_TEST_URL = process.env.HONGTU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Probes PostgreSQL once for the whole run; under CI a missing server fails the run. */
export default async function setup(project: TestProject): Promise<void> {
  const available = await reachable(PG_URL);
  if (!available && process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required under CI but ${PG_URL.replace(/:[^:@/]*@/, ':***@')} is not reachable`);
  }
  project.provide('postgresAvailable', available);
  // Redis is optional for the app; its tests run wherever a server answers, and under CI it must.
  const redis = await reachable(REDIS_TEST_URL);
  if (!redis && process.env.CI === 'true') throw new Error(`Redis is required under CI but ${REDIS_TEST_URL} is not reachable`);
  project.provide('redisAvailable', redis);
}
