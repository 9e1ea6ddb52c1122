// The permission table lives in packages/domain (access.ts), shared with the web app's menus,
// guards and buttons; every route declares one of its permissions (or public / signed-in).
import { PERMISSION_NAMES, PERMISSIONS, can, type Permission } from '@hongtu/domain';

export { PERMISSIONS, can };

/** A permission a route can require (the table's key). */
export type Action = Permission;
export const ACTIONS: readonly Action[] = PERMISSION_NAMES;

/**
 * How a route is protected: open, any signed-in user, a named permission — or 'enterprise': an
 * enterprise account's own route (the portal's 企业入驻), which no staff session may call (403); the
 * route itself requires the enterprise session (features/enterprise-accounts), and a staff route
 * never sees one (an enterprise cookie is not a staff session: 401 as without any).
 */
export type Access = 'public' | 'signed-in' | 'enterprise' | Action;
