import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, pageQuerySchema } from '@hongtu/contracts';
import {
  activityInputSchema, activityListSchema, activitySchema, contractItemSchema, contractListQuerySchema, contractListSchema, contractProjectSchema,
  districtListSchema, districtQuerySchema, funnelQuerySchema, funnelSchema, investmentSettingsInputSchema, investmentSettingsSchema,
  leadContactSchema, leadInputSchema, leadListQuerySchema, leadListSchema, leadSchema, leadUpdateSchema, logLeadContactSchema, moveLeadSchema,
  reconciliationSchema, reportFundsSchema, signContractSchema,
} from '@hongtu/contracts/investment';
import { PROJECT_CATEGORIES } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { sendXlsx } from '../../platform/http/download';
import { requireActor } from '../../platform/permissions/actor';
import { leadsWorkbook } from './investment.export';
import { listActivities } from './investment-activities.read-model';
import { createContractService } from './investment-contracts.service';
import { createLeadService } from './investment-leads.service';
import { chinaToday, contractsBase, leadsBase, listLeads, staleDaysSetting, toContractItems, toLeadItem } from './investment.read-model';
import { districtRates, leadFunnelOf, reconciliation } from './investment.reports';

const tags = ['investment'];
const lead = '/api/investment/leads/:id';
const contract = '/api/investment/contracts/:id';

