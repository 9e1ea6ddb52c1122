import type { PortalSubmission, PortalSubmissionItem, PortalSubmissionList, PortalSubmissionListQuery } from '@hongtu/contracts/portal-submissions';
import {
  can, maskPortalContact, portalSubmissionMoves, shownPortalSubmissionStatus, statusOfLeadStage, statusOfProblem, type PortalSubmissionStatus,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { outOfScope } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { problemStatesOf } from '../enterprise-service/enterprise-service.public';
import { leadStagesOf } from '../investment/investment.public';
import type { PortalSubmissionRow } from './portal-submissions.table';

type Row = PortalSubmissionRow & { organisation_name: string; organisation_path: string };

const base = (db: Executor) => db.selectFrom('portal_submissions as s').innerJoin('organisations as o', 'o.id', 's.organisation_id')
  .selectAll('s').select(['o.name as organisation_name', 'o.path as organisation_path']);

/** A submission of the actor's subtree (where it was routed), else not found (audited as out of scope). */
export async function loadInScope(db: Executor, actor: Pick<Actor, 'organisationPath'>, id: number): Promise<Row> {
  const row = await base(db).where('s.id', '=', id).executeTakeFirst();
  if (!row || !row.organisation_path.startsWith(actor.organisationPath)) throw outOfScope();
  return row;
}

/**
 * The status each submission shows: the lead's stage or the ticket's status, read from their own
 * modules when it became one (never copied), unless staff closed or rejected the submission itself.
 */
export async function linkedStatuses(db: Executor, rows: readonly PortalSubmissionRow[]): Promise<PortalSubmissionStatus[]> {
  const leads = await leadStagesOf(db, rows.flatMap((r) => (r.lead_id === null ? [] : [r.lead_id])));
  const problems = await problemStatesOf(db, rows.flatMap((r) => (r.problem_id === null ? [] : [r.problem_id])));
  return rows.map((r) => {
    const stage = r.lead_id === null ? undefined : leads.get(r.lead_id);
    const problem = r.problem_id === null ? undefined : problems.get(r.problem_id);
    const linked = stage ? statusOfLeadStage(stage) : problem ? statusOfProblem(problem.status) : null;
    return shownPortalSubmissionStatus(r.status, linked);
  });
}

function toItem(r: Row, status: PortalSubmissionStatus): PortalSubmissionItem {
  return {
    id: r.id, kind: r.kind, status, title: r.title, organisationId: r.organisation_id, organisationName: r.organisation_name, companyName: r.company_name,
    contactName: r.contact_name, contactMasked: maskPortalContact(r.contact), opportunityId: r.opportunity_id, leadId: r.lead_id, problemId: r.problem_id,
    erased: r.erased_at !== null, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** What the sender reads of one submission: its status, its history's statuses and notes, the ticket's answer and deadline. */
export interface SenderView {
  id: number;
  kind: PortalSubmissionRow['kind'];
  title: string;
  status: PortalSubmissionStatus;
  createdAt: string;
  answerDueOn: string | null;
  answer: string | null;
  events: { toStatus: PortalSubmissionStatus; note: string | null; at: string }[];
}

/** Lists and lookups of 门户来信: staff within their subtree, senders their own only. */
export function createPortalSubmissionsReadModel({ db }: Pick<Deps, 'db'>) {
  async function senderViews(rows: PortalSubmissionRow[]): Promise<SenderView[]> {
    const statuses = await linkedStatuses(db, rows);
    const problems = await problemStatesOf(db, rows.flatMap((r) => (r.problem_id === null ? [] : [r.problem_id])));
    const events = rows.length === 0 ? [] : await db.selectFrom('portal_submission_events').select(['submission_id', 'to_status', 'note', 'at'])
      .where('submission_id', 'in', rows.map((r) => r.id)).orderBy('id').execute();
    return rows.map((r, i) => {
      const problem = r.problem_id === null ? undefined : problems.get(r.problem_id);
      return {
        id: r.id, kind: r.kind, title: r.title, status: statuses[i]!, createdAt: r.created_at,
        answerDueOn: problem?.answerDueOn ?? null, answer: problem?.answer ?? null,
        events: events.filter((e) => e.submission_id === r.id).map((e) => ({ toStatus: e.to_status, note: e.note, at: e.at })),
      };
    });
  }

  return {
    async list(ctx: RequestContext, query: PortalSubmissionListQuery): Promise<PortalSubmissionList> {
      const actor = requireActor(ctx);
      let q = base(db).where('o.path', 'like', `${actor.organisationPath}%`);
      if (query.kind) q = q.where('s.kind', '=', query.kind);
      const rows = await q.orderBy('s.id', 'desc').limit(500).execute();
      const statuses = await linkedStatuses(db, rows);
      const items = rows.map((r, i) => toItem(r, statuses[i]!));
      return { items: query.status ? items.filter((i) => i.status === query.status) : items };
    },

    async get(ctx: RequestContext, id: number): Promise<PortalSubmission> {
      const actor = requireActor(ctx);
      const row = await loadInScope(db, actor, id);
      const [status] = await linkedStatuses(db, [row]);
      const events = await db.selectFrom('portal_submission_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
        .select(['e.from_status', 'e.to_status', 'e.note', 'e.at', 'u.display_name']).where('e.submission_id', '=', id).orderBy('e.id').execute();
      const handle = can(actor.role, 'portal_submission.handle') && row.erased_at === null;
      return {
        ...toItem(row, status!), body: row.body, consentAt: row.consent_at, consentVersion: row.consent_version, version: row.version,
        attachment: row.attachment_key && row.attachment_type ? { name: row.attachment_name ?? 'file', type: row.attachment_type, bytes: row.attachment_bytes ?? 0 } : null,
        moves: handle ? [...portalSubmissionMoves(status!, row.lead_id !== null || row.problem_id !== null)] : [],
        readContact: handle && row.contact !== '',
        events: events.map((e) => ({ fromStatus: e.from_status, toStatus: e.to_status, note: e.note, actorName: e.display_name, at: e.at })),
      };
    },

    /** The enterprise's own submissions, newest first. */
    async ofAccount(accountId: number): Promise<SenderView[]> {
      const rows = await db.selectFrom('portal_submissions').selectAll().where('account_id', '=', accountId).where('erased_at', 'is', null)
        .orderBy('id', 'desc').limit(200).execute();
      return senderViews(rows);
    },

    /** An anonymous tip by the hash of its tracking code. */
    async byTrackingHash(hash: string): Promise<SenderView | null> {
      const rows = await db.selectFrom('portal_submissions').selectAll().where('tracking_hash', '=', hash).where('erased_at', 'is', null).execute();
      return (await senderViews(rows))[0] ?? null;
    },
  };
}
export type PortalSubmissionsReadModel = ReturnType<typeof createPortalSubmissionsReadModel>;
