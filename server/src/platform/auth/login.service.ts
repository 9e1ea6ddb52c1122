import { AuditActions, AuditEntityTypes, type ChangePasswordRequest, type LoginRequest, type Locale, type Me, type SignInStep } from '@hongtu/contracts';
import { requiresSecondFactor } from '@hongtu/domain';
import type { Deps } from '../deps';
import { DEFAULT_EDGE_LIMITS } from '../http/edge-limits';
import { AppError } from '../errors/app-error';
import { requireActor, type RequestContext } from '../permissions/actor';
import { createLockout } from './lockout';
import { burnVerifyTime, hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import { createSession, endAllSessionsOf, endSession } from './sessions';

/** The defaults (platform/http/edge-limits.ts); the app may be built with others. */
export const MAX_LOGIN_FAILURES = DEFAULT_EDGE_LIMITS.failuresPerAccountAddress;
export const LOCK_MINUTES = DEFAULT_EDGE_LIMITS.lockMinutes;

function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * Sign-in with a lock an attacker cannot turn against the rightful user (lockout.ts, ADR 0008).
 * A right password signs the user in, or — when the user has a second factor or the role
 * requires one — opens a session that waits for it (second-factor.service.ts); the failures of
 * the address are cleared only once the sign-in is complete, so a code cannot be guessed by
 * typing the password again between tries.
 */
export function createLoginService(deps: Deps) {
  const { db, clock, audit } = deps;
  const lockout = createLockout(deps);

  return {
    async login(ctx: RequestContext, request: LoginRequest): Promise<{ token: string; userId: number; pendingStep: SignInStep | null }> {
      const username = normaliseUsername(request.username);
      await lockout.assertNotThrottled(ctx.ip);
      const until = await lockout.lockedUntil(username, ctx.ip);
      if (until) {
        await audit.appendAlone(ctx, { action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: username, after: { reason: 'locked' }, result: 'denied' });
        throw lockout.lockedError(until);
      }
      const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      if (!user) {
        await burnVerifyTime(request.password);
        throw (await lockout.recordFailure(ctx, username, { reason: 'bad_credentials' })).error;
      }
      if (!(await verifyPassword(user.password_hash, request.password))) {
        throw (await lockout.recordFailure(ctx, username, { reason: 'bad_credentials' })).error;
      }
      if (user.status !== 'active') {
        await audit.appendAlone(ctx, { action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: user.id, after: { reason: 'disabled' }, result: 'denied' });
        throw new AppError(403, 'ACCOUNT_DISABLED', {}, undefined, 'none');
      }
      const factor = await db.selectFrom('second_factors').select('confirmed_at').where('user_id', '=', user.id).executeTakeFirst();
      // The second factor comes first; a password the administrator set is replaced after it (password-step.service.ts).
      const pendingStep: SignInStep | null = factor?.confirmed_at ? 'second-factor' : requiresSecondFactor(user.role) ? 'enrol-second-factor'
        : user.must_change_password === 1 ? 'change-password' : null;
      const now = clock.now().toISOString();
      const token = await db.transaction().execute(async (trx) => {
        if (!pendingStep) {
          await lockout.clearFailures(trx, username, ctx.ip);
          await trx.updateTable('users').set({ last_login_at: now }).where('id', '=', user.id).execute();
        }
        const newToken = await createSession(trx, clock, user.id, { ip: ctx.ip, userAgent: ctx.userAgent }, pendingStep);
        const withActor: RequestContext = {
          ...ctx,
          actor: {
            userId: user.id, username: user.username, displayName: user.display_name, role: user.role,
            organisationId: user.organisation_id, organisationName: '', organisationPath: '', locale: user.locale, sessionId: '',
          },
        };
        await audit.append(trx, withActor, {
          action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: user.id,
          ...(pendingStep ? { after: { pendingStep } } : {}),
        });
        return newToken;
      });
      ctx.audited = true;
      return { token, userId: user.id, pendingStep };
    },

    async logout(ctx: RequestContext): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        await endSession(trx, actor.sessionId);
        await audit.append(trx, ctx, { action: AuditActions.authLogout, entityType: AuditEntityTypes.user, entityId: actor.userId });
      });
    },

    async changePassword(ctx: RequestContext, request: ChangePasswordRequest): Promise<void> {
      const actor = requireActor(ctx);
      const user = await db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, request.currentPassword))) {
        throw new AppError(400, 'WRONG_PASSWORD', {}, [{ path: 'currentPassword', message: 'WRONG_PASSWORD' }]);
      }
      assertAcceptablePassword(request.newPassword, user.username, 'newPassword');
      const passwordHash = await hashPassword(request.newPassword);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users')
          .set({ password_hash: passwordHash, password_changed_at: now, must_change_password: 0, updated_at: now, version: user.version + 1 })
          .where('id', '=', user.id).execute();
        await endAllSessionsOf(trx, user.id);
        await audit.append(trx, ctx, { action: AuditActions.authPasswordChange, entityType: AuditEntityTypes.user, entityId: user.id });
      });
    },

    async setLocale(ctx: RequestContext, locale: Locale): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ locale }).where('id', '=', actor.userId).execute();
        await audit.append(trx, ctx, { action: AuditActions.authLocale, entityType: AuditEntityTypes.user, entityId: actor.userId, before: { locale: actor.locale }, after: { locale } });
      });
    },

    /** The user; `pendingStep` says what a session waiting for its second factor still needs. */
    async me(ctx: RequestContext, pendingStep: SignInStep | null = null): Promise<Me> {
      const actor = requireActor(ctx);
      return {
        id: actor.userId, username: actor.username, displayName: actor.displayName, role: actor.role,
        organisationId: actor.organisationId, organisationName: actor.organisationName, locale: actor.locale,
        pendingStep,
      };
    },
  };
}
export type LoginService = ReturnType<typeof createLoginService>;
