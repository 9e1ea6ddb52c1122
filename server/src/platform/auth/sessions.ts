import { createHash, randomBytes } from 'node:crypto';
import type { SignInStep } from '@hongtu/contracts';
import type { RawBuilder } from 'kysely';
import type { Db, Executor } from '../../db/database';
import type { Clock } from '../clock';
import type { Actor } from '../permissions/actor';

export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** A session waiting for its second factor (or its enrolment) ends this long after the password. */
export const PENDING_SIGN_IN_MINUTES = 10;
/** last_seen_at is refreshed at most this often, to spare a write per request. */
const TOUCH_EVERY_MS = 60_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  trx: Executor,
  clock: Clock,
  userId: number,
  meta: { ip: string; userAgent: string | null },
  pending: SignInStep | null = null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = clock.now().toISOString();
  await trx
    .insertInto('sessions')
    .values({ id: sessionIdOf(token), user_id: userId, created_at: now, last_seen_at: now, ip: meta.ip, user_agent: meta.userAgent, pending })
    .execute();
  return token;
}

export type SessionLookup =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'active'; actor: Actor; alongside: Record<string, unknown> }
  /** The password was right; the session serves only the second-factor routes until the step is done. */
  | { kind: 'pending'; actor: Actor; step: SignInStep };

/**
 * Values a route reads at every call besides the session, read in the session's own statement so
 * that the request pays one round trip for both (a read model's generation, one row): name → SQL.
 */
export type ReadWithSession = Readonly<Record<string, RawBuilder<unknown>>>;

/**
 * Resolves a cookie token to the signed-in actor. Expired sessions (30 min
 * idle, 12 h absolute, 10 min for one waiting for its second factor) and
 * sessions of disabled users are deleted. What the route reads with the session comes back with an
 * active session as `alongside`, by name (a session waiting for its second factor serves no such route).
 */
export async function resolveSession(db: Db, clock: Clock, token: string | undefined, withSession: ReadWithSession = {}): Promise<SessionLookup> {
  if (!token || token.length > 128) return { kind: 'none' };
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.id', 's.created_at', 's.last_seen_at', 's.pending', 'u.id as user_id', 'u.username', 'u.display_name',
      'u.role', 'u.status', 'u.locale', 'u.organisation_id', 'o.name as organisation_name', 'o.path as organisation_path',
      'o.kind as organisation_kind',
    ])
    .select(Object.entries(withSession).map(([name, read]) => read.as(name)))
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return { kind: 'none' };
  const now = clock.now().getTime();
  const idle = now - Date.parse(row.last_seen_at) > SESSION_IDLE_MINUTES * 60_000;
  const tooOld = now - Date.parse(row.created_at) > (row.pending ? PENDING_SIGN_IN_MINUTES * 60_000 : SESSION_ABSOLUTE_HOURS * 3_600_000);
  if (idle || tooOld || row.status !== 'active') {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return { kind: 'expired' };
  }
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now).toISOString() }).where('id', '=', id).execute();
  }
  const actor: Actor = {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationPath: row.organisation_path,
    organisationKind: row.organisation_kind,
    locale: row.locale,
    sessionId: row.id,
  };
  if (row.pending) return { kind: 'pending', actor, step: row.pending };
  const record = row as Record<string, unknown>;
  return { kind: 'active', actor, alongside: Object.fromEntries(Object.keys(withSession).map((name) => [name, record[name]])) };
}

export async function endSession(trx: Executor, sessionId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Password change, reset and disable end every session of the user. */
export async function endAllSessionsOf(trx: Executor, userId: number): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
