import type { Role } from '@hongtu/contracts';

/**
 * What each role may do. Data scope is separate: every action is further
 * limited to the actor's organisation subtree (see scope.ts).
 * Three-role separation: the system admin manages organisations and users but
 * cannot read or touch the audit trail; the auditor reads it and manages nobody.
 * Figures: districts enter them, the city reviews them and never edits them.
 */
const ALL_ROLES = ['system_admin', 'city_reviewer', 'district_operator', 'department_staff', 'leader', 'auditor'] as const;

export const PERMISSIONS = {
  'organisation.read': ALL_ROLES,
  'organisation.manage': ['system_admin'],
  'user.read': ['system_admin'],
  'user.manage': ['system_admin'],
  'audit.read': ['auditor'],
  'indicator.read': ALL_ROLES,
  'responsibility.manage': ['city_reviewer'],
  'target.manage': ['city_reviewer'],
  'period.manage': ['city_reviewer'],
  'submission.read': ALL_ROLES,
  'figure.enter': ['district_operator'],
  'figure.review': ['city_reviewer'],
  'dashboard.read': ALL_ROLES,
  'warning_rule.manage': ['city_reviewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** How a route is protected: open, any signed-in user, or a named action. */
export type Access = 'public' | 'signed-in' | Action;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
