import type { Generated, Selectable } from 'kysely';
import type { MessageKind } from '@hongtu/domain';

/**
 * 待办与消息: the messages of one recipient (returned, reminded, approved), with read / unread. To-dos
 * are not stored: they are derived from the months each time (packages/domain notifications.ts).
 */
export interface NotificationsTable {
  id: Generated<number>;
  /** The user the message is for. */
  recipient_id: number;
  /** The recipient's organisation when it was sent (the city's scope over it). */
  organisation_id: number;
  kind: MessageKind;
  /** The month and the district the message is about. */
  period_key: string;
  about_organisation_id: number;
  /** The reviewer's reason (returned) or note (reminded); null when none. */
  reason: string | null;
  sender_id: number | null;
  created_at: string;
  read_at: string | null;
}
export type NotificationsRow = Selectable<NotificationsTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    notifications: NotificationsTable;
  }
}
