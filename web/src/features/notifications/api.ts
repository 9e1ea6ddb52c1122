import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bulkApproveResultSchema, messageListSchema, reminderResultSchema, reminderStatusSchema, todoListSchema, unreadCountSchema,
} from '@hongtu/contracts/notifications';
import { warningBoardSchema } from '@hongtu/contracts';
import { dashboardMonthsSchema } from '@hongtu/contracts/dashboard-months';
import { apiGet, apiPost } from '../../api/client';
import { reportingKeys } from '../reporting/public';

export const notificationsKeys = {
  all: ['notifications'] as const,
  todos: ['notifications', 'todos'] as const,
  messages: ['notifications', 'messages'] as const,
  reminders: (periodKey: string) => ['notifications', 'reminders', periodKey] as const,
  glance: (periodKey: string | null) => ['notifications', 'glance', periodKey] as const,
};

/** The leader's glance: every month with its coverage, and the month the dashboards open on. */
export function useGlanceMonths(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKeys.glance(null),
    queryFn: ({ signal }) => apiGet('/api/dashboard/months', { schema: dashboardMonthsSchema, signal }),
    enabled,
  });
}

/** The published cards of a month (the warning board's), for the leader's glance to count. */
export function useGlanceCards(periodKey: string | null) {
  return useQuery({
    queryKey: notificationsKeys.glance(periodKey),
    queryFn: ({ signal }) => apiGet('/api/dashboard/warnings', { query: { period: periodKey! }, schema: warningBoardSchema, signal }),
    enabled: periodKey !== null,
  });
}

/** The bell and the message centre look again every minute (a reminder may come at any time). */
const POLL_MS = 60_000;

/** The signed-in user's to-dos, derived by the server from the months as they are now. */
export function useTodos() {
  return useQuery({
    queryKey: notificationsKeys.todos,
    queryFn: ({ signal }) => apiGet('/api/notifications/todos', { schema: todoListSchema, signal }),
  });
}

/** The signed-in user's own messages (newest first) and the unread count. */
export function useMessages() {
  return useQuery({
    queryKey: notificationsKeys.messages,
    queryFn: ({ signal }) => apiGet('/api/notifications/messages', { schema: messageListSchema, signal }),
    refetchInterval: POLL_MS,
  });
}

/** Marks the given messages read (all of them without ids). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => apiPost('/api/notifications/messages/read', { body: ids ? { ids } : {}, schema: unreadCountSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.messages }),
  });
}

function useInvalidateReview() {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: reportingKeys.all }),
    queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  ]);
}

/** 催报 of the month: when it was last sent in the reviewer's scope, who may be reminded now and who waits. */
export function useReminderStatus(periodKey: string, enabled: boolean) {
  return useQuery({
    queryKey: notificationsKeys.reminders(periodKey),
    queryFn: ({ signal }) => apiGet(`/api/notifications/reminders?periodKey=${encodeURIComponent(periodKey)}`, { schema: reminderStatusSchema, signal }),
    enabled,
  });
}

/** 催报: the city reminds every late district of the month at once. */
export function useRemind() {
  const invalidate = useInvalidateReview();
  return useMutation({
    mutationFn: (periodKey: string) => apiPost('/api/notifications/reminders', { body: { periodKey }, schema: reminderResultSchema }),
    onSuccess: invalidate,
  });
}

/** The bulk approval of the month's clean submissions. */
export function useBulkApprove() {
  const invalidate = useInvalidateReview();
  return useMutation({
    mutationFn: (periodKey: string) => apiPost(`/api/periods/${periodKey}/approve-clean`, { body: {}, schema: bulkApproveResultSchema }),
    onSuccess: invalidate,
  });
}
