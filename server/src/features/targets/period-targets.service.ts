import { AuditActions, AuditEntityTypes, type PeriodTarget, type PutPeriodTargetRequest } from '@hongtu/contracts';
import { checkPeriodTarget, type PeriodTargetIssue } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import type { MessageCode } from '../../platform/i18n/messages';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope, pathInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { amountText, amountToDb, parseAmountInput } from '../../db/amount-codec';
import { indicatorsRepository, unknownIndicator } from '../indicators/indicators.public';
import type { PeriodTargetRow } from './period-targets.table';

export function toPeriodTarget(row: PeriodTargetRow, indicatorCode: string): PeriodTarget {
  return {
    id: row.id,
    year: row.year,
    organisationId: row.organisation_id,
    indicatorCode,
    throughMonth: row.through_month,
    amountTarget: amountText(row.amount_target)!,
    amountComparator: row.amount_comparator,
    source: row.source,
    sourceRef: row.source_ref,
    sourceQuote: row.source_quote,
    version: row.version,
  };
}

const ISSUE_CODES: Record<PeriodTargetIssue['code'], MessageCode> = {
  month_out_of_range: 'PERIOD_TARGET_MONTH',
  value_required: 'PERIOD_TARGET_VALUE_REQUIRED',
  comparator_required: 'PERIOD_TARGET_COMPARATOR',
  not_whole: 'PERIOD_TARGET_NOT_WHOLE',
  negative: 'PERIOD_TARGET_NEGATIVE',
};
const refused = (issue: PeriodTargetIssue) => new AppError(400, ISSUE_CODES[issue.code], {}, [{ path: issue.field, message: ISSUE_CODES[issue.code] }]);

/** Targets for part of the year, as the city states them (docs/DOMAIN.md "Period targets"). */
export function createPeriodTargetService({ db, clock, audit }: Deps) {
  return {
    async list(ctx: RequestContext, year: number, organisationId?: number): Promise<PeriodTarget[]> {
      let q = db
        .selectFrom('period_targets as t')
        .innerJoin('organisations as o', 'o.id', 't.organisation_id')
        .innerJoin('indicators as i', 'i.id', 't.indicator_id')
        .selectAll('t')
        .select('i.code as indicator_code')
        .where('t.year', '=', year)
        .where((eb) => pathInScope(eb, 'o.path', requireActor(ctx)));
      if (organisationId) q = q.where('t.organisation_id', '=', organisationId);
      const rows = await q.orderBy('t.organisation_id').orderBy('i.sort_order').orderBy('t.through_month').execute();
      return rows.map((r) => toPeriodTarget(r, r.indicator_code));
    },

    /**
     * Sets one period target as stated, or removes it when the amount is empty; a stale version is
     * refused (409). Audited as a target change: the period is in the entity id and the values.
     */
    async put(ctx: RequestContext, request: PutPeriodTargetRequest): Promise<PeriodTarget | null> {
      const actor = requireActor(ctx);
      const amount = parseAmountInput(request.amountTarget, 'amountTarget');
      return db.transaction().execute(async (trx) => {
        const org = await organisationsRepository(trx).findById(request.organisationId);
        if (!org) throw notFound();
        assertInScope(actor, org.path);
        const indicator = (await indicatorsRepository(trx).byCode()).get(request.indicatorCode);
        if (!indicator) throw unknownIndicator(request.indicatorCode);
        const current = await trx.selectFrom('period_targets').selectAll()
          .where('year', '=', request.year).where('organisation_id', '=', org.id).where('indicator_id', '=', indicator.id)
          .where('through_month', '=', request.throughMonth)
          .executeTakeFirst();
        if ((current?.version ?? 0) !== request.version) throw staleVersion();
        const entityId = `${request.year}/${org.code}/${indicator.code}/1-${request.throughMonth}`;
        const before = current ? toPeriodTarget(current, indicator.code) : null;
        if (amount === null && current) {
          const deleted = await trx.deleteFrom('period_targets').where('id', '=', current.id).where('version', '=', current.version).executeTakeFirst();
          if (Number(deleted.numDeletedRows) !== 1) throw staleVersion();
          await audit.append(trx, ctx, { action: AuditActions.targetPut, entityType: AuditEntityTypes.target, entityId, before, after: null });
          return null;
        }
        const issues = checkPeriodTarget(indicator.kind, { throughMonth: request.throughMonth, amount, comparator: request.amountComparator });
        if (issues.length > 0) throw refused(issues[0]!);
        const values = {
          amount_target: amountToDb(amount)!,
          amount_comparator: request.amountComparator!,
          source: 'entered',
          source_ref: null,
          source_quote: null,
          updated_at: clock.now().toISOString(),
        };
        const row = current
          ? await trx.updateTable('period_targets').set({ ...values, version: current.version + 1 })
            .where('id', '=', current.id).where('version', '=', current.version).returningAll().executeTakeFirst()
          : await trx.insertInto('period_targets')
            .values({ ...values, year: request.year, organisation_id: org.id, indicator_id: indicator.id, through_month: request.throughMonth })
            .returningAll().executeTakeFirstOrThrow();
        if (!row) throw staleVersion();
        const after = toPeriodTarget(row, indicator.code);
        await audit.append(trx, ctx, { action: AuditActions.targetPut, entityType: AuditEntityTypes.target, entityId, before, after });
        return after;
      });
    },
  };
}
export type PeriodTargetService = ReturnType<typeof createPeriodTargetService>;
