// A submission that became a lead or a service ticket follows that record (its status is read from
// it, portal-submissions.read-model.ts). When the record's own module moves it so that the status
// its sender sees changes, the sender is told: an event in the submission's history and a message
// on the account's page, sent through the gateways the accounts use by a job queued with the move
// (portal-submissions.sends.ts).
import { shownPortalSubmissionStatus, statusOfLeadStage, statusOfProblem, type PortalSubmissionStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { HookScope } from '../../platform/features/hooks';
import { notifyEnterpriseAccount } from '../enterprise-accounts/enterprise-accounts.public';
import { onProblemStatusChange, problemStatesOf, type ProblemStatusChange } from '../enterprise-service/enterprise-service.public';
import { onLeadStageChange, type LeadStageChange } from '../investment/investment.public';
import { queueSends, type MessageToSend } from './portal-submissions.sends';
import { statusMessage } from './portal-submissions.texts';

interface LinkedMove {
  link: 'lead_id' | 'problem_id';
  id: number;
  /** The status its senders saw before the move, and see after it. */
  from: PortalSubmissionStatus;
  to: PortalSubmissionStatus;
  actorId: number;
  at: string;
  /** What the sender is told beside the status (a ticket's answer). */
  note: string;
}

/** Tells the senders of the submissions linked to the moved record, inside the move's transaction. */
async function tellSenders(trx: Executor, scope: HookScope, move: LinkedMove): Promise<void> {
  const rows = await trx.selectFrom('portal_submissions').select(['id', 'status', 'title', 'account_id'])
    .where(move.link, '=', move.id).where('erased_at', 'is', null).orderBy('id').execute();
  const toSend: MessageToSend[] = [];
  for (const row of rows) {
    const before = shownPortalSubmissionStatus(row.status, move.from);
    const after = shownPortalSubmissionStatus(row.status, move.to);
    if (before === after) continue; // closed or rejected by staff, or the same status in the sender's words
    await trx.insertInto('portal_submission_events').values({ submission_id: row.id, from_status: before, to_status: after, note: null, actor_id: move.actorId, at: move.at }).execute();
    if (row.account_id === null) continue;
    const { messageId } = await notifyEnterpriseAccount(trx, { accountId: row.account_id, text: statusMessage(row.title, after, move.note), now: move.at });
    if (messageId !== null) toSend.push({ messageId, submissionId: row.id });
  }
  await queueSends(trx, scope, toSend, move.at);
}

export async function tellProblemSenders(trx: Executor, change: ProblemStatusChange, scope: HookScope): Promise<void> {
  const answer = change.to === 'answered' ? (await problemStatesOf(trx, [change.problemId])).get(change.problemId)?.answer ?? '' : '';
  return tellSenders(trx, scope, {
    link: 'problem_id', id: change.problemId, from: statusOfProblem(change.from), to: statusOfProblem(change.to), actorId: change.actorId, at: change.at, note: answer,
  });
}

export async function tellLeadSenders(trx: Executor, change: LeadStageChange, scope: HookScope): Promise<void> {
  return tellSenders(trx, scope, {
    link: 'lead_id', id: change.leadId, from: statusOfLeadStage(change.from), to: statusOfLeadStage(change.to), actorId: change.actorId, at: change.at, note: '',
  });
}

/** Listens to the tickets' and the leads' own modules (once per process; registering again changes nothing). */
export function followLinkedRecords(): void {
  onProblemStatusChange(tellProblemSenders);
  onLeadStageChange(tellLeadSenders);
}
