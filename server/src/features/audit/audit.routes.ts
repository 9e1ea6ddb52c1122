import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditFilterSchema, auditKeptHeadSchema, auditListQuerySchema, auditPageSchema, auditVerifyQuerySchema, auditVerifyReportSchema } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { auditHead } from '../../platform/audit/audit-verify';
import { requireActor } from '../../platform/permissions/actor';
import { auditWorkbook } from './audit.export';
import { auditPage, auditRowsForExport } from './audit.read-model';
import { verifyTrail } from './audit.verify';

const tags = ['audit'];

/** The auditor's pages: list, export, the head to keep and chain verification. Read-only by design. */
export function auditRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    config: { access: 'audit.read' },
    schema: { tags, querystring: auditListQuerySchema, response: { 200: auditPageSchema } },
  }, (req) => {
    const { page, pageSize, ...filter } = req.query;
    return auditPage(deps.db, requireActor(req.ctx), filter, page, pageSize, req.ctx.locale);
  });

  r.get('/api/audit/export', {
    config: { access: 'audit.read' },
    schema: { tags, querystring: auditFilterSchema },
  }, async (req, reply) => {
    const entries = await auditRowsForExport(deps.db, requireActor(req.ctx), req.query, req.ctx.locale);
    const body = await auditWorkbook(entries, req.ctx.locale);
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    return sendXlsx(reply, body, `audit-${stamp}.xlsx`);
  });

  r.get('/api/audit/verify', {
    config: { access: 'audit.read' },
    schema: { tags, querystring: auditVerifyQuerySchema, response: { 200: auditVerifyReportSchema } },
  }, (req) => verifyTrail(deps, req.query.anchorId && req.query.anchorHash ? [{ id: req.query.anchorId, hash: req.query.anchorHash }] : [], req.log));

  /** The head to keep outside the database (the auditor downloads it), with the time it was read. */
  r.get('/api/audit/head', {
    config: { access: 'audit.read' },
    schema: { tags, response: { 200: auditKeptHeadSchema.nullable() } },
  }, async () => {
    const head = await auditHead(deps.db);
    return head ? { ...head, at: deps.clock.now().toISOString() } : null;
  });
}
