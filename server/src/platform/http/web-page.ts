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
