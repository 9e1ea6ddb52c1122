import { z } from 'zod';
import { BULK_SKIP_REASONS, DELIVERY_CHANNELS, MESSAGE_KINDS } from '@hongtu/domain';
import { instantSchema } from './common';
import { periodKeySchema } from './reporting';

/** One to-do, derived from the months as they are now (packages/domain notifications.ts). */
export const todoSchema = z.object({
  kind: z.enum(['fill', 'returned', 'review', 'remind']),
  periodKey: periodKeySchema,
  deadline: instantSchema,
  /** Beijing calendar days until the deadline (negative: overdue); null for the city's to-dos. */
  daysLeft: z.number().int().nullable(),
  urgency: z.enum(['overdue', 'today', 'soon', 'later']).nullable(),
  /** Returned figures, months awaiting review or late districts. */
  count: z.number().int(),
});
export type TodoItem = z.infer<typeof todoSchema>;
export const todoListSchema = z.object({ items: z.array(todoSchema) });
export type TodoList = z.infer<typeof todoListSchema>;

/** One message of the signed-in user (returned, reminded, approved). */
export const messageSchema = z.object({
  id: z.number().int(),
  kind: z.enum(MESSAGE_KINDS),
  periodKey: periodKeySchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  reason: z.string().nullable(),
  senderName: z.string().nullable(),
  createdAt: instantSchema,
  read: z.boolean(),
});
export type Message = z.infer<typeof messageSchema>;
export const messageListSchema = z.object({ items: z.array(messageSchema), unread: z.number().int() });
export type MessageList = z.infer<typeof messageListSchema>;
export const messageListQuerySchema = z.object({ unread: z.enum(['true', 'false']).optional() });
export const unreadCountSchema = z.object({ unread: z.number().int() });

/** 催报: the city reminds every district late with the month, at once. */
export const reminderRequestSchema = z.strictObject({ periodKey: periodKeySchema });
/** A late district reminded of the month within the window: when it was, and when it may be again. */
export const reminderWaitSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  lastRemindedAt: instantSchema,
  nextAt: instantSchema,
});
export const reminderResultSchema = z.object({
  periodKey: periodKeySchema,
  reminded: z.array(z.object({ organisationId: z.number().int(), organisationName: z.string(), recipients: z.number().int() })),
  /** Late districts left out: reminded of the month within the last REMIND_INTERVAL_HOURS. */
  skipped: z.array(reminderWaitSchema),
  /** Channels the reminders go out on besides the message centre (e-mail, SMS: when configured). */
  channels: z.array(z.enum(DELIVERY_CHANNELS)),
});
export type ReminderResult = z.infer<typeof reminderResultSchema>;
export const reminderStatusQuerySchema = z.strictObject({ periodKey: periodKeySchema });
/** 催报 of a month as the reviewer's button shows it: the last reminder in the reviewer's scope, who may be reminded now, who waits. */
export const reminderStatusSchema = z.object({
  periodKey: periodKeySchema,
  intervalHours: z.number().int(),
  lastRemindedAt: instantSchema.nullable(),
  /** Late districts that may be reminded now. */
  remindable: z.number().int(),
  waiting: z.array(reminderWaitSchema),
});
export type ReminderStatus = z.infer<typeof reminderStatusSchema>;

/** The city's bulk approval of a month's clean submissions (optionally some districts only). */
export const bulkApproveRequestSchema = z.strictObject({ organisationIds: z.array(z.number().int().positive()).max(500).optional() });
export const bulkApproveResultSchema = z.object({
  periodKey: periodKeySchema,
  approved: z.array(z.object({ organisationId: z.number().int(), organisationName: z.string() })),
  skipped: z.array(z.object({ organisationId: z.number().int(), organisationName: z.string(), reason: z.enum([...BULK_SKIP_REASONS, 'changed']) })),
});
export type BulkApproveResult = z.infer<typeof bulkApproveResultSchema>;
/** Marks the caller's own messages among `ids` read; without ids, all of them. */
export const markReadRequestSchema = z.strictObject({ ids: z.array(z.number().int().positive()).max(500).optional() });
