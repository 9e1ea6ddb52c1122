import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { PortalOpportunity, PortalOpportunityInput } from '@hongtu/contracts/portal';
import { isReportingUnit } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { amountText } from '../../db/amount-codec';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import type { PortalOpportunityRow } from './portal.table';

/** What the public may know of an opportunity's project: never its owner, leader or money reported monthly. */
export interface PublicProjectFacts {
  name: string;
  industry: string;
  /** 总投资, 万元, exact decimal text. */
  totalInvestment: string | null;
  plannedStart: string | null;
  address: string;
}

export interface PublicOpportunity {
  id: number;
  kind: PortalOpportunityRow['kind'];
  title: string;
  summary: string;
  districtId: number;
  districtName: string;
  areaMu: string | null;
  plannedUse: string | null;
  location: string | null;
  conditions: string | null;
  contactOffice: string;
  contactPhone: string;
  illustrative: boolean;
  publishedAt: string;
  project: PublicProjectFacts | null;
}

const notFound = () => new AppError(404, 'PORTAL_OPPORTUNITY_NOT_FOUND');

async function loadStaffView(db: Executor, id: number): Promise<PortalOpportunity | null> {
  const r = await db.selectFrom('portal_opportunities as x')
    .innerJoin('organisations as o', 'o.id', 'x.district_id')
    .leftJoin('projects as p', 'p.id', 'x.project_id')
    .selectAll('x').select(['o.name as district_name', 'p.name as project_name'])
    .where('x.id', '=', id).executeTakeFirst();
  return r ? staffView(r) : null;
}

function staffView(r: PortalOpportunityRow & { district_name: string; project_name: string | null }): PortalOpportunity {
  return {
    id: r.id, kind: r.kind, districtId: r.district_id, districtName: r.district_name, projectId: r.project_id, projectName: r.project_name,
    title: r.title, summary: r.summary, areaMu: r.area_mu, plannedUse: r.planned_use, location: r.location, conditions: r.conditions,
    contactOffice: r.contact_office, contactPhone: r.contact_phone, status: r.status, illustrative: r.illustrative === 1,
    publishedAt: r.published_at, version: r.version, updatedAt: r.updated_at,
  };
}

