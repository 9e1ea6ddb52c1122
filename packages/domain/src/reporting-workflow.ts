// The monthly reporting workflow (docs/DOMAIN.md "Reporting workflow"). A district-month starts
// not started (no submission yet), is saved as a draft, submitted, then returned or approved by the
// city; after approval a correction needs a revision request that the city grants (back to
// returned, editable) or refuses (stays approved). Server, web and bench take every status set,
// transition and allowed action from here.
import { type Role, can } from './access';

export const STORED_SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'revision_requested'] as const;
export type StoredSubmissionStatus = (typeof STORED_SUBMISSION_STATUSES)[number];
/** `not_started`: the month has no submission row yet. */
export const SUBMISSION_STATUSES = ['not_started', ...STORED_SUBMISSION_STATUSES] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The district may change figures. */
export const EDITABLE_STATUSES = ['not_started', 'draft', 'returned'] as const satisfies readonly SubmissionStatus[];
/**
 * Figures the city has approved count on dashboards, rankings, cards and the Q1 board. A revision
 * request does not withdraw them: they stay published until the city grants the revision.
 */
export const PUBLISHED_STATUSES = ['approved', 'revision_requested'] as const satisfies readonly StoredSubmissionStatus[];
/** What a reviewer may look at before approval: published months and those submitted for review. */
export const PUBLISHED_OR_SUBMITTED_STATUSES = [...PUBLISHED_STATUSES, 'submitted'] as const satisfies readonly StoredSubmissionStatus[];
/** Waiting for the city. */
export const AWAITING_REVIEW_STATUSES = ['submitted', 'revision_requested'] as const satisfies readonly StoredSubmissionStatus[];

export const isEditableStatus = (status: SubmissionStatus): boolean => (EDITABLE_STATUSES as readonly string[]).includes(status);
export const isPublishedStatus = (status: SubmissionStatus): boolean => (PUBLISHED_STATUSES as readonly string[]).includes(status);
export const isAwaitingReview = (status: SubmissionStatus): boolean => (AWAITING_REVIEW_STATUSES as readonly string[]).includes(status);

/** Every move of the workflow: from which statuses, to which, and the permission it needs. */
export const SUBMISSION_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'figure.enter' },
  /** 撤回: the district takes a submitted month back before the city has acted on it (back to draft). */
  withdraw: { from: ['submitted'], to: 'draft', permission: 'figure.enter' },
  return: { from: ['submitted'], to: 'returned', permission: 'figure.review' },
  approve: { from: ['submitted'], to: 'approved', permission: 'figure.review' },
  request_revision: { from: ['approved'], to: 'revision_requested', permission: 'figure.enter' },
  grant_revision: { from: ['revision_requested'], to: 'returned', permission: 'figure.review' },
  refuse_revision: { from: ['revision_requested'], to: 'approved', permission: 'figure.review' },
} as const satisfies Record<string, { from: readonly StoredSubmissionStatus[]; to: StoredSubmissionStatus; permission: 'figure.enter' | 'figure.review' }>;

export type SubmissionTransition = keyof typeof SUBMISSION_TRANSITIONS;

/**
 * A month may be written while its period is open, or when the city granted a correction after
 * the last approval (the latest of the month's approve / grant_revision events is a grant).
 */
export function monthWritable(periodOpen: boolean, events: readonly { action: string }[]): { writable: boolean; correctionGranted: boolean } {
  const decisive = [...events].reverse().find((e) => e.action === 'approve' || e.action === 'grant_revision');
  const correctionGranted = decisive?.action === 'grant_revision';
  return { writable: periodOpen || correctionGranted, correctionGranted };
}

export function canTransition(transition: SubmissionTransition, from: SubmissionStatus): boolean {
  return (SUBMISSION_TRANSITIONS[transition].from as readonly string[]).includes(from);
}

export interface MonthActionInput {
  role: Role;
  /** The month belongs to the user's own organisation. */
  own: boolean;
  status: SubmissionStatus;
  periodOpen: boolean;
  /**
   * The city granted a correction (申请更正) after the month's last approval: the month is open
   * for the district again even when its period is closed, until it is approved again.
   */
  correctionGranted?: boolean;
}

/** What a user may do on a district's month; the server enforces it and sends it with the month. */
export interface MonthActions {
  edit: boolean;
  submit: boolean;
  /** 撤回: take a submitted month back before the city has acted on it. */
  withdraw: boolean;
  requestRevision: boolean;
  approve: boolean;
  returnFigures: boolean;
  decideRevision: boolean;
}

/**
 * The district's operator fills, checks, imports and submits while the period is open (or a
 * correction the city granted reopened the month) and the month is not with the city; a submitted
 * month may be withdrawn (撤回) while the city has not acted on it and it could be edited again.
 * After approval only a revision request — on a closed month too (申请更正): granted, it reopens
 * the month for editing until the next approval. The city reviewer approves, returns and decides on
 * revisions, and never edits a figure.
 */
export function monthActions(input: MonthActionInput): MonthActions {
  const enters = can(input.role, 'figure.enter') && input.own;
  const reviews = can(input.role, 'figure.review');
  const writable = input.periodOpen || input.correctionGranted === true;
  const edit = enters && writable && isEditableStatus(input.status);
  return {
    edit,
    submit: edit,
    withdraw: enters && writable && canTransition('withdraw', input.status),
    requestRevision: enters && canTransition('request_revision', input.status),
    approve: reviews && canTransition('approve', input.status),
    returnFigures: reviews && canTransition('return', input.status),
    decideRevision: reviews && canTransition('grant_revision', input.status),
  };
}
