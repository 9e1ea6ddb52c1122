import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@hongtu/contracts';
import {
  createEnterpriseSchema,
  enterpriseImportCheckSchema,
  enterpriseImportCommitSchema,
  enterpriseListQuerySchema,
  enterpriseListSchema,
  enterpriseOrganisationsSchema,
  enterpriseSchema,
  updateEnterpriseSchema,
} from '@hongtu/contracts/enterprises';
import { REPORTING_UNIT_KINDS } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { IMPORT_LIMITS } from '../../platform/imports/limits';
import { readUpload } from '../../platform/imports/upload';
import { requireActor } from '../../platform/permissions/actor';
import { createEnterpriseImportCheck } from './enterprise-import.check';
import { createEnterpriseImportCommit } from './enterprise-import.commit';
import { enterprisesWorkbook } from './enterprises.export';
import { listEnterprises, loadEnterprise } from './enterprises.read-model';
import { createEnterpriseService } from './enterprises.service';

const tags = ['enterprises'];

/** 企业库: thin routes — validate, authorise (config.access), call the use case or read model. */
export function enterprisesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createEnterpriseService(deps);

  r.get('/api/enterprises', {
    config: { access: 'enterprise.read' },
    schema: { tags, querystring: enterpriseListQuerySchema, response: { 200: enterpriseListSchema } },
  }, (req) => listEnterprises(deps.db, deps.dialect, requireActor(req.ctx), req.query));

  r.get('/api/enterprises/export.xlsx', {
    config: { access: 'enterprise.read' },
    schema: { tags, querystring: enterpriseListQuerySchema },
  }, async (req, reply) => {
    const { body, fileName, localName } = await enterprisesWorkbook(deps, req.ctx, req.query);
    return sendXlsx(reply, body, fileName, localName);
  });

  /** The districts and zones the user may set as a record's serving organisation. */
  r.get('/api/enterprises/organisations', {
    config: { access: 'enterprise.manage' },
    schema: { tags, response: { 200: enterpriseOrganisationsSchema } },
  }, async (req) => ({
    items: await deps.db.selectFrom('organisations').select(['id', 'name', 'kind'])
      .where('path', 'like', `${requireActor(req.ctx).organisationPath}%`).where('kind', 'in', [...REPORTING_UNIT_KINDS])
      .orderBy('code').limit(500).execute(),
  }));

  r.post('/api/enterprises', {
    config: { access: 'enterprise.manage' },
    schema: { tags, body: createEnterpriseSchema, response: { 201: enterpriseSchema } },
  }, async (req, reply) => reply.status(201).send(await service.create(req.ctx, req.body)));

  r.get('/api/enterprises/:id', {
    config: { access: 'enterprise.read' },
    schema: { tags, params: idParamsSchema, response: { 200: enterpriseSchema } },
  }, (req) => loadEnterprise(deps.db, requireActor(req.ctx), req.params.id));

  r.put('/api/enterprises/:id', {
    config: { access: 'enterprise.manage' },
    schema: { tags, params: idParamsSchema, body: updateEnterpriseSchema, response: { 200: enterpriseSchema } },
  }, (req) => service.update(req.ctx, req.params.id, req.body));

  // The registry workbook (the export's columns): dry run, then commit all or nothing. Multipart for these routes only.
  const check = createEnterpriseImportCheck(deps);
  const commit = createEnterpriseImportCommit(deps);
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: { fileSize: IMPORT_LIMITS.uploadBytes, files: 1 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post('/api/enterprises/import', {
      config: { access: 'enterprise.manage' },
      schema: { tags, response: { 200: enterpriseImportCheckSchema } },
    }, (req) => check(req.ctx, () => readUpload(req)));

    s.post('/api/enterprise-imports/:id/commit', {
      config: { access: 'enterprise.manage' },
      schema: { tags, params: idParamsSchema, response: { 200: enterpriseImportCommitSchema } },
    }, (req) => commit(req.ctx, req.params.id));
  });
}
