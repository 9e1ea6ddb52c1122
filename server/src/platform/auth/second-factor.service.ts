import {
  AuditActions, AuditEntityTypes, isRecoveryCode, isTotpCode, normaliseSecondFactorCode,
  type SecondFactorEnrolment, type SecondFactorProof, type SecondFactorStatus,
} from '@hongtu/contracts';
import { requiresSecondFactor } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../deps';
import { AppError, notFound } from '../errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../permissions/actor';
import { assertInScope } from '../permissions/scope';
import { createLockout } from './lockout';
import { verifyPassword } from './password-hash';
import type { PendingSignIn } from './pending-sign-in';
import { passwordStepOf } from './password-step.service';
import type { SecondFactorRow } from './second-factor.table';
import { createSession, endAllSessionsOf, endSession } from './sessions';
import { matchTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpUri, TOTP_ISSUER } from './totp';

type CodeCheck =
  | { ok: true; method: 'totp' }
  | { ok: true; method: 'recovery_code'; remaining: number }
  | { ok: false; reason: 'wrong_code' | 'code_used' | 'wrong_recovery_code' };

const wrongCode = () => new AppError(400, 'SECOND_FACTOR_WRONG_CODE', {}, [{ path: 'code', message: 'SECOND_FACTOR_WRONG_CODE' }], 'none');
const codeUsed = () => new AppError(400, 'SECOND_FACTOR_CODE_USED', {}, [{ path: 'code', message: 'SECOND_FACTOR_CODE_USED' }], 'none');
const wrongPassword = () => new AppError(400, 'WRONG_PASSWORD', {}, [{ path: 'password', message: 'WRONG_PASSWORD' }]);

/**
 * The second factor (ADR 0009): TOTP codes (RFC 6238, SHA-1, 6 digits, 30 s, one step either side)
 * accepted once each, and ten one-time recovery codes kept hashed. A session whose password was
 * right waits for the code (or, for a role that requires one, for its enrolment) before it is
 * signed in; completing the step replaces it with a new session. Wrong codes count toward the
 * same per-account-and-address lock as wrong passwords.
 */
