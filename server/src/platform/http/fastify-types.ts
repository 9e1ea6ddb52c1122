import type { Access } from '../permissions/permissions';
import type { RequestContext } from '../permissions/actor';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route says who may call it; see permissions.ts. */
    access?: Access;
    /** A POST that only computes (a dry run): nothing to audit when it succeeds. */
    dryRun?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    /** Set when the cookie named a session that has expired. */
    sessionExpired: boolean;
  }
}
export {};
