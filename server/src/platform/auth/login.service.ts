import { AuditActions, AuditEntityTypes, type ChangePasswordRequest, type LoginRequest, type Locale, type Me } from '@hongtu/contracts';
import type { Deps } from '../deps';
import { addMinutes } from '../clock';
import { AppError } from '../errors/app-error';
import { requireActor, type RequestContext } from '../permissions/actor';
import { burnVerifyTime, hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import { createSession, endAllSessionsOf, endSession } from './sessions';

export const MAX_LOGIN_FAILURES = 5;
export const LOCK_MINUTES = 30;

function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function createLoginService({ db, clock, audit }: Deps) {
  /** Answers a locked account identically whether or not the name exists. */
  async function lockedUntil(username: string): Promise<Date | null> {
    const row = await db.selectFrom('login_attempts').selectAll().where('username', '=', username).executeTakeFirst();
    if (!row?.locked_until) return null;
    const until = new Date(row.locked_until);
    return until > clock.now() ? until : null;
  }

  function lockedError(until: Date): AppError {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clock.now().getTime()) / 60_000));
    return new AppError(423, 'ACCOUNT_LOCKED', { minutes }, undefined, 'none');
  }

  async function recordFailure(ctx: RequestContext, username: string, reason: string): Promise<AppError> {
    const now = clock.now();
    let lockedAt: Date | null = null;
    await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('login_attempts').selectAll().where('username', '=', username).executeTakeFirst();
      // A lock that has run out starts a fresh count.
      const expired = row?.locked_until ? new Date(row.locked_until) <= now : false;
      const failures = (expired ? 0 : (row?.failures ?? 0)) + 1;
      lockedAt = failures >= MAX_LOGIN_FAILURES ? addMinutes(now, LOCK_MINUTES) : null;
      const values = { failures, locked_until: lockedAt?.toISOString() ?? null, updated_at: now.toISOString() };
      if (row) await trx.updateTable('login_attempts').set(values).where('username', '=', username).execute();
      else await trx.insertInto('login_attempts').values({ username, ...values }).execute();
      await audit.append(trx, ctx, {
        action: AuditActions.authLogin,
        entityType: AuditEntityTypes.user,
        entityId: username,
        after: { reason, failures, locked: lockedAt !== null },
        result: 'denied',
      });
    });
    ctx.audited = true;
    return lockedAt ? lockedError(lockedAt) : new AppError(401, 'INVALID_CREDENTIALS', {}, undefined, 'none');
  }

  return {
    async login(ctx: RequestContext, request: LoginRequest): Promise<{ token: string; userId: number }> {
      const username = normaliseUsername(request.username);
      const until = await lockedUntil(username);
      if (until) {
        await audit.appendAlone(ctx, { action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: username, after: { reason: 'locked' }, result: 'denied' });
        throw lockedError(until);
      }
      const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      if (!user) {
        await burnVerifyTime(request.password);
        throw await recordFailure(ctx, username, 'bad_credentials');
      }
      if (!(await verifyPassword(user.password_hash, request.password))) {
        throw await recordFailure(ctx, username, 'bad_credentials');
      }
      if (user.status !== 'active') {
        await audit.appendAlone(ctx, { action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: user.id, after: { reason: 'disabled' }, result: 'denied' });
        throw new AppError(403, 'ACCOUNT_DISABLED', {}, undefined, 'none');
      }
      const now = clock.now().toISOString();
      const token = await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('login_attempts').where('username', '=', username).execute();
        await trx.updateTable('users').set({ last_login_at: now }).where('id', '=', user.id).execute();
        const newToken = await createSession(trx, clock, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
        const withActor: RequestContext = {
          ...ctx,
          actor: {
            userId: user.id, username: user.username, displayName: user.display_name, role: user.role,
            organisationId: user.organisation_id, organisationName: '', organisationPath: '', locale: user.locale, sessionId: '',
          },
        };
        await audit.append(trx, withActor, { action: AuditActions.authLogin, entityType: AuditEntityTypes.user, entityId: user.id });
        return newToken;
      });
      ctx.audited = true;
      return { token, userId: user.id };
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
      assertAcceptablePassword(request.newPassword, user.username);
      const passwordHash = await hashPassword(request.newPassword);
      const now = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('users')
          .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now, version: user.version + 1 })
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

    async me(ctx: RequestContext): Promise<Me> {
      const actor = requireActor(ctx);
      return {
        id: actor.userId, username: actor.username, displayName: actor.displayName, role: actor.role,
        organisationId: actor.organisationId, organisationName: actor.organisationName, locale: actor.locale,
      };
    },
  };
}
export type LoginService = ReturnType<typeof createLoginService>;
