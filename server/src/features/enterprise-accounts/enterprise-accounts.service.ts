// The enterprise's own use cases on the portal: sign up (credit code, consent, challenge), prove
// the contact with a code, sign in and out, ask for the account and its personal data to be deleted.
// Each write is one transaction with its audit row; a refusal writes nothing but its audit row.
import { createHash, randomInt } from 'node:crypto';
import { AuditActions, AuditEntityTypes, type Locale } from '@hongtu/contracts';
import {
  ENTERPRISE_CONSENT_VERSION, ENTERPRISE_SIGN_IN_FAILURES, PROOF_CODE_ATTEMPTS, PROOF_CODE_DIGITS, PROOF_CODE_MINUTES,
  REJECTED_SIGN_UP_DAYS, SIGN_UPS_PER_ADDRESS_HOUR, UNPROVEN_SIGN_UP_DAYS, isEmailAddress, isPhoneNumber, isReportingUnit, isValidCreditCode, normalizeCreditCode,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { burnVerifyTime, hashPassword, verifyPassword } from '../../platform/auth/password-hash';
import { assertAcceptablePassword } from '../../platform/auth/password-policy';
import { tallyAnonymousRefusal } from '../../platform/http/edge';
import { translate } from '../../platform/i18n/messages';
import type { RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { findEnterpriseByCreditCode } from '../enterprises/enterprises.public';
import { createEnterpriseSession, type EnterpriseAccountView } from './enterprise-session';
import { verifyPortalChallenge, type PortalChallengeAnswer } from './portal-challenge';
import { proofSender } from './proof-sender';

export interface SignUpInput {
  creditCode: string;
  companyName: string;
  contactName: string;
  email: string;
  phone: string;
  password: string;
  consent: boolean;
  /** The district chosen on the form; used when the registry does not know the enterprise. */
  districtId: number | null;
  challenge: PortalChallengeAnswer;
}

const refused = (status: number, code: ConstructorParameters<typeof AppError>[1], field?: string) =>
  new AppError(status, code, {}, field ? [{ path: field, message: code }] : undefined, 'none');

const proofHash = (accountId: number, code: string) => createHash('sha256').update(`${accountId}:${code}`).digest('hex');

export function createEnterpriseAccountService(deps: Deps) {
  const { db, clock, audit, edge } = deps;

  /** A refusal of an anonymous caller: audited (a flood only by its milestones), nothing else written. */
  async function auditRefusal(ctx: RequestContext, action: typeof AuditActions.enterpriseAccountSignUp | typeof AuditActions.enterpriseAccountSignIn | typeof AuditActions.enterpriseAccountProve, reason: string, entityId: number | null = null, count?: number) {
    const tally = count === undefined ? await tallyAnonymousRefusal(edge, ctx.ip) : { audit: true, count };
    if (!tally.audit) return;
    await audit.appendAlone(ctx, { action, entityType: AuditEntityTypes.enterpriseAccount, entityId, result: 'denied', after: { reason, refusals: tally.count } });
  }

  /** Stores a fresh proof code (earlier ones stop counting) and sends it after the transaction. */
  async function newProofCode(trx: Executor, account: { id: number; email: string | null; phone: string | null }, now: Date) {
    const code = String(randomInt(0, 10 ** PROOF_CODE_DIGITS)).padStart(PROOF_CODE_DIGITS, '0');
    const channel = account.email ? 'email' as const : 'sms' as const;
    await trx.updateTable('enterprise_account_proofs').set({ used_at: now.toISOString() }).where('account_id', '=', account.id).where('used_at', 'is', null).execute();
    await trx.insertInto('enterprise_account_proofs').values({
      account_id: account.id, code_hash: proofHash(account.id, code), channel,
      expires_at: new Date(now.getTime() + PROOF_CODE_MINUTES * 60_000).toISOString(), used_at: null, created_at: now.toISOString(),
    }).execute();
    return { code, channel, to: (channel === 'email' ? account.email : account.phone)! };
  }

  async function sendProof(locale: Locale, name: string, proof: { code: string; channel: 'email' | 'sms'; to: string }) {
    const text = translate('ENTERPRISE_ACCOUNT_PROOF_CODE_TEXT', locale, { code: proof.code, minutes: PROOF_CODE_MINUTES });
    await proofSender().send({ channel: proof.channel, to: proof.to, name, text });
  }

  /**
   * Retention (PIPL): sign-ups never proven for a week and rejected ones after a month lose their
   * personal data (status deleted), with expired sessions; one audit row says how many. Run on
   * each sign-up, so that the data goes without a scheduler.
   */
  async function eraseExpiredSignUps(now: Date): Promise<number> {
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const at = now.toISOString();
    return db.transaction().execute(async (trx) => {
      const stale = await trx.selectFrom('enterprise_accounts').select('id')
        .where((eb) => eb.or([
          eb.and([eb('status', '=', 'pending_proof'), eb('created_at', '<', daysAgo(UNPROVEN_SIGN_UP_DAYS))]),
          eb.and([eb('status', '=', 'rejected'), eb('updated_at', '<', daysAgo(REJECTED_SIGN_UP_DAYS))]),
        ])).limit(500).execute();
      await trx.deleteFrom('enterprise_account_sessions').where('expires_at', '<', at).execute();
      if (stale.length === 0) return 0;
      const ids = stale.map((r) => r.id);
      await trx.deleteFrom('enterprise_account_sessions').where('account_id', 'in', ids).execute();
      await trx.deleteFrom('enterprise_account_proofs').where('account_id', 'in', ids).execute();
      // Messages still waiting to be sent go with them (a send job would find them gone anyway).
      await trx.deleteFrom('enterprise_account_message_sends')
        .where('message_id', 'in', trx.selectFrom('enterprise_account_messages').select('id').where('account_id', 'in', ids)).execute();
      await trx.deleteFrom('enterprise_account_messages').where('account_id', 'in', ids).execute();
      await trx.updateTable('enterprise_accounts').set({
        status: 'deleted', contact_name: '', contact_email: null, contact_phone: null, password_hash: null, reject_reason: null, updated_at: at, deleted_at: at,
      }).where('id', 'in', ids).execute();
      await audit.append(trx, null, { action: AuditActions.enterpriseAccountDelete, entityType: AuditEntityTypes.enterpriseAccount, after: { reason: 'retention', accounts: ids } });
      return ids.length;
    });
  }

  return {
    eraseExpiredSignUps,

    /**
     * A sign-up: refused (nothing written, audited) for too many from the address, a failed
     * challenge, a wrong check character, missing consent or contact, a weak password, or a code
     * already confirmed to another account (without saying which). Returns the session token.
     */
    /** The sign-up, its session, and whether its proof code went out (false: the gateway failed; the visitor is told to ask for a new one). */
    async signUp(ctx: RequestContext, input: SignUpInput): Promise<{ accountId: number; sessionToken: string; proofSent: boolean }> {
      const perAddress = await edge.counters.hit(`enterprise-sign-up:${ctx.ip}`, 3_600_000);
      if (perAddress.count > SIGN_UPS_PER_ADDRESS_HOUR) {
        await auditRefusal(ctx, AuditActions.enterpriseAccountSignUp, 'rate_limited');
        throw refused(429, 'RATE_LIMITED');
      }
      const creditCode = normalizeCreditCode(input.creditCode);
      const companyName = toSimplified(input.companyName.normalize('NFKC')).trim();
      const contactName = input.contactName.normalize('NFKC').trim();
      const email = input.email.normalize('NFKC').trim().toLowerCase();
      const phone = input.phone.normalize('NFKC').replace(/[\s-]/g, '');
      const refuse = async (status: number, code: ConstructorParameters<typeof AppError>[1], field?: string) => {
        await auditRefusal(ctx, AuditActions.enterpriseAccountSignUp, code);
        return refused(status, code, field);
      };
      if (!(await verifyPortalChallenge(deps, input.challenge))) throw await refuse(400, 'PORTAL_CHALLENGE_FAILED', 'challenge');
      if (!isValidCreditCode(creditCode)) throw await refuse(400, 'ENTERPRISE_ACCOUNT_CREDIT_CODE_INVALID', 'creditCode');
      if (!companyName || !contactName || companyName.length > 100 || contactName.length > 100) throw await refuse(400, 'ENTERPRISE_ACCOUNT_FIELD_REQUIRED', companyName ? 'contactName' : 'companyName');
      if ((email && !isEmailAddress(email)) || (phone && !isPhoneNumber(phone)) || (!email && !phone)) throw await refuse(400, 'ENTERPRISE_ACCOUNT_CONTACT_REQUIRED', 'email');
      if (!input.consent) throw await refuse(400, 'ENTERPRISE_ACCOUNT_CONSENT_REQUIRED', 'consent');
      try {
        assertAcceptablePassword(input.password, creditCode);
      } catch (error) {
        await auditRefusal(ctx, AuditActions.enterpriseAccountSignUp, 'password');
        throw error;
      }
      const held = await db.selectFrom('enterprise_accounts').select('id').where('credit_code', '=', creditCode).where('status', '=', 'confirmed').executeTakeFirst();
      if (held) throw await refuse(409, 'ENTERPRISE_ACCOUNT_SIGN_UP_REFUSED', 'creditCode');
      const registered = await findEnterpriseByCreditCode(db, creditCode);
      let districtId = registered?.organisationId ?? null;
      if (districtId === null && input.districtId !== null) {
        const org = await db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', input.districtId).executeTakeFirst();
        districtId = org && isReportingUnit(org.kind) ? org.id : null;
      }
      if (districtId === null) throw await refuse(400, 'ENTERPRISE_ACCOUNT_DISTRICT_REQUIRED', 'districtId');
      if (!proofSender().canSend(email ? 'email' : 'sms')) throw await refuse(503, 'ENTERPRISE_ACCOUNT_PROOF_UNAVAILABLE');
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const at = now.toISOString();
      const { accountId, proof, sessionToken } = await db.transaction().execute(async (trx) => {
        const row = await trx.insertInto('enterprise_accounts').values({
          credit_code: creditCode, company_name: companyName, contact_name: contactName, contact_email: email || null, contact_phone: phone || null,
          password_hash: passwordHash, status: 'pending_proof', enterprise_id: null, organisation_id: districtId, locale: ctx.locale,
          consent_at: at, consent_version: ENTERPRISE_CONSENT_VERSION, reject_reason: null, created_at: at, updated_at: at,
          confirmed_by: null, confirmed_at: null, deleted_at: null,
        }).returning('id').executeTakeFirstOrThrow();
        const proof = await newProofCode(trx, { id: row.id, email: email || null, phone: phone || null }, now);
        const sessionToken = await createEnterpriseSession(trx, now, row.id);
        // The trail records the enterprise, never the contact's personal data.
        await audit.append(trx, ctx, {
          action: AuditActions.enterpriseAccountSignUp, entityType: AuditEntityTypes.enterpriseAccount, entityId: row.id,
          after: { creditCode, companyName, districtId, inRegistry: registered !== undefined, consentVersion: ENTERPRISE_CONSENT_VERSION, proofChannel: proof.channel },
        });
        return { accountId: row.id, proof, sessionToken };
      });
      ctx.audited = true;
      await eraseExpiredSignUps(now).catch((error: Error) => console.warn(`[enterprise-accounts] retention: ${error.message}`));
      // The sign-up stands when the gateway fails: the visitor is told so, and asks for a new code on the verify page.
      const proofSent = await sendProof(ctx.locale, contactName, proof).then(() => true, (error: Error) => {
        console.warn(`[enterprise-accounts] code for account ${accountId} not sent: ${error.message}`);
        return false;
      });
      return { accountId, sessionToken, proofSent };
    },

    /** The code sent to the contact: right once, before it expires, within the tries; then the sign-up waits for the officer. */
    async prove(ctx: RequestContext, account: EnterpriseAccountView, code: string): Promise<void> {
      if (account.status !== 'pending_proof') throw refused(409, 'ENTERPRISE_ACCOUNT_NOT_PENDING');
      const now = clock.now();
      const proof = await db.selectFrom('enterprise_account_proofs').selectAll()
        .where('account_id', '=', account.accountId).where('used_at', 'is', null)
        .orderBy('id', 'desc').executeTakeFirst();
      const usable = proof && proof.expires_at > now.toISOString() && proof.attempts < PROOF_CODE_ATTEMPTS;
      const right = usable && proof.code_hash === proofHash(account.accountId, code.normalize('NFKC').trim());
      if (!right) {
        if (proof && usable) await db.updateTable('enterprise_account_proofs').set({ attempts: proof.attempts + 1 }).where('id', '=', proof.id).execute();
        await auditRefusal(ctx, AuditActions.enterpriseAccountProve, proof && !usable ? 'code_spent' : 'code_wrong', account.accountId, 0);
        throw refused(400, 'ENTERPRISE_ACCOUNT_PROOF_CODE_WRONG', 'code');
      }
      await db.transaction().execute(async (trx) => {
        const used = await trx.updateTable('enterprise_account_proofs').set({ used_at: now.toISOString() }).where('id', '=', proof.id).where('used_at', 'is', null).executeTakeFirst();
        if (Number(used.numUpdatedRows) !== 1) throw refused(400, 'ENTERPRISE_ACCOUNT_PROOF_CODE_WRONG', 'code');
        await trx.updateTable('enterprise_accounts').set({ status: 'pending_confirmation', updated_at: now.toISOString() })
          .where('id', '=', account.accountId).where('status', '=', 'pending_proof').execute();
        await audit.append(trx, ctx, { action: AuditActions.enterpriseAccountProve, entityType: AuditEntityTypes.enterpriseAccount, entityId: account.accountId, before: { status: 'pending_proof' }, after: { status: 'pending_confirmation', channel: proof.channel } });
      });
      ctx.audited = true;
    },

    /** A new code (the last one lost or expired), at most a few per hour per account. */
    async resendProof(ctx: RequestContext, account: EnterpriseAccountView): Promise<void> {
      if (account.status !== 'pending_proof') throw refused(409, 'ENTERPRISE_ACCOUNT_NOT_PENDING');
      const { count } = await edge.counters.hit(`enterprise-proof:${account.accountId}`, 3_600_000);
      if (count > SIGN_UPS_PER_ADDRESS_HOUR) throw refused(429, 'RATE_LIMITED');
      const row = await db.selectFrom('enterprise_accounts').select(['contact_email', 'contact_phone', 'contact_name', 'locale']).where('id', '=', account.accountId).executeTakeFirstOrThrow();
      const proof = await db.transaction().execute((trx) => newProofCode(trx, { id: account.accountId, email: row.contact_email, phone: row.contact_phone }, clock.now()));
      await sendProof(row.locale, row.contact_name, proof).catch(() => { throw refused(503, 'ENTERPRISE_ACCOUNT_PROOF_UNAVAILABLE'); });
    },

    /**
     * Sign-in with the credit code and password: a wrong one is refused in the same words as an
     * unknown code; failures per code and per address are limited. Returns the session token.
     */
    async signIn(ctx: RequestContext, creditCodeInput: string, password: string): Promise<string> {
      const creditCode = normalizeCreditCode(creditCodeInput).slice(0, 32);
      const byAddress = await edge.counters.hit(`enterprise-sign-in:${ctx.ip}`, 15 * 60_000);
      const byCode = await edge.counters.hit(`enterprise-sign-in:${creditCode}`, 15 * 60_000);
      if (byAddress.count > 4 * ENTERPRISE_SIGN_IN_FAILURES || byCode.count > 2 * ENTERPRISE_SIGN_IN_FAILURES) {
        await auditRefusal(ctx, AuditActions.enterpriseAccountSignIn, 'rate_limited');
        throw refused(429, 'RATE_LIMITED');
      }
      const candidates = await db.selectFrom('enterprise_accounts').select(['id', 'password_hash'])
        .where('credit_code', '=', creditCode).where('status', 'in', ['pending_proof', 'pending_confirmation', 'confirmed'])
        .orderBy('id', 'desc').limit(5).execute();
      let accountId: number | null = null;
      for (const c of candidates) {
        if (c.password_hash && (await verifyPassword(c.password_hash, password))) { accountId = c.id; break; }
      }
      if (candidates.length === 0) await burnVerifyTime(password);
      if (accountId === null) {
        await auditRefusal(ctx, AuditActions.enterpriseAccountSignIn, 'wrong_password');
        throw refused(401, 'ENTERPRISE_ACCOUNT_SIGN_IN_FAILED', 'password');
      }
      const id = accountId;
      const token = await db.transaction().execute(async (trx) => {
        const created = await createEnterpriseSession(trx, clock.now(), id);
        await audit.append(trx, ctx, { action: AuditActions.enterpriseAccountSignIn, entityType: AuditEntityTypes.enterpriseAccount, entityId: id });
        return created;
      });
      ctx.audited = true;
      return token;
    },

    async signOut(ctx: RequestContext, account: EnterpriseAccountView): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('enterprise_account_sessions').where('id', '=', account.sessionId).execute();
        await audit.append(trx, ctx, { action: AuditActions.enterpriseAccountSignOut, entityType: AuditEntityTypes.enterpriseAccount, entityId: account.accountId });
      });
      ctx.audited = true;
    },

    /**
     * The enterprise asks for its account and personal data to be deleted (PIPL): the contact,
     * the password, the messages, codes and sessions are erased; the credit code, company name
     * and status stay as the record that the account existed and was deleted.
     */
    async deleteAccount(ctx: RequestContext, account: EnterpriseAccountView): Promise<void> {
      const at = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('enterprise_account_sessions').where('account_id', '=', account.accountId).execute();
        await trx.deleteFrom('enterprise_account_proofs').where('account_id', '=', account.accountId).execute();
        await trx.deleteFrom('enterprise_account_message_sends')
          .where('message_id', 'in', trx.selectFrom('enterprise_account_messages').select('id').where('account_id', '=', account.accountId)).execute();
        await trx.deleteFrom('enterprise_account_messages').where('account_id', '=', account.accountId).execute();
        await trx.updateTable('enterprise_accounts').set({
          status: 'deleted', contact_name: '', contact_email: null, contact_phone: null, password_hash: null, reject_reason: null, updated_at: at, deleted_at: at,
        }).where('id', '=', account.accountId).execute();
        await audit.append(trx, ctx, { action: AuditActions.enterpriseAccountDelete, entityType: AuditEntityTypes.enterpriseAccount, entityId: account.accountId, before: { status: account.status }, after: { status: 'deleted' } });
      });
      ctx.audited = true;
    },
  };
}
export type EnterpriseAccountService = ReturnType<typeof createEnterpriseAccountService>;
