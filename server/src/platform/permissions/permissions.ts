// The permission table lives in packages/domain (access.ts), shared with the web app's menus,
// guards and buttons; every route declares one of its permissions (or public / signed-in).
import { PERMISSION_NAMES, PERMISSIONS, can, type Permission } from '@hongtu/domain';

export { PERMISSIONS, can };

/** A permission a route can require (the table's key). */
export type Action = Permission;
export const ACTIONS: readonly Action[] = PERMISSION_NAMES;

/** How a route is protected: open, any signed-in user, or a named permission. */
export type Access = 'public' | 'signed-in' | Action;
