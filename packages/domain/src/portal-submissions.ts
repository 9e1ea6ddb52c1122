// 门户来信 (docs/DOMAIN.md "Portal submissions"): what the public sends through the portal — interest
// in an opportunity (it becomes a lead of the opportunity's district), a problem 诉求 (a service
// ticket of the enterprise's district) or a tip / article 投稿 (the city's editors) — its statuses,
// the moves staff may make, the text the portal accepts and how a sender's contact is shown.
import { maskPhone, isPhoneNumber } from './investment/pipeline';
import type { EnterpriseProblemStatus } from './enterprise-service/problems';
import type { LeadStage } from './investment/vocabulary';

export const PORTAL_SUBMISSION_KINDS = ['interest', 'problem', 'tip'] as const;
export type PortalSubmissionKind = (typeof PORTAL_SUBMISSION_KINDS)[number];

/**
 * received: waiting for staff; routed: it became a lead or a service ticket; in_progress: being
 * handled; answered: staff answered the sender; closed: done; rejected: refused (spam, out of scope).
 */
export const PORTAL_SUBMISSION_STATUSES = ['received', 'routed', 'in_progress', 'answered', 'closed', 'rejected'] as const;
export type PortalSubmissionStatus = (typeof PORTAL_SUBMISSION_STATUSES)[number];

/** The statuses staff may set from each status; closed and rejected are final. */
export const PORTAL_SUBMISSION_MOVES: Readonly<Record<PortalSubmissionStatus, readonly PortalSubmissionStatus[]>> = {
  received: ['in_progress', 'answered', 'closed', 'rejected'],
  routed: ['in_progress', 'answered', 'closed', 'rejected'],
  in_progress: ['answered', 'closed', 'rejected'],
  answered: ['in_progress', 'closed'],
  closed: [],
  rejected: [],
};

/**
 * The statuses staff may set now. A submission that became a lead or a ticket follows that record
 * (its own module moves it), so staff may only close or reject the submission itself.
 */
export function portalSubmissionMoves(from: PortalSubmissionStatus, linked: boolean): readonly PortalSubmissionStatus[] {
  const moves = PORTAL_SUBMISSION_MOVES[from];
  return linked ? moves.filter((to) => to === 'closed' || to === 'rejected') : moves;
}

export function canMovePortalSubmission(from: PortalSubmissionStatus, to: PortalSubmissionStatus, linked = false): boolean {
  return portalSubmissionMoves(from, linked).includes(to);
}

/** A lead's stage as its sender reads it: 线索 routed, then in progress until it produces (closed). */
export function statusOfLeadStage(stage: LeadStage): PortalSubmissionStatus {
  if (stage === 'lead') return 'routed';
  return stage === 'producing' ? 'closed' : 'in_progress';
}

/** A service ticket's status as its sender reads it. */
export function statusOfProblem(status: EnterpriseProblemStatus): PortalSubmissionStatus {
  return ({ submitted: 'routed', acknowledged: 'in_progress', answered: 'answered', closed: 'closed' } as const)[status];
}

/**
 * The status a sender and staff see: a final status staff set on the submission itself wins;
 * otherwise the record it became speaks (read from its own module, never copied); otherwise its own.
 */
export function shownPortalSubmissionStatus(own: PortalSubmissionStatus, linked: PortalSubmissionStatus | null): PortalSubmissionStatus {
  if (own === 'closed' || own === 'rejected') return own;
  return linked ?? own;
}

/**
 * Why the portal refuses a text a sender typed: markup (a tag, an entity, a script URL) — the portal
 * keeps plain text only — or a formula (a value starting with = + - @, or a tab or carriage return
 * before them, which a spreadsheet would run when the text is exported). Null when it is accepted.
 */
export function portalTextRefusal(text: string): 'markup' | 'formula' | null {
  const value = text.normalize('NFKC');
  if (/<\s*[a-z!/?]/i.test(value) || /&#?[a-z0-9]+;/i.test(value) || /javascript\s*:/i.test(value)) return 'markup';
  if (/^[\s]*[=+\-@]/.test(value) || /^[\t\r]/.test(value)) return 'formula';
  return null;
}

/** An e-mail address as people type it (one @, a dot in the domain, no spaces or angle brackets). */
function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(text);
}

/** A contact the portal accepts: a phone number or an e-mail address. */
export function isPortalContact(text: string): boolean {
  return isPhoneNumber(text) || isEmailAddress(text.normalize('NFKC').trim());
}

/** A contact as staff lists show it: a phone's middle hidden, an e-mail's name but its first letter. */
export function maskPortalContact(contact: string): string {
  const text = contact.normalize('NFKC').trim();
  if (text === '') return '';
  if (isEmailAddress(text)) {
    const at = text.indexOf('@');
    return `${text.slice(0, 1)}***${text.slice(at)}`;
  }
  return maskPhone(text);
}

/** Tracking codes of anonymous tips: 12 letters and digits without the ones read alike (0/O, 1/I/L). */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_LENGTH = 12;

/** A tracking code as a sender types it: case, blanks and dashes do not matter. */
export function normalizeTrackingCode(text: string): string | null {
  const code = text.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  return [...code].every((c) => TRACKING_CODE_ALPHABET.includes(c)) ? code : null;
}

/** A tracking code shown in groups of four (ABCD-EFGH-JKMN). */
export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * Retention: a submission closed or rejected is kept this many days after its last change, then its
 * personal data (contact, name, texts) is erased; the sender may ask for erasure at any time before.
 */
export function isDueForErasure(status: PortalSubmissionStatus, lastChangedOn: string, today: string, retentionDays: number): boolean {
  if (status !== 'closed' && status !== 'rejected') return false;
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastChangedOn.slice(0, 10)}T00:00:00Z`);
  return ms / 86_400_000 >= retentionDays;
}
