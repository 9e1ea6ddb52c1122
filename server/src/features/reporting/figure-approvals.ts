import { PUBLISHED_STATUSES } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { SubmissionStatus } from './reporting.table';

/** A district-month's submission as a report cites it: its status and its last approval. */
export interface SubmissionApproval {
  submissionId: number;
  status: SubmissionStatus;
  /** The submission's version and when and by whom it was last approved (null when never). */
  version: number;
  approvedAt: string | null;
  approvedBy: string | null;
  /** Each figure's own version, by indicator code. */
  figureVersions: Map<string, number>;
}

/** The units whose submissions of one month are asked for. */
export interface MonthUnits {
  year: number;
  month: number;
  organisationIds: readonly number[];
}

/**
 * The submissions of one month for these organisations (organisation id → its submission), each
 * with its last approval (the approve event's actor) and its figures' versions. Three queries.
 */
export async function submissionApprovals(exec: Executor, organisationIds: readonly number[], year: number, month: number): Promise<Map<number, SubmissionApproval>> {
  return (await submissionApprovalsOfMonths(exec, [{ year, month, organisationIds }]))[0]!;
}

/**
 * The submissions of several months at once, one map per asked month in the order asked (as
 * submissionApprovals gives for one). Three queries whatever the number of months: a report citing
 * a quarter asks once, not once a month.
 */
export async function submissionApprovalsOfMonths(exec: Executor, asked: readonly MonthUnits[]): Promise<Map<number, SubmissionApproval>[]> {
  const results = asked.map(() => new Map<number, SubmissionApproval>());
  const wanted = asked.filter((a) => a.organisationIds.length > 0);
  if (wanted.length === 0) return results;
  const allIds = [...new Set(wanted.flatMap((a) => a.organisationIds))];
  const months = [...new Map(wanted.map((a) => [`${a.year}-${a.month}`, a])).values()];
  const submissions = await exec.selectFrom('submissions as s')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['s.id', 's.organisation_id', 's.status', 's.version', 's.approved_at', 'p.year', 'p.month'])
    .where('s.organisation_id', 'in', allIds)
    .where((eb) => eb.or(months.map((m) => eb.and([eb('p.year', '=', m.year), eb('p.month', '=', m.month)]))))
    .execute();
  if (submissions.length === 0) return results;
  const ids = submissions.map((s) => s.id);
  const [approvals, figures] = await Promise.all([
    exec.selectFrom('submission_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.submission_id', 'e.at', 'u.display_name']).where('e.submission_id', 'in', ids).where('e.action', '=', 'approve').orderBy('e.id').execute(),
    exec.selectFrom('figures as f').innerJoin('indicators as i', 'i.id', 'f.indicator_id')
      .select(['f.submission_id', 'i.code', 'f.version']).where('f.submission_id', 'in', ids).execute(),
  ]);
  const lastApproval = new Map<number, { at: string; by: string | null }>();
  for (const a of approvals) lastApproval.set(a.submission_id, { at: a.at, by: a.display_name });
  const versionsOf = new Map<number, Map<string, number>>();
  for (const f of figures) versionsOf.set(f.submission_id, (versionsOf.get(f.submission_id) ?? new Map<string, number>()).set(f.code, f.version));
  // Each submission once, shared by every asked month that names its unit and month.
  const byMonthAndUnit = new Map<string, SubmissionApproval>();
  for (const s of submissions) {
    const last = lastApproval.get(s.id);
    byMonthAndUnit.set(`${s.year}-${s.month}|${s.organisation_id}`, {
      submissionId: s.id, status: s.status, version: s.version,
      approvedAt: last?.at ?? s.approved_at, approvedBy: last?.by ?? null, figureVersions: versionsOf.get(s.id) ?? new Map(),
    });
  }
  asked.forEach((a, i) => {
    for (const id of a.organisationIds) {
      const found = byMonthAndUnit.get(`${a.year}-${a.month}|${id}`);
      if (found) results[i]!.set(id, found);
    }
  });
  return results;
}

/** Whether a submission's figures are approved (published to the city). */
export const isApprovedStatus = (status: SubmissionStatus) => (PUBLISHED_STATUSES as readonly string[]).includes(status);