export function createSecondFactorService(deps: Deps) {
  const { db, clock, audit } = deps;
  const lockout = createLockout(deps);

  const factorOf = (userId: number) => db.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();

  /** Accepts a code's step once: the step must be later than the last one accepted (replay). */
  async function claimStep(trx: Executor, userId: number, step: number): Promise<boolean> {
    const result = await trx.updateTable('second_factors')
      .set({ last_step: step, updated_at: clock.now().toISOString() })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is not', null)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async function unusedRecoveryCodes(trx: Executor, userId: number): Promise<number> {
    const row = await trx.selectFrom('second_factor_recovery_codes').select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Checks a code and spends it (its step, or the recovery code); nothing is written when it is refused. */
  async function checkCode(trx: Executor, factor: SecondFactorRow, typed: string, allowRecovery: boolean): Promise<CodeCheck> {
    const code = normaliseSecondFactorCode(typed);
    if (isTotpCode(code)) {
      const step = matchTotp(factor.secret, code, clock.now());
      if (step === null) return { ok: false, reason: 'wrong_code' };
      return (await claimStep(trx, factor.user_id, step)) ? { ok: true, method: 'totp' } : { ok: false, reason: 'code_used' };
    }
    if (allowRecovery && isRecoveryCode(code)) {
      const spent = await trx.updateTable('second_factor_recovery_codes')
        .set({ used_at: clock.now().toISOString() })
        .where('user_id', '=', factor.user_id).where('code_hash', '=', recoveryCodeHash(code)).where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) return { ok: false, reason: 'wrong_recovery_code' };
      return { ok: true, method: 'recovery_code', remaining: await unusedRecoveryCodes(trx, factor.user_id) };
    }
    return { ok: false, reason: 'wrong_code' };
  }

  /** A refused code: counted toward the lock (and audited); a lock also ends a session waiting for the code. */
  async function refuse(ctx: RequestContext, actor: Actor, reason: string, endWaitingSession: boolean): Promise<AppError> {
    const { error, locked } = await lockout.recordFailure(ctx, actor.username, {
      reason,
      action: AuditActions.authSecondFactorVerify,
      entityId: actor.userId,
      refusal: reason === 'code_used' ? codeUsed() : wrongCode(),
    });
    if (locked && endWaitingSession) await endSession(db, actor.sessionId);
    return error;
  }

  /** Refuses a locked account or throttled address before any code is checked. */
  async function assertMayTryCode(ctx: RequestContext, actor: Actor, endWaitingSession: boolean): Promise<void> {
    await lockout.assertNotThrottled(ctx.ip);
    const until = await lockout.lockedUntil(actor.username, ctx.ip);
    if (!until) return;
    await db.transaction().execute(async (trx) => {
      if (endWaitingSession) await endSession(trx, actor.sessionId);
      await audit.append(trx, ctx, {
        action: AuditActions.authSecondFactorVerify, entityType: AuditEntityTypes.user, entityId: actor.userId,
        after: { reason: 'locked' }, result: 'denied',
      });
    });
    ctx.audited = true;
    throw lockout.lockedError(until);
  }

  /**
   * The end of the second step: the address's failures cleared, the waiting session replaced by a
   * signed-in one — or by one waiting for a new password when the administrator set the current one.
   */
  async function completeSignIn(trx: Executor, ctx: RequestContext, actor: Actor): Promise<string> {
    await lockout.clearFailures(trx, actor.username, ctx.ip);
    await trx.updateTable('users').set({ last_login_at: clock.now().toISOString() }).where('id', '=', actor.userId).execute();
    await endSession(trx, actor.sessionId);
    return createSession(trx, clock, actor.userId, { ip: ctx.ip, userAgent: ctx.userAgent }, await passwordStepOf(trx, actor.userId));
  }

  async function replaceRecoveryCodes(trx: Executor, userId: number): Promise<string[]> {
    const codes = newRecoveryCodes();
    const now = clock.now().toISOString();
    await trx.deleteFrom('second_factor_recovery_codes').where('user_id', '=', userId).execute();
    await trx.insertInto('second_factor_recovery_codes')
      .values(codes.map((code) => ({ user_id: userId, code_hash: recoveryCodeHash(normaliseSecondFactorCode(code)), created_at: now, used_at: null })))
      .execute();
    return codes;
  }

  /** Proof that the owner is at the keyboard: a current code (spent, counted when wrong) or the password. */
  async function assertPresent(ctx: RequestContext, actor: Actor, proof: SecondFactorProof, factor: SecondFactorRow | undefined): Promise<void> {
    if ((proof.code === undefined) === (proof.password === undefined)) {
      throw new AppError(400, 'SECOND_FACTOR_PROOF_REQUIRED', {}, [{ path: 'code', message: 'SECOND_FACTOR_PROOF_REQUIRED' }]);
    }
    if (proof.password !== undefined) {
      const user = await db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, proof.password))) throw wrongPassword();
      return;
    }
    if (!factor?.confirmed_at) throw new AppError(400, 'SECOND_FACTOR_WRONG_CODE', {}, [{ path: 'code', message: 'SECOND_FACTOR_WRONG_CODE' }]);
    await assertMayTryCode(ctx, actor, false);
    const check = await checkCode(db, factor, proof.code!, false);
    if (!check.ok) throw await refuse(ctx, actor, check.reason, false);
  }

  return {
    /** The second step of a sign-in: a TOTP code or a recovery code. Returns the new session's token. */
    async verify(ctx: RequestContext, pending: PendingSignIn | null, typed: string): Promise<{ token: string }> {
      if (pending?.step !== 'second-factor') throw new AppError(409, 'SECOND_FACTOR_NOT_PENDING');
      const { actor } = pending;
      await assertMayTryCode(ctx, actor, true);
      const factor = await factorOf(actor.userId);
      if (!factor?.confirmed_at) throw new AppError(409, 'SECOND_FACTOR_NOT_ENROLLED');
      const outcome = await db.transaction().execute(async (trx) => {
        const check = await checkCode(trx, factor, typed, true);
        if (!check.ok) return { check, token: null };
        const token = await completeSignIn(trx, ctx, actor);
        await audit.append(trx, ctx, {
          action: AuditActions.authSecondFactorVerify, entityType: AuditEntityTypes.user, entityId: actor.userId, after: { method: check.method },
        });
        if (check.method === 'recovery_code') {
          await audit.append(trx, ctx, {
            action: AuditActions.authSecondFactorRecoveryUse, entityType: AuditEntityTypes.user, entityId: actor.userId, after: { remaining: check.remaining },
          });
        }
        return { check, token };
      });
      if (!outcome.check.ok) throw await refuse(ctx, actor, outcome.check.reason, true);
      ctx.audited = true;
      return { token: outcome.token! };
    },

    /**
     * Starts an enrolment: a new secret, shown once. A session waiting to enrol needs nothing more;
     * a signed-in user confirms the password. An enrolled user turns the factor off first.
     */
    async startEnrolment(ctx: RequestContext, pending: PendingSignIn | null, password: string | undefined): Promise<SecondFactorEnrolment> {
      const actor = requireActor(ctx);
      if (pending && pending.step !== 'enrol-second-factor') throw new AppError(409, 'SECOND_FACTOR_ENROLLED');
      if (!pending) {
        const user = await db.selectFrom('users').select('password_hash').where('id', '=', actor.userId).executeTakeFirstOrThrow();
        if (password === undefined || !(await verifyPassword(user.password_hash, password))) throw wrongPassword();
      }
      const existing = await factorOf(actor.userId);
      if (existing?.confirmed_at) throw new AppError(409, 'SECOND_FACTOR_ENROLLED');
      const secret = newTotpSecret();
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('second_factors').where('user_id', '=', actor.userId).where('confirmed_at', 'is', null).execute();
        await trx.insertInto('second_factors')
          .values({ user_id: actor.userId, secret, confirmed_at: null, last_step: null, created_at: now, updated_at: now })
          .execute();
        await audit.append(trx, ctx, { action: AuditActions.authSecondFactorEnrolStart, entityType: AuditEntityTypes.user, entityId: actor.userId });
      });
      ctx.audited = true;
      return { secret, uri: totpUri(secret, actor.username), issuer: TOTP_ISSUER, account: actor.username };
    },

    /**
     * Confirms an enrolment with a first code; answers the recovery codes (once). A session that
     * waited for the enrolment is signed in: its token is returned.
     */
    async confirmEnrolment(ctx: RequestContext, pending: PendingSignIn | null, typed: string): Promise<{ recoveryCodes: string[]; token: string | null }> {
      const actor = requireActor(ctx);
      if (pending && pending.step !== 'enrol-second-factor') throw new AppError(409, 'SECOND_FACTOR_ENROLLED');
      const started = await factorOf(actor.userId);
      if (started?.confirmed_at) throw new AppError(409, 'SECOND_FACTOR_ENROLLED');
      if (!started) throw new AppError(409, 'SECOND_FACTOR_NO_ENROLMENT');
      const code = normaliseSecondFactorCode(typed);
      const step = isTotpCode(code) ? matchTotp(started.secret, code, clock.now()) : null;
      if (step === null) throw wrongCode();
      const now = clock.now().toISOString();
      const result = await db.transaction().execute(async (trx) => {
        const confirmed = await trx.updateTable('second_factors')
          .set({ confirmed_at: now, last_step: step, updated_at: now })
          .where('user_id', '=', actor.userId).where('secret', '=', started.secret).where('confirmed_at', 'is', null)
          .executeTakeFirst();
        // Another request restarted or confirmed the enrolment meanwhile.
        if (Number(confirmed.numUpdatedRows) !== 1) throw new AppError(409, 'SECOND_FACTOR_NO_ENROLMENT');
        const recoveryCodes = await replaceRecoveryCodes(trx, actor.userId);
        const token = pending ? await completeSignIn(trx, ctx, actor) : null;
        await audit.append(trx, ctx, {
          action: AuditActions.authSecondFactorEnrol, entityType: AuditEntityTypes.user, entityId: actor.userId,
          after: { recoveryCodes: recoveryCodes.length, ...(pending ? { signIn: true } : {}) },
        });
        return { recoveryCodes, token };
      });
      ctx.audited = true;
      return result;
    },

    async status(ctx: RequestContext): Promise<SecondFactorStatus> {
      const actor = requireActor(ctx);
      const factor = await factorOf(actor.userId);
      const enrolled = Boolean(factor?.confirmed_at);
      return {
        enrolled,
        required: requiresSecondFactor(actor.role),
        enrolledAt: factor?.confirmed_at ?? null,
        recoveryCodesLeft: enrolled ? await unusedRecoveryCodes(db, actor.userId) : 0,
      };
    },

    /** Turns the user's own second factor off; not for a role that requires one. */
    async disable(ctx: RequestContext, proof: SecondFactorProof): Promise<void> {
      const actor = requireActor(ctx);
      const factor = await factorOf(actor.userId);
      await assertPresent(ctx, actor, proof, factor);
      if (requiresSecondFactor(actor.role)) throw new AppError(409, 'SECOND_FACTOR_MANDATORY');
      if (!factor?.confirmed_at) throw new AppError(409, 'SECOND_FACTOR_NOT_ENROLLED');
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('second_factor_recovery_codes').where('user_id', '=', actor.userId).execute();
        await trx.deleteFrom('second_factors').where('user_id', '=', actor.userId).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.authSecondFactorDisable, entityType: AuditEntityTypes.user, entityId: actor.userId,
          before: { enrolledAt: factor.confirmed_at }, after: { proof: proof.code !== undefined ? 'code' : 'password' },
        });
      });
    },

    /** Ten new recovery codes; the old ones stop working. */
    async regenerateRecoveryCodes(ctx: RequestContext, proof: SecondFactorProof): Promise<string[]> {
      const actor = requireActor(ctx);
      const factor = await factorOf(actor.userId);
      await assertPresent(ctx, actor, proof, factor);
      if (!factor?.confirmed_at) throw new AppError(409, 'SECOND_FACTOR_NOT_ENROLLED');
      return db.transaction().execute(async (trx) => {
        const left = await unusedRecoveryCodes(trx, actor.userId);
        const codes = await replaceRecoveryCodes(trx, actor.userId);
        await audit.append(trx, ctx, {
          action: AuditActions.authSecondFactorRecoveryCodes, entityType: AuditEntityTypes.user, entityId: actor.userId,
          before: { unused: left }, after: { recoveryCodes: codes.length },
        });
        return codes;
      });
    },

    /**
     * An administrator removes another user's second factor (a lost device): the user's sessions
     * end, and a role that requires one enrols again at the next sign-in.
     */
    async reset(ctx: RequestContext, userId: number): Promise<void> {
      const actor = requireActor(ctx);
      const target = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.id', 'o.path']).where('u.id', '=', userId).executeTakeFirst();
      if (!target) throw notFound();
      assertInScope(actor, target.path);
      if (target.id === actor.userId) throw new AppError(409, 'SECOND_FACTOR_RESET_SELF');
      const factor = await factorOf(target.id);
      if (!factor) throw new AppError(409, 'SECOND_FACTOR_NOT_ENROLLED');
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('second_factor_recovery_codes').where('user_id', '=', target.id).execute();
        await trx.deleteFrom('second_factors').where('user_id', '=', target.id).execute();
        await endAllSessionsOf(trx, target.id);
        await audit.append(trx, ctx, {
          action: AuditActions.authSecondFactorReset, entityType: AuditEntityTypes.user, entityId: target.id,
          before: { enrolledAt: factor.confirmed_at },
        });
      });
    },
  };
}
export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
