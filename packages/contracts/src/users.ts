import { z } from 'zod';
import { instantSchema, pageOf, pageQuerySchema, textField } from './common';
import { passwordSchema } from './password';
import { roleSchema } from './roles';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, { message: 'username_charset' });

export const userStatusSchema = z.enum(['active', 'disabled']);

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  status: userStatusSchema,
  lockedUntil: instantSchema.nullable(),
  lastLoginAt: instantSchema.nullable(),
  createdAt: instantSchema,
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  role: roleSchema.optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export const userPageSchema = pageOf(userSchema);

export const createUserRequestSchema = z.strictObject({
  username: usernameSchema,
  displayName: textField(1, 64),
  role: roleSchema,
  organisationId: z.number().int().positive(),
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.strictObject({
  displayName: textField(1, 64).optional(),
  role: roleSchema.optional(),
  organisationId: z.number().int().positive().optional(),
  version: z.number().int(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({ password: passwordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
