// The context a job runs in: the request that queued it (kept with the job as context_json) and its
// user as they are now — read again at every run, so a user disabled since the job was queued has none.
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { Actor, RequestContext } from '../permissions/actor';
import type { JobRow } from './jobs.table';

/** The request a job was queued by, kept with it (context_json). */
export interface StoredContext {
  ip: string;
  requestId: string;
  locale: Locale;
  userAgent: string | null;
}

/**
 * The context a job runs in: the request that queued it, with its user as they are now (a user
 * disabled since has none: the job is refused).
 */
export async function contextOf(db: Executor, job: Pick<JobRow, 'id' | 'context_json' | 'created_by'>): Promise<RequestContext> {
  const stored = JSON.parse(job.context_json) as StoredContext;
  const actor = await activeActorOf(db, job.created_by, `job:${job.id}`);
  return { actor, ip: stored.ip, requestId: stored.requestId, locale: stored.locale, userAgent: stored.userAgent, audited: false };
}

/** A user as they are now, as the actor of work done on their behalf; null when they are disabled or gone. */
export async function activeActorOf(db: Executor, userId: number, sessionId: string): Promise<Actor | null> {
  const user = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.status', 'u.locale', 'u.organisation_id', 'o.name as organisation_name', 'o.path as organisation_path'])
    .where('u.id', '=', userId).executeTakeFirst();
  return user && user.status === 'active'
    ? {
      userId: user.id, username: user.username, displayName: user.display_name, role: user.role, organisationId: user.organisation_id,
      organisationName: user.organisation_name, organisationPath: user.organisation_path, locale: user.locale, sessionId,
    }
    : null;
}
