import { isReportingUnit } from '@hongtu/domain';
import { AuditActions, AuditEntityTypes, type PutQ1WeekRequest, type Q1WeekFigures } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { amountText, amountToDb, parseAmountInput } from '../../db/amount-codec';
import { indicatorsRepository } from '../indicators/indicators.public';
import { unknownIndicator } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import { isQ1Indicator } from './q1.read-model';
import type { Q1WeeklyFigureRow } from './q1.table';

const figureOf = (row: Q1WeeklyFigureRow, indicatorCode: string) => ({
  indicatorCode, ytdValue: amountText(row.ytd_value), note: row.note, version: row.version,
});

/** A district records its Q1 YTD at the end of a week; every change is audited in the same transaction. */
export function createQ1Service({ db, clock, audit }: Deps) {
  return {
    async putWeek(ctx: RequestContext, year: number, organisationId: number, week: number, request: PutQ1WeekRequest): Promise<Q1WeekFigures> {
      const actor = requireActor(ctx);
      const parsed = request.figures.map((f, i) => ({ ...f, value: parseAmountInput(f.ytdValue, `figures.${i}.ytdValue`) }));
      return db.transaction().execute(async (trx) => {
        const org = await organisationsRepository(trx).findById(organisationId);
        if (!org) throw notFound();
        assertInScope(actor, org.path);
        if (!isReportingUnit(org.kind)) throw new AppError(400, 'NOT_A_REPORTING_UNIT');
        const byCode = await indicatorsRepository(trx).byCode();
        const now = clock.now().toISOString();
        const before: ReturnType<typeof figureOf>[] = [];
        const after: ReturnType<typeof figureOf>[] = [];
        for (const [i, f] of parsed.entries()) {
          const indicator = byCode.get(f.indicatorCode);
          if (!indicator || !isQ1Indicator(indicator)) throw unknownIndicator(f.indicatorCode, `figures.${i}.indicatorCode`);
          const current = await trx.selectFrom('q1_weekly_figures').selectAll()
            .where('year', '=', year).where('organisation_id', '=', org.id).where('indicator_id', '=', indicator.id).where('week', '=', week)
            .executeTakeFirst();
          if ((current?.version ?? 0) !== f.version) throw staleVersion();
          const values = { ytd_value: amountToDb(f.value), note: f.note?.trim() || null, updated_by: actor.userId, updated_at: now };
          const row = current
            ? await trx.updateTable('q1_weekly_figures').set({ ...values, version: current.version + 1 })
              .where('id', '=', current.id).where('version', '=', current.version).returningAll().executeTakeFirst()
            : await trx.insertInto('q1_weekly_figures')
              .values({ ...values, year, organisation_id: org.id, indicator_id: indicator.id, week })
              .returningAll().executeTakeFirst();
          if (!row) throw staleVersion();
          if (current) before.push(figureOf(current, indicator.code));
          after.push(figureOf(row, indicator.code));
        }
        await audit.append(trx, ctx, {
          action: AuditActions.q1WeekPut, entityType: AuditEntityTypes.q1Week, entityId: `${year}/${org.id}/${week}`,
          before: before.length > 0 ? { year, organisationId: org.id, week, figures: before } : null,
          after: { year, organisationId: org.id, week, figures: after },
        });
        return { year, organisationId: org.id, week, figures: after };
      });
    },
  };
}
