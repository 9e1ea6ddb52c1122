import { type PutTargetMatrixRequest, type PutTargetMatrixResponse, type Target } from '@hongtu/contracts';
import { normaliseTarget, type Dec, type TargetStatement } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { amountToDb, parseAmountInput, type ScaledAmount } from '../../db/amount-codec';
import { organisationsRepository } from '../organisations/organisations.public';
import { indicatorsRepository, unknownIndicator } from '../indicators/indicators.public';
import { targetInvalid, writeTarget } from './targets.service';

/** A stored amount and a written one are the same number (drivers give numbers, strings or bigints). */
const sameAmount = (stored: ScaledAmount | null, written: bigint | null) =>
  stored === null || written === null ? stored === written : BigInt(stored) === written;

/** Each cell's values read and checked by the domain's target rule, before anything is opened. */
function normaliseCells(request: PutTargetMatrixRequest): TargetStatement<Dec>[] {
  return request.cells.map((cell, index) => {
    const at = (field: string) => `cells.${index}.${field}`;
    const normalised = normaliseTarget({
      amount: parseAmountInput(cell.amountTarget, at('amountTarget')),
      amountComparator: cell.amountComparator,
      growth: parseAmountInput(cell.growthTarget, at('growthTarget')),
      growthComparator: cell.growthComparator,
      noTarget: cell.noTarget,
      schedule: null,
    });
    if (!normalised.ok) {
      const error = targetInvalid(normalised.issues[0]!);
      throw new AppError(400, error.code, error.params, error.details?.map((d) => ({ ...d, path: at(d.path) })));
    }
    return normalised.target;
  });
}

/**
 * The year's district × indicator matrix saved at once (the targets page's matrix, and a copy of
 * last year's targets once previewed there): one transaction; every cell within the caller's scope
 * and at the version it was read (one stale cell: 409 naming the stale cells, nothing written); a
 * cell equal to what is stored is left as it is; each changed cell is one audit row, as a target set
 * on its own. A target's schedule is kept (cleared with "no target").
 */
export function createTargetMatrixService({ db, clock, audit }: Deps) {
  return {
    async put(ctx: RequestContext, request: PutTargetMatrixRequest): Promise<PutTargetMatrixResponse> {
      const actor = requireActor(ctx);
      const statements = normaliseCells(request);
      const keys = new Set<string>();
      request.cells.forEach((cell, index) => {
        const key = `${cell.organisationId}:${cell.indicatorCode}`;
        if (keys.has(key)) throw new AppError(400, 'TARGET_MATRIX_DUPLICATE', { index: index + 1 }, [{ path: `cells.${index}`, message: key }]);
        keys.add(key);
      });

      return db.transaction().execute(async (trx) => {
        const organisations = organisationsRepository(trx);
        const orgIds = [...new Set(request.cells.map((c) => c.organisationId))];
        for (const id of orgIds) {
          const org = await organisations.findById(id);
          if (!org) throw notFound();
          assertInScope(actor, org.path);
        }
        const indicators = await indicatorsRepository(trx).byCode();
        for (const cell of request.cells) if (!indicators.has(cell.indicatorCode)) throw unknownIndicator(cell.indicatorCode);

        const stored = await trx.selectFrom('targets').selectAll()
          .where('year', '=', request.year).where('organisation_id', 'in', orgIds).execute();
        const current = new Map(stored.map((row) => [`${row.organisation_id}:${row.indicator_id}`, row]));
        const currentOf = (cell: { organisationId: number; indicatorCode: string }) =>
          current.get(`${cell.organisationId}:${indicators.get(cell.indicatorCode)!.id}`);

        const stale = request.cells.flatMap((cell, index) => ((currentOf(cell)?.version ?? 0) === cell.version ? [] : [index]));
        if (stale.length > 0) {
          throw new AppError(409, 'TARGET_MATRIX_STALE', { count: stale.length },
            stale.map((index) => ({ path: `cells.${index}`, message: `${request.cells[index]!.organisationId}:${request.cells[index]!.indicatorCode}` })));
        }

        const items: Target[] = [];
        let unchanged = 0;
        const now = clock.now().toISOString();
        for (const [index, cell] of request.cells.entries()) {
          const target = statements[index]!;
          const indicator = indicators.get(cell.indicatorCode)!;
          const before = currentOf(cell);
          const values = {
            amount_target: amountToDb(target.amount),
            amount_comparator: target.amountComparator,
            growth_target: amountToDb(target.growth),
            growth_comparator: target.growthComparator,
            no_target: target.noTarget ? 1 : 0,
          };
          if (before && sameAmount(before.amount_target, values.amount_target) && sameAmount(before.growth_target, values.growth_target)
            && before.amount_comparator === values.amount_comparator && before.growth_comparator === values.growth_comparator
            && before.no_target === values.no_target) {
            unchanged++;
            continue;
          }
          const written = {
            ...values,
            schedule_json: target.noTarget ? null : (before?.schedule_json ?? null),
            source: 'entered', source_ref: null, source_quote: null, updated_at: now,
          };
          items.push(await writeTarget(trx, audit, ctx, { year: request.year, organisationId: cell.organisationId, indicator }, before, written));
        }
        return { items, unchanged };
      });
    },
  };
}
