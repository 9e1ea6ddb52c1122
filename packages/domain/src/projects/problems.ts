// Problems raised on a major project and their coordination (docs/DOMAIN.md "Problems and
// coordination"): the district raises a problem (land, approvals, funds …) and sends it to a
// department with a deadline in working days; the department answers it, or returns it as not its
// own; the raiser closes the answered problem or sends the answer back; the city reassigns a
// returned one and supervises (督办) an overdue one. Each move names the permission it needs and the
// side of the problem the user must be on: the project's district, or the assigned department.
import { type Role, can } from '../access';

export const PROBLEM_CATEGORIES = ['land', 'approval', 'funds', 'utilities', 'labour', 'demolition', 'planning', 'environment', 'other'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/**
 * assigned: with the department, its deadline running; answered: waiting for the raiser to close
 * it or send it back; declined: returned by the department as not its own, waiting for the city to
 * send it to another department; closed.
 */
export const PROBLEM_STATUSES = ['assigned', 'answered', 'declined', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** Working days a department is given, and the bounds of what may be asked. */
export const PROBLEM_DEADLINE = { min: 1, max: 60, default: 10 } as const;
/** A 督办 gives the department this many working days more by default. */
export const PROBLEM_SUPERVISION_DAYS = 5;

type Side = 'project' | 'department';
export const PROBLEM_TRANSITIONS = {
  answer: { from: ['assigned'], to: 'answered', permission: 'problem.answer', side: 'department' },
  decline: { from: ['assigned'], to: 'declined', permission: 'problem.answer', side: 'department' },
  close: { from: ['answered'], to: 'closed', permission: 'problem.raise', side: 'project' },
  reopen: { from: ['answered'], to: 'assigned', permission: 'problem.raise', side: 'project' },
  assign: { from: ['assigned', 'declined'], to: 'assigned', permission: 'problem.dispatch', side: 'project' },
  supervise: { from: ['assigned'], to: 'assigned', permission: 'problem.dispatch', side: 'project' },
} as const satisfies Record<string, { from: readonly ProblemStatus[]; to: ProblemStatus; permission: 'problem.answer' | 'problem.raise' | 'problem.dispatch'; side: Side }>;
export type ProblemTransition = keyof typeof PROBLEM_TRANSITIONS;
export const PROBLEM_TRANSITION_NAMES = Object.keys(PROBLEM_TRANSITIONS) as ProblemTransition[];

/** The moves that need a reason in words (an answer is itself the text). */
export const PROBLEM_TEXT_REQUIRED: Readonly<Record<ProblemTransition, boolean>> = {
  answer: true, decline: true, close: false, reopen: true, assign: false, supervise: true,
};

export interface ProblemActionInput {
  role: Role;
  status: ProblemStatus;
  /** The project's district lies in the user's own subtree. */
  ownProject: boolean;
  /** The assigned department lies in the user's own subtree. */
  ownDepartment: boolean;
  /** Past its deadline, unanswered. */
  overdue: boolean;
}

export function canMoveProblem(transition: ProblemTransition, input: ProblemActionInput): boolean {
  const t = PROBLEM_TRANSITIONS[transition];
  if (!(t.from as readonly string[]).includes(input.status)) return false;
  if (!can(input.role, t.permission)) return false;
  if (!(t.side === 'project' ? input.ownProject : input.ownDepartment)) return false;
  if (transition === 'supervise' && !input.overdue) return false;
  return true;
}

export type ProblemActions = Record<ProblemTransition, boolean> & { attach: boolean };

/** What a user may do with a problem (the server enforces it and sends it with the problem). */
export function problemActions(input: ProblemActionInput): ProblemActions {
  const moves = Object.fromEntries(PROBLEM_TRANSITION_NAMES.map((t) => [t, canMoveProblem(t, input)])) as Record<ProblemTransition, boolean>;
  const attach = can(input.role, 'problem.attach') && input.status !== 'closed'
    && (input.role === 'department_staff' ? input.ownDepartment : input.ownProject);
  return { ...moves, attach };
}

/** Whether a number of working days may be asked of a department. */
export function isProblemDeadlineDays(days: number): boolean {
  return Number.isInteger(days) && days >= PROBLEM_DEADLINE.min && days <= PROBLEM_DEADLINE.max;
}
