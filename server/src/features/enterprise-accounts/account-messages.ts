// Messages to an enterprise account (its sign-up confirmed or rejected, a portal submission
// answered): stored for the account page inside the caller's transaction, then sent to the
// account's contact through the proof sender once the transaction has committed.
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { proofSender } from './proof-sender';

export interface AccountMessageDelivery {
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
  if (!account || account.status === 'deleted') return { deliver: async () => undefined };
  const text = message.text[account.locale];
  await trx.insertInto('enterprise_account_messages').values({ account_id: account.id, text, created_at: message.now }).execute();
  return {
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
