// Enterprise accounts 企业入驻 (DOMAIN.md "Enterprise accounts"): an enterprise signs up with its credit code,
// proves its contact (a code by e-mail or SMS), and a city or district officer confirms it and
// links it to the registry. Enterprise users are not staff: they see only their own and public data.

export const ENTERPRISE_ACCOUNT_STATUSES = ['pending_proof', 'pending_confirmation', 'confirmed', 'rejected', 'deleted'] as const;
export type EnterpriseAccountStatus = (typeof ENTERPRISE_ACCOUNT_STATUSES)[number];

/** Statuses that hold a credit code against another sign-up with the same code (a confirmed account does). */
export const CREDIT_CODE_HOLDING_STATUSES: readonly EnterpriseAccountStatus[] = ['confirmed'];

/** The consent text's version the sign-up page shows (PIPL: purpose and retention stated); bump when the text changes. */
export const ENTERPRISE_CONSENT_VERSION = '2026-12-v1';

/** A proof code: digits sent to the contact, valid for a while, a few tries, used once. */
export const PROOF_CODE_DIGITS = 6;
export const PROOF_CODE_MINUTES = 15;
export const PROOF_CODE_ATTEMPTS = 5;

/** Sign-ups from one address per hour before the address is refused (with 429). */
export const SIGN_UPS_PER_ADDRESS_HOUR = 5;
/** Wrong sign-in passwords for one account before it waits for the window to end. */
export const ENTERPRISE_SIGN_IN_FAILURES = 5;

/** An e-mail address as staff lists show it: first character and domain (z***@example.com). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.charAt(0)}***${email.slice(at)}`;
}

/** What an officer may do with a sign-up in its status. */
export function enterpriseAccountActions(status: EnterpriseAccountStatus): { confirm: boolean; reject: boolean } {
  return { confirm: status === 'pending_confirmation', reject: status === 'pending_confirmation' };
}

/** A plausible e-mail address (the proof code shows it is the enterprise's). */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** Retention (PIPL): a sign-up never proven is erased after this many days, a rejected one after these. */
export const UNPROVEN_SIGN_UP_DAYS = 7;
export const REJECTED_SIGN_UP_DAYS = 30;
