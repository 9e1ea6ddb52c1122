import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  markReadRequestSchema, messageListQuerySchema, messageListSchema, reminderRequestSchema, reminderResultSchema, reminderStatusQuerySchema, reminderStatusSchema, todoListSchema, unreadCountSchema,
} from '@hongtu/contracts/notifications';
import type { Deps } from '../../platform/deps';
import { requireActor } from '../../platform/permissions/actor';
import { messagesOf } from './notifications.read-model';
import { createNotificationService } from './notifications.service';
import { reminderStatusOf } from './reminders.read-model';
import { todosOf } from './todos.read-model';

const tags = ['notifications'];

/** 待办与消息: thin routes — validate, authorise (config.access), call the use case or read model. */
export function notificationsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const service = createNotificationService(deps);

  r.get('/api/notifications/todos', {
    config: { access: 'submission.read' },
    schema: { tags, response: { 200: todoListSchema } },
  }, async (req) => ({ items: await todosOf(deps.db, requireActor(req.ctx), deps.clock.now()) }));

  r.get('/api/notifications/messages', {
    config: { access: 'submission.read' },
    schema: { tags, querystring: messageListQuerySchema, response: { 200: messageListSchema } },
  }, (req) => messagesOf(deps.db, requireActor(req.ctx), { unread: req.query.unread === 'true' }));

  r.post('/api/notifications/messages/read', {
    config: { access: 'submission.read' },
    schema: { tags, body: markReadRequestSchema, response: { 200: unreadCountSchema } },
  }, (req) => service.markRead(req.ctx, req.body.ids));

  r.get('/api/notifications/reminders', {
    config: { access: 'figure.review' },
    schema: { tags, querystring: reminderStatusQuerySchema, response: { 200: reminderStatusSchema } },
  }, (req) => reminderStatusOf(deps.db, requireActor(req.ctx), req.query.periodKey, deps.clock.now()));

  r.post('/api/notifications/reminders', {
    config: { access: 'figure.review' },
    schema: { tags, body: reminderRequestSchema, response: { 200: reminderResultSchema } },
  }, (req) => service.remind(req.ctx, req.body.periodKey));
}
