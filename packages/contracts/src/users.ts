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

/**
 * A telephone number as offices write them: a mobile (13812341234) or a landline with its area
 * code (027-85761234, 02785761234), an extension after a dash (027-85761234-801).
 */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { message: 'phone_format' });

/** 职务: the user's position, as the contact lines of a form carry it. */
export const positionSchema = textField(1, 64);

export const userStatusSchema = z.enum(['active', 'disabled']);

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  status: userStatusSchema,
  /** 职务. */
  position: z.string().nullable(),
  /** The telephone with its middle digits hidden (138****1234); the full number only through reveal-phone, audited. */
  maskedPhone: z.string().nullable(),
  /** The password was set by an administrator: the user chooses a new one at the next sign-in. */
  mustChangePassword: z.boolean(),
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
  position: positionSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.strictObject({
  displayName: textField(1, 64).optional(),
  role: roleSchema.optional(),
  organisationId: z.number().int().positive().optional(),
  /** Null clears it. */
  position: positionSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  version: z.number().int(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({ password: passwordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

/** A user's full telephone number, answered only on an explicit request of someone allowed, and audited. */
export const userPhoneSchema = z.object({ phone: z.string().nullable() });
export type UserPhone = z.infer<typeof userPhoneSchema>;
