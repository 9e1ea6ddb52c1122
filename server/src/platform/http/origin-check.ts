import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method);
}

/**
 * Cross-site writes are refused: a browser always sends Origin (or
 * Sec-Fetch-Site) on such requests, and it must name this host.
 */
export function registerOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isWriteMethod(request.method)) return;
    const origin = request.headers.origin;
    const host = request.host;
    if (origin !== undefined) {
      let same = false;
      try {
        // URL drops a default port (":80" for http, ":443" for https); a Host
        // header may carry it (proxies often add it), so compare both as URLs.
        const originUrl = new URL(origin);
        same = origin !== 'null' && originUrl.host === new URL(`${originUrl.protocol}//${host}`).host;
      } catch {
        same = false;
      }
      if (!same) throw new AppError(403, 'CROSS_SITE', {}, undefined, 'denied');
    } else if (request.headers['sec-fetch-site'] === 'cross-site') {
      throw new AppError(403, 'CROSS_SITE', {}, undefined, 'denied');
    }
  });
}
