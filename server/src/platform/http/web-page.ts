import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** Written into web/index.html; replaced by each answer's nonce (web/src/app/csp-nonce.ts reads it). */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

export interface WebPage {
  send(reply: FastifyReply): FastifyReply;
}

/** Adds `'nonce-…'` to the style-src directive of a policy, leaving the other directives as they are. */
export function withStyleNonce(policy: string, nonce: string): string {
  return policy
    .split(';')
    .map((directive) => {
      const trimmed = directive.trim();
      return trimmed === 'style-src' || trimmed.startsWith('style-src ') ? `${trimmed} 'nonce-${nonce}'` : trimmed;
    })
    .join(';');
}

/**
 * The web app's page, answered with a fresh nonce each time: the nonce goes into the page (a meta
 * element antd's ConfigProvider reads) and into the answer's CSP, so only the style elements the
 * app itself writes apply. The file is read again when it changes (a rebuilt web app needs no restart).
 */
export function createWebPage(webDist: string): WebPage | undefined {
  const file = path.join(webDist, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  let cached: { mtimeMs: number; html: string } | undefined;
  const html = (): string => {
    const mtimeMs = fs.statSync(file).mtimeMs;
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: fs.readFileSync(file, 'utf8') };
    return cached.html;
  };
  return {
    send(reply) {
      const nonce = randomBytes(16).toString('base64');
      const policy = reply.getHeader('content-security-policy');
      if (typeof policy === 'string') reply.header('content-security-policy', withStyleNonce(policy, nonce));
      // The page names this answer's nonce, so it is never reused from a cache.
      reply.header('cache-control', 'no-cache');
      return reply.type('text/html; charset=utf-8').send(html().replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
    },
  };
}

/** What the web build writes under /assets/: every name carries a hash of the content (web/vite.config.ts). */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** A URL of a built file (under /assets/): never answered with the page when the file is missing. */
export function isWebFileUrl(url: string): boolean {
  return url.startsWith('/assets/');
}

/**
 * How long a browser may keep a file of the built web app (path relative to the build folder, `/` or
 * the system's separator, with or without the .br / .gz of its precompressed copy). A hashed file
 * never changes under its name: kept a year without asking again. Other files (the icon, anything
 * in web/public) keep their name across releases: an hour. index.html is not among them (no-cache, above).
 */
export function webFileCacheControl(relativePath: string): string {
  const name = relativePath.split(path.sep).join('/').replace(/\.(br|gz)$/, '');
  return HASHED_ASSET.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
}
