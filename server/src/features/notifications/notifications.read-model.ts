import type { MessageList } from '@hongtu/contracts/notifications';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/permissions/actor';
import { unreadOf } from './notifications.service';

const LISTED = 100;

/** The signed-in user's own messages, newest first, and how many are unread. Nobody reads another's. */
export async function messagesOf(db: Db, actor: Actor, query: { unread?: boolean }): Promise<MessageList> {
  const rows = await db.selectFrom('notifications as n')
    .innerJoin('organisations as o', 'o.id', 'n.about_organisation_id')
    .leftJoin('users as u', 'u.id', 'n.sender_id')
    .select(['n.id', 'n.kind', 'n.period_key', 'n.about_organisation_id', 'o.name', 'n.reason', 'u.display_name', 'n.created_at', 'n.read_at'])
    .where('n.recipient_id', '=', actor.userId)
    .$if(query.unread === true, (q) => q.where('n.read_at', 'is', null))
    .orderBy('n.id', 'desc')
    .limit(LISTED)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id, kind: r.kind, periodKey: r.period_key, organisationId: r.about_organisation_id, organisationName: r.name,
      reason: r.reason, senderName: r.display_name ?? null, createdAt: r.created_at, read: r.read_at !== null,
    })),
    unread: await unreadOf(db, actor.userId),
  };
}
