import { AuditActions, AuditEntityTypes, type ChangePasswordRequest, type LoginRequest, type Locale, type Me } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Deps } from '../deps';
import { DEFAULT_EDGE_LIMITS, progressiveMinutes } from '../http/edge-limits';
import { addMinutes } from '../clock';
import { AppError } from '../errors/app-error';
import { requireActor, type RequestContext } from '../permissions/actor';
import { burnVerifyTime, hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import { createSession, endAllSessionsOf, endSession } from './sessions';

/** The defaults (platform/http/edge-limits.ts); the app may be built with others. */
export const MAX_LOGIN_FAILURES = DEFAULT_EDGE_LIMITS.failuresPerAccountAddress;
export const LOCK_MINUTES = DEFAULT_EDGE_LIMITS.lockMinutes;

function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

const later = (a: string | null | undefined, b: string | null | undefined): string | null => (a && b ? (a > b ? a : b) : a ?? b ?? null);

/**
 * Sign-in with a lock an attacker cannot turn against the rightful user (ADR 0008): failures are
 * counted per account and address, and a lock refuses only the addresses that failed; failures
 * per address across accounts throttle that address (password spraying). Locks and throttles
 * double each time they recur. login_attempts keeps the account's summary, which the
 * administrator sees and lifts (unlock deletes it, and with it every address's lock).
 */
export function createLoginService({ db, clock, audit, edge }: Deps) {
  const limits = edge.limits;

  /** Answers a locked account identically whether or not the name exists. */
  async function lockedUntil(username: string, ip: string): Promise<Date | null> {
    const now = clock.now().toISOString();
    const account = await db.selectFrom('login_attempts').select('locked_until').where('username', '=', username).executeTakeFirst();
    if (!account?.locked_until || account.locked_until <= now) return null;
    const here = await db.selectFrom('login_failures').select('locked_until')
      .where('username', '=', username).where('ip', '=', ip).executeTakeFirst();
    return here?.locked_until && here.locked_until > now ? new Date(here.locked_until) : null;
  }

  async function throttled(ip: string): Promise<void> {
    const row = await db.selectFrom('login_throttle').select('blocked_until').where('ip', '=', ip).executeTakeFirst();
    if (row?.blocked_until && row.blocked_until > clock.now().toISOString()) {
      // Refused before any password is checked; the audit hook records it (aggregated per address).
      throw new AppError(429, 'RATE_LIMITED', {}, undefined, 'denied');
    }
  }

  function lockedError(until: Date): AppError {
    const minutes = Math.max(1, Math.ceil((until.getTime() - clock.now().getTime()) / 60_000));
    return new AppError(423, 'ACCOUNT_LOCKED', { minutes }, undefined, 'none');
  }

  /** One more failure of the address across accounts; reaching the limit throttles it. */
  async function countAddressFailure(trx: Executor, ip: string, now: Date): Promise<void> {
    const iso = now.toISOString();
    const row = await trx.selectFrom('login_throttle').selectAll().where('ip', '=', ip).executeTakeFirst();
    const windowEnded = !row || addMinutes(new Date(row.window_start), limits.addressWindowMinutes) <= now;
    const failures = (windowEnded ? 0 : row.failures) + 1;
    // A day without a throttle forgets the earlier ones.
    const forgiven = row?.blocked_until ? addMinutes(new Date(row.blocked_until), 24 * 60) <= now : false;
    const strikes = forgiven ? 0 : (row?.strikes ?? 0);
    const values = failures >= limits.failuresPerAddress
      ? { failures: 0, window_start: iso, strikes: strikes + 1, blocked_until: addMinutes(now, progressiveMinutes(limits.addressBlockMinutes, strikes)).toISOString() }
      : { failures, window_start: windowEnded ? iso : row.window_start, strikes, blocked_until: row?.blocked_until ?? null };
    if (row) await trx.updateTable('login_throttle').set(values).where('ip', '=', ip).execute();
    else await trx.insertInto('login_throttle').values({ ip, ...values }).execute();
  }

  async function recordFailure(ctx: RequestContext, username: string, reason: string): Promise<AppError> {
    const now = clock.now();
    const iso = now.toISOString();
    let lockedAt: Date | null = null;
    await db.transaction().execute(async (trx) => {
      const account = await trx.selectFrom('login_attempts').selectAll().where('username', '=', username).executeTakeFirst();
      // No summary: never failed, signed in since, or unlocked by an administrator — start afresh.
      if (!account) await trx.deleteFrom('login_failures').where('username', '=', username).execute();
      const here = await trx.selectFrom('login_failures').selectAll().where('username', '=', username).where('ip', '=', ctx.ip).executeTakeFirst();
      // A lock that has run out starts a fresh count.
      const expired = here?.locked_until ? here.locked_until <= iso : false;
      const failures = (expired || !account ? 0 : (here?.failures ?? 0)) + 1;
      const locks = account ? (here?.locks ?? 0) : 0;
      lockedAt = failures >= limits.failuresPerAccountAddress ? addMinutes(now, progressiveMinutes(limits.lockMinutes, locks)) : null;
      const lockIso = lockedAt?.toISOString() ?? null;
      const values = { failures, locks: lockedAt ? locks + 1 : locks, locked_until: lockIso, updated_at: iso };
      if (here && account) await trx.updateTable('login_failures').set(values).where('username', '=', username).where('ip', '=', ctx.ip).execute();
      else await trx.insertInto('login_failures').values({ username, ip: ctx.ip, ...values }).execute();

      const summary = {
        failures: (account?.failures ?? 0) + 1,
        locked_until: later(account?.locked_until && account.locked_until > iso ? account.locked_until : null, lockIso),
        updated_at: iso,
      };
      if (account) await trx.updateTable('login_attempts').set(summary).where('username', '=', username).execute();
      else await trx.insertInto('login_attempts').values({ username, ...summary }).execute();
      await countAddressFailure(trx, ctx.ip, now);
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

  /** A sign-in from an address clears that address's count; other addresses' locks stay. */
  async function clearFailures(trx: Executor, username: string, ip: string): Promise<void> {
    await trx.deleteFrom('login_failures').where('username', '=', username).where('ip', '=', ip).execute();
    const now = clock.now().toISOString();
    const remaining = await trx.selectFrom('login_failures').select((eb) => eb.fn.max('locked_until').as('until'))
      .where('username', '=', username).where('locked_until', '>', now).executeTakeFirst();
    if (remaining?.until) await trx.updateTable('login_attempts').set({ locked_until: remaining.until, updated_at: now }).where('username', '=', username).execute();
    else await trx.deleteFrom('login_attempts').where('username', '=', username).execute();
  }

  return {
    async login(ctx: RequestContext, request: LoginRequest): Promise<{ token: string; userId: number }> {
      const username = normaliseUsername(request.username);
      await throttled(ctx.ip);
      const until = await lockedUntil(username, ctx.ip);
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
        await clearFailures(trx, username, ctx.ip);
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
        pendingStep: null,
      };
    },
  };
}
export type LoginService = ReturnType<typeof createLoginService>;
