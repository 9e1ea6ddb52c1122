// What other features, app/ and components/ may use of notifications: the header's bell, the home
// page's to-dos, and the city's 催报 and bulk approval (the review board's buttons).
export { NotificationBell } from './components/NotificationBell';
export { TodoList } from './components/TodoList';
export { useBulkApprove, useReminderStatus, useRemind } from './api';
