import type { Role, SubmissionStatus } from '@hongtu/contracts';

export interface MonthActionInput {
  role: Role;
  /** The month belongs to the user's own organisation. */
  own: boolean;
  status: SubmissionStatus;
  periodOpen: boolean;
  /** An earlier version is shown (read-only). */
  viewingHistory: boolean;
  /** There are unsaved edits. */
  dirty: boolean;
}

export interface MonthActions {
  edit: boolean;
  save: boolean;
  check: boolean;
  submit: boolean;
  importExcel: boolean;
  requestRevision: boolean;
  approve: boolean;
  returnFigures: boolean;
  decideRevision: boolean;
}

const EDITABLE: readonly SubmissionStatus[] = ['not_started', 'draft', 'returned'];

/**
 * What the user may do on a district's month (the server enforces the same):
 * the district's operator fills, checks, imports and submits while the
 * period is open and the month is not with the city; after approval only a
 * revision request (while the period is open: a granted revision reopens the
 * month for editing, which a closed period refuses). The city reviewer approves, returns and decides on
 * revisions, and never edits a figure.
 */
export function monthActions(input: MonthActionInput): MonthActions {
  const operator = input.role === 'district_operator' && input.own && !input.viewingHistory;
  const reviewer = input.role === 'city_reviewer' && !input.viewingHistory;
  const edit = operator && input.periodOpen && EDITABLE.includes(input.status);
  return {
    edit,
    save: edit && input.dirty,
    check: edit,
    submit: edit && (input.status !== 'not_started' || input.dirty),
    importExcel: edit,
    requestRevision: operator && input.periodOpen && input.status === 'approved',
    approve: reviewer && input.status === 'submitted',
    returnFigures: reviewer && input.status === 'submitted',
    decideRevision: reviewer && input.status === 'revision_requested',
  };
}
