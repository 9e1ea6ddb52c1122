// The officer's side: a sign-up waiting for confirmation is confirmed — linked to the registry
// record with the same credit code — or rejected with a reason, by its district or the city.
// Another district's sign-up is answered as missing (404) and the refusal audited.
import { AuditActions, AuditEntityTypes, type Locale } from '@hongtu/contracts';
import type { EnterpriseAccountItem } from '@hongtu/contracts/enterprise-accounts';
import { isUniqueViolation } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { findEnterpriseByCreditCode } from '../enterprises/enterprises.public';
import { queueAccountMessages } from './account-message-sends';
import { notifyEnterpriseAccount } from './account-messages';
import { accountsWithDistrict, toAccountItem } from './enterprise-accounts.read-model';

const STATUS_WORDS: Record<'confirmed' | 'rejected', Record<Locale, string>> = {
  confirmed: { 'zh-CN': '已确认，可查看可能适用的政策', 'zh-TW': '已確認，可查看可能適用的政策', en: 'confirmed; see the policies that may apply to you' },
  rejected: { 'zh-CN': '未通过', 'zh-TW': '未通過', en: 'not accepted' },
};

const statusText = (status: 'confirmed' | 'rejected', reason?: string): Record<Locale, string> => {
  const of = (locale: Locale) => translate('ENTERPRISE_ACCOUNT_STATUS_CHANGED', locale, { status: STATUS_WORDS[status][locale] }) + (reason ? ` — ${reason}` : '');
  return { 'zh-CN': of('zh-CN'), 'zh-TW': of('zh-TW'), en: of('en') };
};

export function createEnterpriseAccountReview(deps: Deps) {
  const { db, clock, audit } = deps;

  /** The account is told in its language: the message stored and its send job queued, both in the officer's transaction. */
  async function tell(trx: Executor, ctx: RequestContext, accountId: number, text: Record<Locale, string>, at: string): Promise<void> {
    const { messageId } = await notifyEnterpriseAccount(trx, { accountId, text, now: at });
    if (messageId !== null) await queueAccountMessages(trx, deps, ctx, [messageId], at);
  }

  /** The sign-up, inside the officer's own subtree (a grant never opens it), else 404. */
  async function loadInScope(trx: Executor, ctx: RequestContext, id: number) {
    const row = await accountsWithDistrict(trx).where('a.id', '=', id).where('a.status', '!=', 'deleted').executeTakeFirst();
    assertInOwnScope(requireActor(ctx), row?.district_path ?? undefined);
    const pending = row!.status === 'pending_confirmation';
    if (!pending) throw new AppError(409, 'ENTERPRISE_ACCOUNT_NOT_PENDING');
    return row!;
  }

  return {
    /** Confirmed and linked to the registry record with its credit code (none: linked once the registry has it — see the account page). */
    async confirm(ctx: RequestContext, id: number): Promise<EnterpriseAccountItem> {
      const actor = requireActor(ctx);
      const at = clock.now().toISOString();
      try {
        await db.transaction().execute(async (trx) => {
          const row = await loadInScope(trx, ctx, id);
          const held = await trx.selectFrom('enterprise_accounts').select('id').where('credit_code', '=', row.credit_code).where('status', '=', 'confirmed').executeTakeFirst();
          if (held) throw new AppError(409, 'ENTERPRISE_ACCOUNT_CODE_TAKEN');
          const registry = await findEnterpriseByCreditCode(trx, row.credit_code);
          await trx.updateTable('enterprise_accounts').set({
            status: 'confirmed', enterprise_id: registry?.id ?? null, confirmed_by: actor.userId, confirmed_at: at, updated_at: at,
          }).where('id', '=', id).where('status', '=', 'pending_confirmation').execute();
          await tell(trx, ctx, id, statusText('confirmed'), at);
          await audit.append(trx, ctx, {
            action: AuditActions.enterpriseAccountConfirm, entityType: AuditEntityTypes.enterpriseAccount, entityId: id,
            before: { status: row.status }, after: { status: 'confirmed', creditCode: row.credit_code, enterpriseId: registry?.id ?? null },
          });
        });
      } catch (error) {
        // Two officers confirming two sign-ups of one code at once: the database keeps one.
        if (isUniqueViolation(error)) throw new AppError(409, 'ENTERPRISE_ACCOUNT_CODE_TAKEN');
        throw error;
      }
      return toAccountItem(await accountsWithDistrict(db).where('a.id', '=', id).executeTakeFirstOrThrow());
    },

    async reject(ctx: RequestContext, id: number, reasonInput: string): Promise<EnterpriseAccountItem> {
      const reason = toSimplified(reasonInput).trim();
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const row = await loadInScope(trx, ctx, id);
        await trx.updateTable('enterprise_accounts').set({ status: 'rejected', reject_reason: reason, updated_at: at })
          .where('id', '=', id).where('status', '=', 'pending_confirmation').execute();
        await trx.deleteFrom('enterprise_account_sessions').where('account_id', '=', id).execute();
        await tell(trx, ctx, id, statusText('rejected', reason), at);
        await audit.append(trx, ctx, {
          action: AuditActions.enterpriseAccountReject, entityType: AuditEntityTypes.enterpriseAccount, entityId: id,
          before: { status: row.status }, after: { status: 'rejected', reason },
        });
      });
      return toAccountItem(await accountsWithDistrict(db).where('a.id', '=', id).executeTakeFirstOrThrow());
    },
  };
}
