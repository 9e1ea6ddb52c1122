import type { Access } from '../permissions/permissions';
import type { RequestContext } from '../permissions/actor';
import type { ReadWithSession } from '../auth/sessions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route says who may call it; see permissions.ts. */
    access?: Access;
    /** A POST that only computes (a dry run): nothing to audit when it succeeds. */
    dryRun?: boolean;
    /** What the route reads at every call, read in the session lookup's statement (sessions.ts). */
    readWithSession?: ReadWithSession;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    /** Set when the cookie named a session that has expired. */
    sessionExpired: boolean;
    /** The route's `readWithSession` values, by name; empty without a session. */
    readWithSession: Record<string, unknown>;
  }
}
export {};
