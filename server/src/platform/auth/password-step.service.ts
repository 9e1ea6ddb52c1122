import { AuditActions, AuditEntityTypes, type SignInStep } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Deps } from '../deps';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../permissions/actor';
import { createLockout } from './lockout';
import { hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import type { PendingSignIn } from './pending-sign-in';
import { createSession, endAllSessionsOf } from './sessions';

/**
 * Whether the user's sign-in still waits for a new password once the password (and the second
 * factor, when there is one) is right: the administrator set the current one (a new user, a reset).
 */
export async function passwordStepOf(db: Executor, userId: number): Promise<Extract<SignInStep, 'change-password'> | null> {
  const row = await db.selectFrom('users').select('must_change_password').where('id', '=', userId).executeTakeFirst();
  return row?.must_change_password === 1 ? 'change-password' : null;
}

/**
 * The password step of a sign-in (docs/DOMAIN.md "Roles and data scope"): a user whose password an
 * administrator set chooses a new one before anything else. The session waiting for it reaches
 * only this step, `me` and sign-out (platform/permissions/authorize.ts answers every other route
 * 401 PASSWORD_CHANGE_REQUIRED); choosing ends every session of the user and signs in with a new one.
 */
export function createPasswordStepService(deps: Deps) {
  const { db, clock, audit } = deps;
  const lockout = createLockout(deps);

  return {
    async choose(ctx: RequestContext, pending: PendingSignIn | null, newPassword: string): Promise<{ token: string }> {
      if (pending?.step !== 'change-password') throw new AppError(409, 'PASSWORD_CHANGE_NOT_PENDING');
      const { actor } = pending;
      const user = await db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
      assertAcceptablePassword(newPassword, user.username, 'newPassword');
      if (await verifyPassword(user.password_hash, newPassword)) {
        throw new AppError(400, 'PASSWORD_UNCHANGED', {}, [{ path: 'newPassword', message: 'PASSWORD_UNCHANGED' }]);
      }
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now().toISOString();
      const token = await db.transaction().execute(async (trx) => {
        const changed = await trx.updateTable('users')
          .set({ password_hash: passwordHash, password_changed_at: now, must_change_password: 0, last_login_at: now, updated_at: now, version: user.version + 1 })
          .where('id', '=', user.id).where('version', '=', user.version).where('must_change_password', '=', 1)
          .executeTakeFirst();
        // The administrator reset it again meanwhile, or another tab chose one: sign in afresh.
        if (Number(changed.numUpdatedRows) !== 1) throw new AppError(409, 'PASSWORD_CHANGE_NOT_PENDING');
        await lockout.clearFailures(trx, actor.username, ctx.ip);
        await endAllSessionsOf(trx, user.id);
        const signedIn = await createSession(trx, clock, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
        await audit.append(trx, ctx, { action: AuditActions.authPasswordChangeRequired, entityType: AuditEntityTypes.user, entityId: user.id });
        return signedIn;
      });
      ctx.audited = true;
      return { token };
    },
  };
}
export type PasswordStepService = ReturnType<typeof createPasswordStepService>;
