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

/**
 * The submissions of one month for these organisations (organisation id → its submission), each
 * with its last approval (the approve event's actor) and its figures' versions. Three queries.
 */
export async function submissionApprovals(exec: Executor, organisationIds: readonly number[], year: number, month: number): Promise<Map<number, SubmissionApproval>> {
  const result = new Map<number, SubmissionApproval>();
  if (organisationIds.length === 0) return result;
  const submissions = await exec.selectFrom('submissions as s')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['s.id', 's.organisation_id', 's.status', 's.version', 's.approved_at'])
    .where('s.organisation_id', 'in', [...organisationIds]).where('p.year', '=', year).where('p.month', '=', month)
    .execute();
  if (submissions.length === 0) return result;
  const ids = submissions.map((s) => s.id);
  const [approvals, figures] = await Promise.all([
    exec.selectFrom('submission_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.submission_id', 'e.at', 'u.display_name']).where('e.submission_id', 'in', ids).where('e.action', '=', 'approve').orderBy('e.id').execute(),
    exec.selectFrom('figures as f').innerJoin('indicators as i', 'i.id', 'f.indicator_id')
      .select(['f.submission_id', 'i.code', 'f.version']).where('f.submission_id', 'in', ids).execute(),
  ]);
  const lastApproval = new Map<number, { at: string; by: string | null }>();
  for (const a of approvals) lastApproval.set(a.submission_id, { at: a.at, by: a.display_name });
  for (const s of submissions) {
    const last = lastApproval.get(s.id);
    result.set(s.organisation_id, {
      submissionId: s.id, status: s.status, version: s.version,
      approvedAt: last?.at ?? s.approved_at, approvedBy: last?.by ?? null, figureVersions: new Map(),
    });
  }
  const byId = new Map(submissions.map((s) => [s.id, result.get(s.organisation_id)!]));
  for (const f of figures) byId.get(f.submission_id)!.figureVersions.set(f.code, f.version);
  return result;
}

/** Whether a submission's figures are approved (published to the city). */
export const isApprovedStatus = (status: SubmissionStatus) => (PUBLISHED_STATUSES as readonly string[]).includes(status);
