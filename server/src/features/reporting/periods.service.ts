import { AuditActions, AuditEntityTypes, type ReportingPeriod, type ReportingPeriodListItem } from '@hongtu/contracts';
import { defaultDeadlineDate, endOfShanghaiDay, periodKey } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { periodKeyOf } from './month-context';
import { reportingRepository } from './reporting.repository';
import type { ReportingPeriodRow } from './reporting.table';

export function toPeriod(row: ReportingPeriodRow): ReportingPeriod {
  return { id: row.id, key: periodKeyOf(row), year: row.year, month: row.month, deadline: row.deadline, status: row.status };
}

/** Monthly reporting periods, opened and closed by the city. */
export function createPeriodService({ db, clock, audit }: Deps) {
  return {
    /**
     * The periods, newest first, each with its published district-months in the caller's scope
     * (one grouped count for all periods).
     */
    async list(ctx: RequestContext, year?: number): Promise<ReportingPeriodListItem[]> {
      const actor = requireActor(ctx);
      const [periods, published] = await Promise.all([
        reportingRepository(db).listPeriods(year),
        reportingRepository(db).publishedCounts(actor.organisationPath, year),
      ]);
      return periods.map((p) => ({ ...toPeriod(p), publishedCount: published.get(p.id) ?? 0 }));
    },

    async open(ctx: RequestContext, request: { year: number; month: number; deadlineDate?: string }): Promise<ReportingPeriod> {
      return db.transaction().execute(async (trx) => {
        const key = periodKey(request);
        if (await reportingRepository(trx).findPeriod(request.year, request.month)) throw new AppError(409, 'PERIOD_EXISTS', { period: key });
        const row = await trx.insertInto('reporting_periods').values({
          year: request.year, month: request.month, status: 'open',
          deadline: endOfShanghaiDay(request.deadlineDate ?? defaultDeadlineDate(request)),
          created_at: clock.now().toISOString(),
        }).returningAll().executeTakeFirstOrThrow();
        const period = toPeriod(row);
        await audit.append(trx, ctx, { action: AuditActions.periodOpen, entityType: AuditEntityTypes.reportingPeriod, entityId: key, after: period });
        return period;
      });
    },

    async update(ctx: RequestContext, id: number, request: { status?: 'open' | 'closed'; deadlineDate?: string }): Promise<ReportingPeriod> {
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirst();
        if (!current) throw notFound();
        const row = await trx.updateTable('reporting_periods').set({
          ...(request.status ? { status: request.status } : {}),
          ...(request.deadlineDate ? { deadline: endOfShanghaiDay(request.deadlineDate) } : {}),
        }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
        await audit.append(trx, ctx, { action: AuditActions.periodUpdate, entityType: AuditEntityTypes.reportingPeriod, entityId: periodKeyOf(row), before: toPeriod(current), after: toPeriod(row) });
        return toPeriod(row);
      });
    },
  };
}
export type PeriodService = ReturnType<typeof createPeriodService>;
