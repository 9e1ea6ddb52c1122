import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { RECOVERY_CODE_COUNT, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '@hongtu/contracts';

/** What authenticator apps show as the account's issuer. */
export const TOTP_ISSUER = 'Hongtu';
/** Codes of the step before and after the current one are accepted too (clock drift, typing time). */
export const TOTP_WINDOW = 1;

const PARAMETERS = { algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS } as const;

/** A new random secret (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: account, secret: Secret.fromBase32(secret), ...PARAMETERS }).toString();
}

/** The 30-second step a time falls in (the TOTP counter). */
export function totpStepAt(at: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: at.getTime() });
}

/** The code of a step (demo accounts, tests, the e2e sign-in). */
export function totpCode(secret: string, step: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), ...PARAMETERS, timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/** The step whose code this is, within the window around `at`, or null (compared in constant time by otpauth). */
export function matchTotp(secret: string, code: string, at: Date): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), ...PARAMETERS, timestamp: at.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totpStepAt(at) + delta;
}

// Recovery codes: ten characters of an alphabet without look-alikes (no 0/o, 1/l/i), shown as "xxxxx-xxxxx".
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = '';
    for (let i = 0; i < RECOVERY_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** The stored form of a recovery code, from its normalised form (normaliseSecondFactorCode). */
export function recoveryCodeHash(normalised: string): string {
  return createHash('sha256').update(`hongtu-recovery:${normalised}`).digest('hex');
}
