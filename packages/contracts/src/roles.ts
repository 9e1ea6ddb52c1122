import { z } from 'zod';
import { ROLES } from '@hongtu/domain';

/**
 * Roles of the platform. Each user has one role and one organisation; the
 * organisation's subtree is the user's data scope.
 */
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export { ROLES };