/** 招商引资: thin routes — validate, authorise (config.access), call the use case or read model. */
export function investmentRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const leads = createLeadService(deps);
  const contracts = createContractService(deps);
  const today = () => chinaToday(deps.clock.now());

  r.get('/api/investment/leads', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: leadListQuerySchema, response: { 200: leadListSchema } },
  }, (req) => listLeads(deps.db, requireActor(req.ctx), today(), req.query));

  /** The list's leads (its filters) as a workbook, the contact's phone masked as in the list. */
  r.get('/api/investment/leads/export.xlsx', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: leadListQuerySchema },
  }, async (req, reply) => {
    const { body, fileName, localName } = await leadsWorkbook(deps, req.ctx, req.query);
    return sendXlsx(reply, body, fileName, localName);
  });

  r.post('/api/investment/leads', {
    config: { access: 'lead.manage' },
    schema: { tags, body: leadInputSchema, response: { 201: leadSchema } },
  }, async (req, reply) => reply.status(201).send(await leads.create(req.ctx, req.body)));

  r.get(lead, { config: { access: 'lead.read' }, schema: { tags, params: idParamsSchema, response: { 200: leadSchema } } }, (req) => leads.get(req.ctx, req.params.id));

  r.put(lead, {
    config: { access: 'lead.manage' },
    schema: { tags, params: idParamsSchema, body: leadUpdateSchema, response: { 200: leadSchema } },
  }, (req) => leads.update(req.ctx, req.params.id, req.body));

  r.post(`${lead}/move`, {
    config: { access: 'lead.manage' },
    schema: { tags, params: idParamsSchema, body: moveLeadSchema, response: { 200: leadSchema } },
  }, (req) => leads.move(req.ctx, req.params.id, req.body));

  r.post(`${lead}/contacts`, {
    config: { access: 'lead.manage' },
    schema: { tags, params: idParamsSchema, body: logLeadContactSchema, response: { 200: leadSchema } },
  }, (req) => leads.logContact(req.ctx, req.params.id, req.body));

  // The full phone: a GET that writes its audit row (who read whose number, when).
  r.get(`${lead}/contact`, {
    config: { access: 'lead.contact.read' },
    schema: { tags, params: idParamsSchema, response: { 200: leadContactSchema } },
  }, (req) => leads.readContact(req.ctx, req.params.id));

  r.post(`${lead}/contract`, {
    config: { access: 'lead.manage' },
    schema: { tags, params: idParamsSchema, body: signContractSchema, response: { 200: leadSchema } },
  }, (req) => contracts.sign(req.ctx, req.params.id, req.body));

  r.get('/api/investment/contracts', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: contractListQuerySchema, response: { 200: contractListSchema } },
  }, async (req) => {
    let base = contractsBase(deps.db, requireActor(req.ctx));
    if (req.query.districtId !== undefined) base = base.where('c.organisation_id', '=', req.query.districtId);
    if (req.query.activityId !== undefined) base = base.where('c.activity_id', '=', req.query.activityId);
    const total = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.orderBy('c.signed_on', 'desc').orderBy('c.id', 'desc').limit(req.query.pageSize).offset((req.query.page - 1) * req.query.pageSize).execute();
    return { items: await toContractItems(deps.db, rows), total: Number(total.n) };
  });

  r.get(contract, { config: { access: 'lead.read' }, schema: { tags, params: idParamsSchema, response: { 200: contractItemSchema } } }, (req) => contracts.contract(req.ctx, req.params.id));

  r.post(`${contract}/funds`, {
    config: { access: 'lead.manage' },
    schema: { tags, params: idParamsSchema, body: reportFundsSchema, response: { 200: contractItemSchema } },
  }, (req) => contracts.reportFunds(req.ctx, req.params.id, req.body));

  r.post(`${contract}/project`, {
    config: { access: 'project.enter' },
    schema: { tags, params: idParamsSchema, body: z.strictObject({ version: z.number().int().min(1), category: z.enum(PROJECT_CATEGORIES) }), response: { 200: contractProjectSchema } },
  }, (req) => contracts.toProject(req.ctx, req.params.id, req.body));

  r.get('/api/investment/activities', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: pageQuerySchema, response: { 200: activityListSchema } },
  }, (req) => listActivities(deps.db, requireActor(req.ctx), req.query.page, req.query.pageSize));

  r.post('/api/investment/activities', {
    config: { access: 'lead.manage' },
    schema: { tags, body: activityInputSchema, response: { 201: activityListSchema.shape.items.element } },
  }, async (req, reply) => {
    const id = await contracts.createActivity(req.ctx, req.body);
    return reply.status(201).send((await listActivities(deps.db, requireActor(req.ctx), 1, 1, id)).items[0]);
  });

  r.get('/api/investment/activities/:id', {
    config: { access: 'lead.read' },
    schema: { tags, params: idParamsSchema, response: { 200: activitySchema } },
  }, async (req) => {
    const actor = requireActor(req.ctx);
    const [item] = (await listActivities(deps.db, actor, 1, 1, req.params.id)).items;
    const contractRows = await contractsBase(deps.db, actor).where('c.activity_id', '=', req.params.id).orderBy('c.id').limit(500).execute();
    const leadRows = await leadsBase(deps.db, actor).where('l.activity_id', '=', req.params.id).orderBy('l.id').limit(500).execute();
    const { staleDays } = await staleDaysSetting(deps.db);
    return { ...item!, contractList: await toContractItems(deps.db, contractRows), leadList: leadRows.map((l) => toLeadItem(l, today(), staleDays, false)) };
  });

  r.get('/api/investment/funnel', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: funnelQuerySchema, response: { 200: funnelSchema } },
  }, (req) => leadFunnelOf(deps.db, requireActor(req.ctx), req.query.districtId));

  r.get('/api/investment/districts', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: districtQuerySchema, response: { 200: districtListSchema } },
  }, (req) => districtRates(deps.db, requireActor(req.ctx), req.query.month));

  r.get('/api/investment/reconciliation', {
    config: { access: 'lead.read' },
    schema: { tags, querystring: districtQuerySchema, response: { 200: reconciliationSchema } },
  }, (req) => reconciliation(deps.db, requireActor(req.ctx), req.query.month));

  r.get('/api/investment/settings', {
    config: { access: 'lead.read' },
    schema: { tags, response: { 200: investmentSettingsSchema } },
  }, () => staleDaysSetting(deps.db));

  r.put('/api/investment/settings', {
    config: { access: 'investment.configure' },
    schema: { tags, body: investmentSettingsInputSchema, response: { 200: investmentSettingsSchema } },
  }, (req) => contracts.updateSettings(req.ctx, req.body));
}
