import { SUBMISSION_TRANSITIONS, type SubmissionTransition } from '@hongtu/domain';

interface History {
  events: readonly { submissionVersion: number }[];
  versions: readonly { submissionVersion: number }[];
}

/** The workflow's moves, as history events name them. */
export const EVENT_ACTIONS = Object.keys(SUBMISSION_TRANSITIONS) as SubmissionTransition[];
export type EventAction = SubmissionTransition | 'other';

/** The label key of a workflow event's action; unknown actions are shown as they are. */
export function eventActionKey(action: string): EventAction {
  return (EVENT_ACTIONS as readonly string[]).includes(action) ? (action as EventAction) : 'other';
}

/** Submission versions that can be shown "as of", oldest first. */
export function submissionVersionsOf(history: History): number[] {
  const all = [...history.events.map((e) => e.submissionVersion), ...history.versions.map((v) => v.submissionVersion)];
  return [...new Set(all)].sort((a, b) => a - b);
}
