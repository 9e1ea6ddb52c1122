// What other features may use of notifications (enforced by the lint rule on imports): storing a
// message to a district's operators inside the caller's transaction, and handing it to the
// configured senders after it.
export type { NotificationsRow } from './notifications.table';
export { createNotificationService, storeDistrictMessage, type DistrictMessage } from './notifications.service';
// The installation's e-mail / SMS gateways, for a feature with recipients other than staff (enterprise accounts' proof codes).
export { externalSenders, type Outgoing, type Sender } from './senders';
