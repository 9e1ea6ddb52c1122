// Messages to an enterprise account (its sign-up confirmed or rejected, a portal submission
// answered): stored for the account page inside the caller's transaction, then sent to the
// account's contact through the proof sender — once the transaction has committed (deliver), or
// by a job the caller queued in it (sendAccountMessage).
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { proofSender } from './proof-sender';

export interface AccountMessageDelivery {
  /** The stored message (null: nothing stored, the account is deleted or unknown). */
  messageId: number | null;
  /** Sends the stored message to the account's contact (after the commit; a gateway failure is logged, not thrown). */
  deliver(): Promise<void>;
}

/**
 * Stores a message for the account in its language, inside the caller's transaction. Nothing is
 * stored for an account that is deleted or unknown (deliver then does nothing).
 */
export async function notifyEnterpriseAccount(
  trx: Executor, message: { accountId: number; text: Readonly<Record<Locale, string>>; now: string },
): Promise<AccountMessageDelivery> {
  const account = await trx.selectFrom('enterprise_accounts').select(['id', 'status', 'locale', 'contact_name', 'contact_email', 'contact_phone'])
    .where('id', '=', message.accountId).executeTakeFirst();
  if (!account || account.status === 'deleted') return { messageId: null, deliver: async () => undefined };
  const text = message.text[account.locale];
  const stored = await trx.insertInto('enterprise_account_messages').values({ account_id: account.id, text, created_at: message.now }).returning('id').executeTakeFirstOrThrow();
  return {
    messageId: stored.id,
    async deliver() {
      const channel = account.contact_email ? 'email' as const : 'sms' as const;
      const to = account.contact_email ?? account.contact_phone;
      if (!to) return;
      try {
        await proofSender().send({ channel, to, name: account.contact_name, text });
      } catch (error) {
        console.warn(`[enterprise-accounts] message to account ${account.id} not sent: ${(error as Error).message}`);
      }
    },
  };
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
