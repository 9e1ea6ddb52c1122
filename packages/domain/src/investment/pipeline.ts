// The pipeline's rules: how a lead moves, when it is stale, how its contact phone is shown and how
// two districts' leads are recognised as the same pursuit.
import { projectNameKey } from '../projects/rules';
import { LEAD_STAGES, type LeadStage } from './vocabulary';

export const leadStageIndex = (stage: LeadStage): number => LEAD_STAGES.indexOf(stage);

/** The stage after this one, or null at 投产. */
export function nextLeadStage(stage: LeadStage): LeadStage | null {
  return LEAD_STAGES[leadStageIndex(stage) + 1] ?? null;
}

export type LeadMoveRefusal = 'not_next' | 'needs_contract';

/**
 * A lead moves forward one stage at a time and never back (the funnel counts each lead once per
 * stage it reached). 签约 is reached only by recording the signed contract, so a move into 签约
 * or beyond needs one.
 */
export function leadMoveRefusal(from: LeadStage, to: LeadStage, hasContract: boolean): LeadMoveRefusal | null {
  if (leadStageIndex(to) !== leadStageIndex(from) + 1) return 'not_next';
  if (leadStageIndex(to) >= leadStageIndex('signed') && !hasContract) return 'needs_contract';
  return null;
}

/** A contract may be recorded on a lead in 线索 or 洽谈 (it moves the lead to 签约). */
export const canSignLead = (stage: LeadStage): boolean => leadStageIndex(stage) < leadStageIndex('signed');

/** Whole days from one ISO date to a later one (UTC calendar days; negative when earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A lead is stale when nothing happened on it (a visit, a meeting, a move) for more than
 * `staleDays` days. A lead in production is finished: never stale.
 */
export function leadIdleDays(lastActivityOn: string, today: string): number {
  return Math.max(0, daysBetween(lastActivityOn, today));
}
export function isLeadStale(stage: LeadStage, lastActivityOn: string, today: string, staleDays: number): boolean {
  return stage !== 'producing' && leadIdleDays(lastActivityOn, today) > staleDays;
}

/**
 * A phone number as lists and exports show it: the first three and the last four digits, the rest
 * hidden (13812345678 → 138****5678; 027-87654321 → 027****4321). Fewer than eight digits: all hidden.
 */
export function maskPhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 0) return '';
  if (digits.length < 8) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** A mobile (1 + 10 digits) or a landline with its area code, as people write them (spaces, dashes, +86, full width). */
export function isPhoneNumber(phone: string): boolean {
  const text = phone.normalize('NFKC').replace(/[\s()-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(text) || /^0\d{2,3}\d{7,8}$/.test(text);
}

/**
 * Two leads are one pursuit when they name the same enterprise (its registry record, hence its credit
 * code) or the same project name once normalised (blanks, punctuation, full width; the caller gives
 * the Simplified form of Traditional input).
 */
export const leadNameKey = (projectName: string): string => projectNameKey(projectName);
