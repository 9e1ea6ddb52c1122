import { AuditActions, AuditEntityTypes, type PutTargetRequest, type Schedule, type Target } from '@hongtu/contracts';
import { normaliseTarget, type TargetIssue } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../db/database';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { amountText, amountToDb, parseAmountInput } from '../../db/amount-codec';
import { indicatorsRepository, unknownIndicator } from '../indicators/indicators.public';
import type { TargetRow, TargetsTable } from './targets.table';
import type { Insertable } from 'kysely';
import type { AuditTrail } from '../../platform/audit/audit-trail';

export function toTarget(row: TargetRow, indicatorCode: string): Target {
  return {
    id: row.id,
    year: row.year,
    organisationId: row.organisation_id,
    indicatorCode,
    amountTarget: amountText(row.amount_target),
    amountComparator: row.amount_comparator,
    growthTarget: amountText(row.growth_target),
    growthComparator: row.growth_comparator,
    noTarget: row.no_target === 1,
    schedule: row.schedule_json ? (JSON.parse(row.schedule_json) as Schedule) : null,
    source: row.source,
    sourceRef: row.source_ref,
    sourceQuote: row.source_quote,
    version: row.version,
  };
}

const invalid = (reason: string, path: string) =>
  new AppError(400, 'TARGET_INVALID', { reason }, [{ path, message: reason }]);

/** The domain's finding in the words the API has always used. */
export function targetInvalid(issue: TargetIssue): AppError {
  switch (issue.code) {
    case 'value_required':
      return invalid('amount or growth target required', 'amountTarget');
    case 'comparator_required':
      return invalid('comparator required', issue.field);
    case 'no_target_with_values':
      return invalid('no target with values', 'noTarget');
    case 'schedule_invalid':
      return invalid(issue.issues.map((i) => JSON.stringify(i)).join('; '), 'schedule');
  }
}

/** The columns of a target a user writes (who, what and when it is for are the row's key). */
type TargetValues = Omit<Insertable<TargetsTable>, 'id' | 'year' | 'organisation_id' | 'indicator_id' | 'version'>;

/**
 * Writes one target in the caller's transaction: the stored row moved on from the version read
 * (the caller has checked that version), or a new row; and its audit row with before and after.
 */
export async function writeTarget(
  trx: Executor,
  audit: AuditTrail,
  ctx: RequestContext,
  key: { year: number; organisationId: number; indicator: { id: number; code: string } },
  before: TargetRow | undefined,
  values: TargetValues,
): Promise<Target> {
  const row = before
    ? await trx.updateTable('targets').set({ ...values, version: before.version + 1 })
      .where('id', '=', before.id).where('version', '=', before.version).returningAll().executeTakeFirstOrThrow()
    : await trx.insertInto('targets')
      .values({ ...values, year: key.year, organisation_id: key.organisationId, indicator_id: key.indicator.id })
      .returningAll().executeTakeFirstOrThrow();
  const after = toTarget(row, key.indicator.code);
  await audit.append(trx, ctx, {
    action: AuditActions.targetPut, entityType: AuditEntityTypes.target, entityId: row.id,
    before: before ? toTarget(before, key.indicator.code) : null, after,
  });
  return after;
}

/** Annual targets per year × organisation × indicator, set by the city. */
export function createTargetService({ db, clock, audit }: Deps) {
  async function listRows(exec: Executor, scopePath: string, year: number, organisationId?: number) {
    let q = exec
      .selectFrom('targets as t')
      .innerJoin('organisations as o', 'o.id', 't.organisation_id')
      .innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .selectAll('t')
      .select('i.code as indicator_code')
      .where('t.year', '=', year)
      .where('o.path', 'like', `${scopePath}%`);
    if (organisationId) q = q.where('t.organisation_id', '=', organisationId);
    return q.orderBy('t.organisation_id').orderBy('i.sort_order').execute();
  }

  return {
    async list(ctx: RequestContext, year: number, organisationId?: number): Promise<Target[]> {
      const rows = await listRows(db, requireActor(ctx).organisationPath, year, organisationId);
      return rows.map((r) => toTarget(r, r.indicator_code));
    },

    /** Creates (version 0) or updates one target; "no target" clears both amounts. */
    async put(ctx: RequestContext, request: PutTargetRequest): Promise<Target> {
      const actor = requireActor(ctx);
      const normalised = normaliseTarget({
        amount: parseAmountInput(request.amountTarget, 'amountTarget'),
        amountComparator: request.amountComparator,
        growth: parseAmountInput(request.growthTarget, 'growthTarget'),
        growthComparator: request.growthComparator,
        noTarget: request.noTarget,
        schedule: request.schedule,
      });
      if (!normalised.ok) throw targetInvalid(normalised.issues[0]!);
      const target = normalised.target;
      return db.transaction().execute(async (trx) => {
        const org = await organisationsRepository(trx).findById(request.organisationId);
        if (!org) throw notFound();
        assertInScope(actor, org.path);
        const indicator = (await indicatorsRepository(trx).byCode()).get(request.indicatorCode);
        if (!indicator) throw unknownIndicator(request.indicatorCode);
        const current = await trx.selectFrom('targets').selectAll()
          .where('year', '=', request.year).where('organisation_id', '=', org.id).where('indicator_id', '=', indicator.id)
          .executeTakeFirst();
        if ((current?.version ?? 0) !== request.version) throw staleVersion();
        const values = {
          amount_target: amountToDb(target.amount),
          amount_comparator: target.amountComparator,
          growth_target: amountToDb(target.growth),
          growth_comparator: target.growthComparator,
          no_target: target.noTarget ? 1 : 0,
          schedule_json: target.schedule ? JSON.stringify(target.schedule) : null,
          source: 'entered',
          source_ref: null,
          source_quote: null,
          updated_at: clock.now().toISOString(),
        };
        return writeTarget(trx, audit, ctx, { year: request.year, organisationId: org.id, indicator }, current, values);
      });
    },
  };
}
export type TargetService = ReturnType<typeof createTargetService>;
