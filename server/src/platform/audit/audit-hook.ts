import type { FastifyInstance } from 'fastify';
import { AuditEntityTypes, requestAuditAction } from '@hongtu/contracts';
import type { Deps } from '../deps';
import { auditKindOf } from '../http/error-handler';
import { isWriteMethod } from '../http/origin-check';
import { tallyAnonymousRefusal } from '../http/edge';

/**
 * The safety net of the audit trail: a write request that did not record an
 * audit row inside its own transaction (because it was refused or failed), and
 * every denial, is recorded here before the answer leaves.
 */
export function registerAuditHook(app: FastifyInstance, deps: Deps): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.ctx.audited) return payload;
    const kind = auditKindOf(reply);
    if (kind === 'none') return payload;
    const isWrite = isWriteMethod(request.method);
    const denied = kind === 'denied';
    // Anonymous reads that are refused (e.g. the app checking for a session) are not worth a row.
    if (!isWrite && !(denied && request.ctx.actor)) return payload;
    const status = reply.statusCode;
    const result = denied ? 'denied' : status >= 400 ? 'failed' : 'success';
    if (result === 'success' && request.routeOptions.config.dryRun) return payload;
    if (result === 'success') request.log.warn({ url: request.url }, 'write without an audit row from its use case');
    // Anonymous refusals are counted per address; a flood adds a few rows, each with the count so far.
    let tally: { refusedFromAddress: number } | undefined;
    if (denied && !request.ctx.actor) {
      const { audit, count } = await tallyAnonymousRefusal(deps.edge, request.ctx.ip);
      if (!audit) return payload;
      if (count > deps.edge.limits.refusalsAuditedInFull) tally = { refusedFromAddress: count };
    }
    await deps.audit.appendAlone(request.ctx, {
      action: requestAuditAction(request.method, request.routeOptions.url ?? request.url),
      entityType: AuditEntityTypes.request,
      entityId: request.url.slice(0, 200),
      after: { status, ...tally },
      result,
    });
    return payload;
  });
}
