import type { Role } from '@hongtu/contracts';

/**
 * What each role may do. Data scope is separate: every action is further
 * limited to the actor's organisation subtree (see scope.ts).
 * Three-role separation: the system admin manages organisations and users but
 * cannot read or touch the audit trail; the auditor reads it and manages nobody.
 */
export const PERMISSIONS = {
  'organisation.read': [
    'system_admin',
    'city_reviewer',
    'district_operator',
    'department_staff',
    'leader',
    'auditor',
  ],
  'organisation.manage': ['system_admin'],
  'user.read': ['system_admin'],
  'user.manage': ['system_admin'],
  'audit.read': ['auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** How a route is protected: open, any signed-in user, or a named action. */
export type Access = 'public' | 'signed-in' | Action;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
