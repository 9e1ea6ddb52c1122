import { z } from 'zod';
import { localeSchema } from './common';
import { roleSchema } from './roles';
import { passwordSchema } from './password';

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in user as the web app sees it. */
export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  locale: localeSchema,
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const setLocaleRequestSchema = z.strictObject({ locale: localeSchema });
