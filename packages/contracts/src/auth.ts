import { z } from 'zod';
import { localeSchema } from './common';
import { roleSchema } from './roles';
import { passwordSchema } from './password';

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * What a session still needs after the password before it may do anything else: the code of the
 * user's second factor, or enrolling one (the roles of SECOND_FACTOR_ROLES that have none yet),
 * then — for a user whose password an administrator set (created or reset) — choosing a new one.
 */
export const SIGN_IN_STEPS = ['second-factor', 'enrol-second-factor', 'change-password'] as const;
export const signInStepSchema = z.enum(SIGN_IN_STEPS);
export type SignInStep = z.infer<typeof signInStepSchema>;

/** The signed-in user as the web app sees it. */
export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  locale: localeSchema,
  /** Null once signed in; otherwise the step the session waits for (only the second-factor routes answer it). */
  pendingStep: signInStepSchema.nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** The password step of a sign-in: the new password replaces the one an administrator set. */
export const choosePasswordRequestSchema = z.strictObject({ newPassword: passwordSchema });
export type ChoosePasswordRequest = z.infer<typeof choosePasswordRequestSchema>;

export const setLocaleRequestSchema = z.strictObject({ locale: localeSchema });

// The second factor: a TOTP code (RFC 6238: SHA-1, 6 digits, 30 s) or one of the recovery codes.

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A code as typed: spaces and dashes between groups of characters are ignored, letters compared in lower case. */
export function normaliseSecondFactorCode(value: string): string {
  return value.replace(/[\s-]/g, '').toLowerCase();
}

/** A code of the authenticator app: six digits. */
export const isTotpCode = (normalised: string) => /^\d{6}$/.test(normalised);
/** A recovery code as shown once ("k7m2p-x9qrt"): ten letters and digits. */
export const isRecoveryCode = (normalised: string) => /^[a-z0-9]{10}$/.test(normalised);

/** A second-factor code field: checked for its form by the server, which answers in the caller's language. */
const codeField = z.string().trim().min(1).max(32);

/** The second step of a sign-in: a code of the authenticator app or a recovery code. */
export const verifySecondFactorRequestSchema = z.strictObject({ code: codeField });
export type VerifySecondFactorRequest = z.infer<typeof verifySecondFactorRequestSchema>;

/** The start of an enrolment: a signed-in user confirms the password; a sign-in waiting to enrol needs none. */
export const startSecondFactorEnrolmentRequestSchema = z.strictObject({
  password: z.string().min(1).max(256).optional(),
});
export type StartSecondFactorEnrolmentRequest = z.infer<typeof startSecondFactorEnrolmentRequestSchema>;

/** What the authenticator app needs, shown once: the otpauth:// URI (for the QR code) and the secret to type by hand. */
export const secondFactorEnrolmentSchema = z.object({
  secret: z.string(),
  uri: z.string(),
  issuer: z.string(),
  account: z.string(),
});
export type SecondFactorEnrolment = z.infer<typeof secondFactorEnrolmentSchema>;

export const confirmSecondFactorEnrolmentRequestSchema = z.strictObject({ code: codeField });
export type ConfirmSecondFactorEnrolmentRequest = z.infer<typeof confirmSecondFactorEnrolmentRequestSchema>;

/** Recovery codes, shown once; only their hashes are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** An enrolment confirmed: the recovery codes, and the user (signed in now when the sign-in waited for it). */
export const secondFactorEnrolledSchema = recoveryCodesSchema.extend({ me: meSchema });
export type SecondFactorEnrolled = z.infer<typeof secondFactorEnrolledSchema>;

/** The user's own second factor, for the account page. */
export const secondFactorStatusSchema = z.object({
  enrolled: z.boolean(),
  /** The role requires one: it cannot be turned off. */
  required: z.boolean(),
  enrolledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/**
 * Proof that the account's owner is present, for turning the second factor off or replacing the
 * recovery codes: a current code of the authenticator app, or the password (one of them).
 */
export const secondFactorProofSchema = z.strictObject({
  code: codeField.optional(),
  password: z.string().min(1).max(256).optional(),
});
export type SecondFactorProof = z.infer<typeof secondFactorProofSchema>;