/** The city's staff routes: list every opportunity, write a draft, publish, withdraw (each audited). */
export function createOpportunityService({ db, clock, audit }: Pick<Deps, 'db' | 'clock' | 'audit'>) {
  async function transition(ctx: RequestContext, id: number, version: number, to: 'published' | 'withdrawn'): Promise<PortalOpportunity> {
    requireActor(ctx);
    await db.transaction().execute(async (trx) => {
      const before = await loadStaffView(trx, id);
      if (!before) throw notFound();
      if (before.version !== version) throw staleVersion();
      if (before.status === to) throw new AppError(409, to === 'published' ? 'PORTAL_OPPORTUNITY_ALREADY_PUBLISHED' : 'PORTAL_OPPORTUNITY_NOT_PUBLISHED');
      if (to === 'withdrawn' && before.status !== 'published') throw new AppError(409, 'PORTAL_OPPORTUNITY_NOT_PUBLISHED');
      const at = clock.now().toISOString();
      const result = await trx.updateTable('portal_opportunities')
        .set(to === 'published' ? { status: to, published_at: at, withdrawn_at: null, version: version + 1, updated_at: at } : { status: to, withdrawn_at: at, version: version + 1, updated_at: at })
        .where('id', '=', id).where('version', '=', version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
      await audit.append(trx, ctx, {
        action: to === 'published' ? AuditActions.portalOpportunityPublish : AuditActions.portalOpportunityWithdraw,
        entityType: AuditEntityTypes.portalOpportunity, entityId: id,
        before: { title: before.title, status: before.status }, after: { title: before.title, status: to },
      });
    });
    return (await loadStaffView(db, id))!;
  }

  return {
    async list(): Promise<PortalOpportunity[]> {
      const rows = await db.selectFrom('portal_opportunities as x')
        .innerJoin('organisations as o', 'o.id', 'x.district_id')
        .leftJoin('projects as p', 'p.id', 'x.project_id')
        .selectAll('x').select(['o.name as district_name', 'p.name as project_name'])
        .orderBy('x.updated_at', 'desc').orderBy('x.id', 'desc').limit(1000).execute();
      return rows.map(staffView);
    },

    async create(ctx: RequestContext, input: PortalOpportunityInput): Promise<PortalOpportunity> {
      const actor = requireActor(ctx);
      const id = await db.transaction().execute(async (trx) => {
        let districtId: number;
        if (input.kind === 'project') {
          const project = await trx.selectFrom('projects').select(['organisation_id']).where('id', '=', input.projectId).executeTakeFirst();
          if (!project) throw new AppError(422, 'PORTAL_OPPORTUNITY_PROJECT_UNKNOWN');
          districtId = project.organisation_id;
        } else {
          const district = await trx.selectFrom('organisations').select(['id', 'kind']).where('id', '=', input.districtId).executeTakeFirst();
          if (!district || !isReportingUnit(district.kind)) throw new AppError(422, 'PORTAL_OPPORTUNITY_DISTRICT_UNKNOWN');
          districtId = district.id;
        }
        const at = clock.now().toISOString();
        const row = await trx.insertInto('portal_opportunities').values({
          kind: input.kind, district_id: districtId, project_id: input.kind === 'project' ? input.projectId : null,
          title: input.title, summary: input.summary,
          area_mu: input.kind === 'land' ? input.areaMu : null, planned_use: input.kind === 'land' ? input.plannedUse : null,
          location: input.kind === 'land' ? input.location : null, conditions: input.kind === 'land' ? input.conditions ?? null : null,
          contact_office: input.contactOffice, contact_phone: input.contactPhone, status: 'draft',
          published_at: null, withdrawn_at: null, created_by: actor.userId, created_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await audit.append(trx, ctx, { action: AuditActions.portalOpportunityCreate, entityType: AuditEntityTypes.portalOpportunity, entityId: row.id, after: { title: input.title, kind: input.kind, status: 'draft' } });
        return row.id;
      });
      return (await loadStaffView(db, id))!;
    },

    publish: (ctx: RequestContext, id: number, version: number) => transition(ctx, id, version, 'published'),
    withdraw: (ctx: RequestContext, id: number, version: number) => transition(ctx, id, version, 'withdrawn'),
  };
}

/** The public's read: published opportunities only, with the public facts of their project. */
export function createPublicOpportunities({ db }: Pick<Deps, 'db'>) {
  const published = () => db.selectFrom('portal_opportunities as x')
    .innerJoin('organisations as o', 'o.id', 'x.district_id')
    .leftJoin('projects as p', 'p.id', 'x.project_id')
    .where('x.status', '=', 'published')
    .select([
      'x.id', 'x.kind', 'x.title', 'x.summary', 'x.district_id', 'o.name as district_name', 'x.area_mu', 'x.planned_use', 'x.location',
      'x.conditions', 'x.contact_office', 'x.contact_phone', 'x.illustrative', 'x.published_at', 'x.updated_at',
      'p.name as project_name', 'p.industry as project_industry', 'p.total_investment as project_total', 'p.planned_start as project_start', 'p.address as project_address',
    ]);
  type Row = Awaited<ReturnType<ReturnType<typeof published>['executeTakeFirstOrThrow']>>;
  const of = (r: Row): PublicOpportunity => ({
    id: r.id, kind: r.kind, title: r.title, summary: r.summary, districtId: r.district_id, districtName: r.district_name,
    areaMu: r.area_mu, plannedUse: r.planned_use, location: r.location, conditions: r.conditions,
    contactOffice: r.contact_office, contactPhone: r.contact_phone, illustrative: r.illustrative === 1, publishedAt: r.published_at ?? r.updated_at,
    project: r.project_name === null ? null : {
      name: r.project_name, industry: r.project_industry ?? '', totalInvestment: amountText(r.project_total), plannedStart: r.project_start, address: r.project_address ?? '',
    },
  });
  return {
    async list(filter: { kind?: 'project' | 'land'; districtId?: number; limit: number }): Promise<PublicOpportunity[]> {
      let query = published();
      if (filter.kind) query = query.where('x.kind', '=', filter.kind);
      if (filter.districtId !== undefined) query = query.where('x.district_id', '=', filter.districtId);
      const rows = await query.orderBy('x.published_at', 'desc').orderBy('x.id', 'desc').limit(filter.limit).execute();
      return rows.map(of);
    },
    async find(id: number): Promise<PublicOpportunity | null> {
      if (!Number.isSafeInteger(id) || id <= 0) return null;
      const row = await published().where('x.id', '=', id).executeTakeFirst();
      return row ? of(row) : null;
    },
  };
}
export type PublicOpportunities = ReturnType<typeof createPublicOpportunities>;
