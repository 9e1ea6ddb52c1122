import { AuditActions, AuditEntityTypes, type Indicator, type Responsibility, type putResponsibilityRequestSchema } from '@hongtu/contracts';
import type { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope, pathInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { indicatorsRepository, toIndicator } from './indicators.repository';

type PutResponsibility = z.infer<typeof putResponsibilityRequestSchema>;

export const unknownIndicator = (code: string, path = 'indicatorCode') =>
  new AppError(400, 'UNKNOWN_INDICATOR', { code }, [{ path, message: 'UNKNOWN_INDICATOR' }]);

/** The indicator catalogue and who answers for each indicator in each district. */
export function createIndicatorService({ db, clock, audit }: Deps) {
  return {
    async list(): Promise<Indicator[]> {
      return (await indicatorsRepository(db).list()).map(toIndicator);
    },

    async responsibilities(ctx: RequestContext, year: number, organisationId?: number): Promise<Responsibility[]> {
      const actor = requireActor(ctx);
      let q = db
        .selectFrom('indicator_responsibilities as r')
        .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
        .innerJoin('indicators as i', 'i.id', 'r.indicator_id')
        .select(['r.year', 'r.organisation_id', 'i.code', 'r.leader', 'r.department', 'r.task_force', 'r.measures'])
        .where('r.year', '=', year)
        .where((eb) => pathInScope(eb, 'o.path', actor));
      if (organisationId) q = q.where('r.organisation_id', '=', organisationId);
      const rows = await q.orderBy('r.organisation_id').orderBy('i.sort_order').execute();
      return rows.map((r) => ({
        year: r.year, organisationId: r.organisation_id, indicatorCode: r.code,
        leader: r.leader, department: r.department, taskForce: r.task_force, measures: r.measures,
      }));
    },

    /** Sets the leader, department, task force and measures of one indicator in one district. */
    async putResponsibility(ctx: RequestContext, request: PutResponsibility): Promise<Responsibility> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const org = await organisationsRepository(trx).findById(request.organisationId);
        if (!org) throw notFound();
        assertInScope(actor, org.path);
        const indicator = (await indicatorsRepository(trx).byCode()).get(request.indicatorCode);
        if (!indicator) throw unknownIndicator(request.indicatorCode);
        const key = { year: request.year, organisation_id: org.id, indicator_id: indicator.id };
        const before = await trx.selectFrom('indicator_responsibilities').selectAll()
          .where('year', '=', key.year).where('organisation_id', '=', key.organisation_id).where('indicator_id', '=', key.indicator_id)
          .executeTakeFirst();
        const values = {
          leader: request.leader, department: request.department, task_force: request.taskForce,
          measures: request.measures, updated_at: clock.now().toISOString(),
        };
        if (before) await trx.updateTable('indicator_responsibilities').set(values).where('id', '=', before.id).execute();
        else await trx.insertInto('indicator_responsibilities').values({ ...key, ...values }).execute();
        const after: Responsibility = { ...request };
        await audit.append(trx, ctx, {
          action: AuditActions.responsibilityPut, entityType: AuditEntityTypes.responsibility, entityId: `${request.year}/${org.code}/${indicator.code}`,
          before: before ?? null, after,
        });
        return after;
      });
    },
  };
}
export type IndicatorService = ReturnType<typeof createIndicatorService>;
