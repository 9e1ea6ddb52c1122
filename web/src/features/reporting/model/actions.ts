import type { MonthActions as AllowedActions, SubmissionStatus } from '@hongtu/domain';

export interface ToolbarInput {
  /** What the server allows the signed-in user on this month (`Submission.actions`). */
  allowed: AllowedActions;
  status: SubmissionStatus;
  /** An earlier version is shown (read-only). */
  viewingHistory: boolean;
  /** There are unsaved edits. */
  dirty: boolean;
}

export interface MonthActions extends AllowedActions {
  save: boolean;
  check: boolean;
  importExcel: boolean;
}

const NOTHING: MonthActions = {
  edit: false, save: false, check: false, submit: false, withdraw: false, importExcel: false,
  requestRevision: false, approve: false, returnFigures: false, decideRevision: false,
};

/**
 * The month's buttons: the server decides what the user may do (docs/DOMAIN.md "Reporting
 * workflow"); the page adds what only it knows. Saving needs edits; a month not started yet is
 * submitted only with edits (there is nothing to submit otherwise); an earlier version shown from
 * the history is read-only.
 */
export function toolbarActions(input: ToolbarInput): MonthActions {
  if (input.viewingHistory) return NOTHING;
  const { allowed } = input;
  return {
    ...allowed,
    save: allowed.edit && input.dirty,
    check: allowed.edit,
    submit: allowed.submit && (input.status !== 'not_started' || input.dirty),
    importExcel: allowed.edit,
  };
}
