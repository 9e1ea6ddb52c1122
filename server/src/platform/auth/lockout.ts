import { AuditActions, AuditEntityTypes, type AuditAction } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Deps } from '../deps';
import { progressiveMinutes } from '../http/edge-limits';
import { addMinutes } from '../clock';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../permissions/actor';

const later = (a: string | null | undefined, b: string | null | undefined): string | null => (a && b ? (a > b ? a : b) : a ?? b ?? null);

/** What one refused credential (a password, a second-factor code) is recorded as. */
export interface Failure {
  reason: string;
  /** The audit row's action and entity; a refused password is `auth.login` on the name typed. */
  action?: AuditAction;
  entityId?: string | number;
  /** Answered when the failure does not lock the account. */
  refusal?: AppError;
}

/**
 * The sign-in lock an attacker cannot turn against the rightful user (ADR 0008): failures are
 * counted per account and address, and a lock refuses only the addresses that failed; failures
 * per address across accounts throttle that address (password spraying). Locks and throttles
 * double each time they recur. login_attempts keeps the account's summary, which the
 * administrator sees and lifts (unlock deletes it, and with it every address's lock).
 * Wrong passwords and wrong second-factor codes are counted alike.
 */
export function createLockout({ db, clock, audit, edge }: Deps) {
  const limits = edge.limits;

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

  return {
    lockedError,

    /** Answers a locked account identically whether or not the name exists. */
    async lockedUntil(username: string, ip: string): Promise<Date | null> {
      const now = clock.now().toISOString();
      const account = await db.selectFrom('login_attempts').select('locked_until').where('username', '=', username).executeTakeFirst();
      if (!account?.locked_until || account.locked_until <= now) return null;
      const here = await db.selectFrom('login_failures').select('locked_until')
        .where('username', '=', username).where('ip', '=', ip).executeTakeFirst();
      return here?.locked_until && here.locked_until > now ? new Date(here.locked_until) : null;
    },

    async assertNotThrottled(ip: string): Promise<void> {
      const row = await db.selectFrom('login_throttle').select('blocked_until').where('ip', '=', ip).executeTakeFirst();
      if (row?.blocked_until && row.blocked_until > clock.now().toISOString()) {
        // Refused before any credential is checked; the audit hook records it (aggregated per address).
        throw new AppError(429, 'RATE_LIMITED', {}, undefined, 'denied');
      }
    },

    /** Counts and audits one failure; returns the error to answer (the lock when this failure reached it). */
    async recordFailure(ctx: RequestContext, username: string, failure: Failure): Promise<{ error: AppError; locked: boolean }> {
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
          action: failure.action ?? AuditActions.authLogin,
          entityType: AuditEntityTypes.user,
          entityId: failure.entityId ?? username,
          after: { reason: failure.reason, failures, locked: lockedAt !== null },
          result: 'denied',
        });
      });
      ctx.audited = true;
      const refusal = failure.refusal ?? new AppError(401, 'INVALID_CREDENTIALS', {}, undefined, 'none');
      return lockedAt ? { error: lockedError(lockedAt), locked: true } : { error: refusal, locked: false };
    },

    /** A completed sign-in from an address clears that address's count; other addresses' locks stay. */
    async clearFailures(trx: Executor, username: string, ip: string): Promise<void> {
      await trx.deleteFrom('login_failures').where('username', '=', username).where('ip', '=', ip).execute();
      const now = clock.now().toISOString();
      const remaining = await trx.selectFrom('login_failures').select((eb) => eb.fn.max('locked_until').as('until'))
        .where('username', '=', username).where('locked_until', '>', now).executeTakeFirst();
      if (remaining?.until) await trx.updateTable('login_attempts').set({ locked_until: remaining.until, updated_at: now }).where('username', '=', username).execute();
      else await trx.deleteFrom('login_attempts').where('username', '=', username).execute();
    },
  };
}
export type Lockout = ReturnType<typeof createLockout>;
