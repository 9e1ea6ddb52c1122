import { z } from 'zod';

/**
 * Roles of the platform. Each user has one role and one organisation; the
 * organisation's subtree is the user's data scope.
 */
export const roleSchema = z.enum([
  'system_admin',
  'city_reviewer',
  'district_operator',
  'department_staff',
  'leader',
  'auditor',
]);
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;
