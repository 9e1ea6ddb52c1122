import type { BulkApproveResult } from '@hongtu/contracts/notifications';
import { PUBLISHED_STATUSES, REPORTING_UNIT_KINDS, bulkApprovalSkip, rateRequired, type BulkSkipReason } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';
import { checkFigures } from './consistency';
import { figuresUnderCheck, loadMonth, parsePeriodOrFail } from './month-context';
import { reportingRepository } from './reporting.repository';
import type { ReviewService } from './review.service';

/**
 * Review at volume: the city approves a month's clean submissions at once — submitted, every figure
 * the district is expected to report there, no consistency finding (packages/domain
 * bulkApprovalSkip). Each district-month is approved in its own transaction and audited as a
 * single approval is; the others are listed with the reason they were left for the reviewer.
 */
export function createBulkReview({ db }: Deps, review: ReviewService) {
  return async function approveClean(ctx: RequestContext, periodKey: string, only?: readonly number[]): Promise<BulkApproveResult> {
    const actor = requireActor(ctx);
    const { year, month } = parsePeriodOrFail(periodKey);
    const period = await reportingRepository(db).findPeriod(year, month);
    if (!period) throw new AppError(404, 'PERIOD_NOT_FOUND', { period: periodKey });
    const units = await db.selectFrom('organisations as o')
      .leftJoin('submissions as s', (j) => j.onRef('s.organisation_id', '=', 'o.id').on('s.period_id', '=', period.id))
      .select(['o.id', 'o.name', 's.status', 's.version'])
      .where('o.kind', 'in', REPORTING_UNIT_KINDS)
      .where((eb) => pathInScope(eb, 'o.path', actor))
      .$if(only !== undefined, (q) => q.where('o.id', 'in', only!.length > 0 ? [...only!] : [0]))
      .orderBy('o.kind').orderBy('o.code')
      .execute();
    // Districts asked for by id must all be in the reviewer's scope (404 otherwise, as for one month).
    if (only !== undefined && only.some((id) => !units.some((u) => u.id === id))) throw outOfScope();
    const result: BulkApproveResult = { periodKey, approved: [], skipped: [] };
    for (const u of units) {
      const status = u.status ?? 'not_started';
      if ((PUBLISHED_STATUSES as readonly string[]).includes(status)) continue;
      let skip: BulkSkipReason | 'changed' | null = bulkApprovalSkip({ status, missingFigures: 0, findings: 0 });
      if (skip === null) {
        const m = await loadMonth(db, actor, periodKey, u.id);
        const checked = figuresUnderCheck(m);
        const missingFigures = checked.filter((f) => f.expected && (rateRequired(f.indicator.growth_basis) ? f.reportedYoy === null : f.ytd === null)).length;
        skip = bulkApprovalSkip({ status, missingFigures, findings: checkFigures(checked, ctx.locale).length });
      }
      if (skip === null) {
        try {
          await review.approve(ctx, periodKey, u.id, u.version!);
        } catch (error) {
          if (!(error instanceof AppError) || error.status !== 409) throw error;
          skip = 'changed';
        }
      }
      if (skip === null) result.approved.push({ organisationId: u.id, organisationName: u.name });
      else result.skipped.push({ organisationId: u.id, organisationName: u.name, reason: skip });
    }
    return result;
  };
}
export type BulkReview = ReturnType<typeof createBulkReview>;
