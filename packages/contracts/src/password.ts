import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** How many of lower-case, upper-case, digits and symbols a password uses. */
export function passwordCharacterClasses(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((re) => re.test(password)).length;
}

/**
 * The password rule shared by forms and API: 8–128 characters, at least three
 * character classes. "Not the username" and "not a common password" are
 * checked by the server, which holds the list.
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((p) => passwordCharacterClasses(p) >= 3, {
    message: 'password_classes',
  });
