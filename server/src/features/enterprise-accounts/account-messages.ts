// Messages to an enterprise account (its sign-up confirmed or rejected, a portal submission
// answered): stored for the account page inside the caller's transaction, and sent to the
// account's contact through the proof sender by a job the caller queues in that same transaction
// (account-message-sends.ts; portal-submissions.sends.ts), which runs sendAccountMessage.
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { proofSender } from './proof-sender';

export interface StoredAccountMessage {
  /** The stored message (null: nothing stored, the account is deleted or unknown). */
  messageId: number | null;
}

/**
 * Stores a message for the account in its language, inside the caller's transaction. Nothing is
 * stored for an account that is deleted or unknown. Sending it is the caller's job to queue.
 */
export async function notifyEnterpriseAccount(
  trx: Executor, message: { accountId: number; text: Readonly<Record<Locale, string>>; now: string },
): Promise<StoredAccountMessage> {
  const account = await trx.selectFrom('enterprise_accounts').select(['id', 'status', 'locale'])
    .where('id', '=', message.accountId).executeTakeFirst();
  if (!account || account.status === 'deleted') return { messageId: null };
  const stored = await trx.insertInto('enterprise_account_messages')
    .values({ account_id: account.id, text: message.text[account.locale], created_at: message.now }).returning('id').executeTakeFirstOrThrow();
  return { messageId: stored.id };
}

/**
 * Sends a stored message to its account's contact as the account is now (a contact changed since
 * is used; an account deleted since, or without a contact, is sent nothing). 'gone': the message
 * is no longer stored. A gateway's refusal is thrown, for the caller to try again.
 */
export async function sendAccountMessage(db: Executor, messageId: number): Promise<'sent' | 'skipped' | 'gone'> {
  const row = await db.selectFrom('enterprise_account_messages as m').innerJoin('enterprise_accounts as a', 'a.id', 'm.account_id')
    .select(['m.text', 'a.status', 'a.contact_name', 'a.contact_email', 'a.contact_phone'])
    .where('m.id', '=', messageId).executeTakeFirst();
  if (!row) return 'gone';
  const to = row.contact_email ?? row.contact_phone;
  if (row.status === 'deleted' || !to) return 'skipped';
  await proofSender().send({ channel: row.contact_email ? 'email' : 'sms', to, name: row.contact_name, text: row.text });
  return 'sent';
}
