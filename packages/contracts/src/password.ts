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
 * checked by the server, which holds the list; forms also check the user name (below).
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((p) => passwordCharacterClasses(p) >= 3, {
    message: 'password_classes',
  });

/**
 * The password is the user name or contains it (user names of four characters or more, in any
 * case): refused with its own message, PASSWORD_IS_USERNAME or PASSWORD_CONTAINS_USERNAME.
 */
export function passwordUsernameProblem(password: string, username: string): 'is_username' | 'contains_username' | null {
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name === '') return null;
  if (lower === name) return 'is_username';
  return name.length >= 4 && lower.includes(name) ? 'contains_username' : null;
}
