// Enterprises' problems 企业诉求 (docs/DOMAIN.md "Enterprise service"): raised by a liaison cadre
// after a visit, by the district, or (later) by the enterprise itself through a portal; sent to a
// department of the city, which acknowledges it within 1 working day and answers it within the
// working days its category allows; 督办 by the city when overdue; closed only with the
// enterprise's confirmation (recorded by the district) or by the city; reopened when the
// enterprise is not satisfied. Each move names its permission and the side the user must be on.
import { type Role, can } from '../access';

/** 用地, 融资, 用工, 审批, 水电气, 政策兑现, 其他. */
export const ENTERPRISE_PROBLEM_CATEGORIES = ['land', 'finance', 'labour', 'approval', 'utilities', 'policy', 'other'] as const;
export type EnterpriseProblemCategory = (typeof ENTERPRISE_PROBLEM_CATEGORIES)[number];

/**
 * Working days a department has to answer, by category: the platform's service standard (the
 * seeds state none), shorter where an enterprise's production waits on it (用工, 水电气).
 */
export const ENTERPRISE_PROBLEM_ANSWER_DAYS: Readonly<Record<EnterpriseProblemCategory, number>> = {
  land: 15, finance: 10, labour: 5, approval: 10, utilities: 5, policy: 10, other: 10,
};
/** A department signs for (签收) a problem within this many working days. */
export const ENTERPRISE_PROBLEM_ACKNOWLEDGE_DAYS = 1;
/** A 督办 gives the department this many working days more. */
export const ENTERPRISE_PROBLEM_SUPERVISION_DAYS = 3;

/** Who raised it: a liaison cadre (usually from a visit), the district, or the enterprise (portal, later). */
export const ENTERPRISE_PROBLEM_SOURCES = ['liaison', 'district', 'enterprise'] as const;
export type EnterpriseProblemSource = (typeof ENTERPRISE_PROBLEM_SOURCES)[number];

/**
 * submitted: sent, waiting for the department to sign for it; acknowledged: being handled (also
 * after a reopening); answered: waiting for the enterprise's confirmation; closed.
 */
export const ENTERPRISE_PROBLEM_STATUSES = ['submitted', 'acknowledged', 'answered', 'closed'] as const;
export type EnterpriseProblemStatus = (typeof ENTERPRISE_PROBLEM_STATUSES)[number];
/** The states in which the department's clock runs. */
export const ENTERPRISE_PROBLEM_OPEN_STATUSES = ['submitted', 'acknowledged'] as const satisfies readonly EnterpriseProblemStatus[];

type Side = 'district' | 'department' | 'city';
export const ENTERPRISE_PROBLEM_TRANSITIONS = {
  acknowledge: { from: ['submitted'], to: 'acknowledged', permission: 'enterprise_problem.handle', side: 'department' },
  answer: { from: ['submitted', 'acknowledged'], to: 'answered', permission: 'enterprise_problem.handle', side: 'department' },
  /** The enterprise confirms the answer (recorded by the district, with its satisfaction). */
  confirm: { from: ['answered'], to: 'closed', permission: 'enterprise_problem.raise', side: 'district' },
  /** The enterprise is not satisfied: back to the department, a new answer deadline. */
  reopen: { from: ['answered'], to: 'acknowledged', permission: 'enterprise_problem.raise', side: 'district' },
  supervise: { from: ['submitted', 'acknowledged'], to: null, permission: 'enterprise_problem.supervise', side: 'city' },
  /** The city closes a problem without the enterprise's confirmation (with its reason). */
  close: { from: ['submitted', 'acknowledged', 'answered'], to: 'closed', permission: 'enterprise_problem.supervise', side: 'city' },
} as const satisfies Record<string, {
  from: readonly EnterpriseProblemStatus[]; to: EnterpriseProblemStatus | null; side: Side;
  permission: 'enterprise_problem.raise' | 'enterprise_problem.handle' | 'enterprise_problem.supervise';
}>;
export type EnterpriseProblemTransition = keyof typeof ENTERPRISE_PROBLEM_TRANSITIONS;
export const ENTERPRISE_PROBLEM_TRANSITION_NAMES = Object.keys(ENTERPRISE_PROBLEM_TRANSITIONS) as EnterpriseProblemTransition[];

/** The state a move leads to (督办 keeps the state). */
export function enterpriseProblemTarget(transition: EnterpriseProblemTransition, from: EnterpriseProblemStatus): EnterpriseProblemStatus {
  return ENTERPRISE_PROBLEM_TRANSITIONS[transition].to ?? from;
}

/** The moves that need words: the answer itself, why the enterprise is not satisfied, the 督办, the city's reason to close. */
export const ENTERPRISE_PROBLEM_TEXT_REQUIRED: Readonly<Record<EnterpriseProblemTransition, boolean>> = {
  acknowledge: false, answer: true, confirm: false, reopen: true, supervise: true, close: true,
};

export interface EnterpriseProblemActionInput {
  role: Role;
  status: EnterpriseProblemStatus;
  /** The enterprise's district lies in the user's own subtree. */
  ownDistrict: boolean;
  /** The department lies in the user's own subtree. */
  ownDepartment: boolean;
  /** Past the deadline of the step the department owes. */
  overdue: boolean;
}

export function canMoveEnterpriseProblem(transition: EnterpriseProblemTransition, input: EnterpriseProblemActionInput): boolean {
  const t = ENTERPRISE_PROBLEM_TRANSITIONS[transition];
  if (!(t.from as readonly string[]).includes(input.status)) return false;
  if (!can(input.role, t.permission)) return false;
  if (t.side === 'department' && !input.ownDepartment) return false;
  // The city's moves need the city (its subtree holds the district); the district's its own district.
  if ((t.side === 'district' || t.side === 'city') && !input.ownDistrict) return false;
  if (transition === 'supervise' && !input.overdue) return false;
  return true;
}

export type EnterpriseProblemActions = Record<EnterpriseProblemTransition, boolean>;

/** What a user may do with a problem (the server enforces it and sends it with the problem). */
export function enterpriseProblemActions(input: EnterpriseProblemActionInput): EnterpriseProblemActions {
  return Object.fromEntries(ENTERPRISE_PROBLEM_TRANSITION_NAMES.map((t) => [t, canMoveEnterpriseProblem(t, input)])) as EnterpriseProblemActions;
}

/** 满意度: a whole score from 1 (very unsatisfied) to 5 (very satisfied). */
export const SATISFACTION_RANGE = { min: 1, max: 5 } as const;
export function isSatisfactionScore(value: number): boolean {
  return Number.isInteger(value) && value >= SATISFACTION_RANGE.min && value <= SATISFACTION_RANGE.max;
}

/** A calendar that adds working days (packages/domain/src/working-days.ts on the server; kept out of the web bundle). */
export interface WorkingDayCalendar {
  addWorkingDays(from: string, n: number): string;
  workingDaysBetween(from: string, to: string): number;
}

export interface EnterpriseProblemDeadlines {
  /** 签收: 1 working day after it was raised. */
  acknowledgeDueOn: string;
  /** 答复: the category's working days after it was raised (or reopened). */
  answerDueOn: string;
}

/** The deadlines of a problem raised (or reopened) on `from`. */
export function enterpriseProblemDeadlines(calendar: WorkingDayCalendar, from: string, category: EnterpriseProblemCategory): EnterpriseProblemDeadlines {
  return {
    acknowledgeDueOn: calendar.addWorkingDays(from, ENTERPRISE_PROBLEM_ACKNOWLEDGE_DAYS),
    answerDueOn: calendar.addWorkingDays(from, ENTERPRISE_PROBLEM_ANSWER_DAYS[category]),
  };
}

/**
 * The deadline that runs now: signing for it while submitted, the answer while acknowledged;
 * none once answered or closed. Stored with the problem so that the overdue list is one index range.
 */
export function enterpriseProblemDueOn(status: EnterpriseProblemStatus, deadlines: EnterpriseProblemDeadlines): string | null {
  if (status === 'submitted') return deadlines.acknowledgeDueOn;
  if (status === 'acknowledged') return deadlines.answerDueOn;
  return null;
}

export interface EnterpriseProblemClock {
  /** Past the running deadline: shown as 督办 and listed for the city. */
  overdue: boolean;
  overdueWorkingDays: number;
  /** Working days left until the running deadline (negative when overdue; null when none runs). */
  workingDaysLeft: number | null;
  ageDays: number;
  ageWorkingDays: number;
}

const calendarDays = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

/** A problem's clock on `today` (China's calendar dates). */
export function enterpriseProblemClock(calendar: WorkingDayCalendar, input: { dueOn: string | null; raisedOn: string; closedOn: string | null; today: string }): EnterpriseProblemClock {
  const end = input.closedOn ?? input.today;
  const overdue = input.dueOn !== null && input.today > input.dueOn;
  let workingDaysLeft: number | null = null;
  if (input.dueOn !== null) {
    workingDaysLeft = overdue ? -calendar.workingDaysBetween(input.dueOn, input.today) : calendar.workingDaysBetween(input.today, input.dueOn);
  }
  return {
    overdue,
    overdueWorkingDays: overdue ? calendar.workingDaysBetween(input.dueOn!, input.today) : 0,
    workingDaysLeft,
    ageDays: calendarDays(input.raisedOn, end),
    ageWorkingDays: calendar.workingDaysBetween(input.raisedOn, end),
  };
}

/**
 * Counts as the seeds report them (“收集问题18个，解决10个”): problems collected in a period, and
 * how many of those were solved (closed) by its end.
 */
export function problemCounts(rows: ReadonlyArray<{ raisedOn: string; closedOn: string | null }>, from: string, to: string): { collected: number; solved: number } {
  let collected = 0;
  let solved = 0;
  for (const r of rows) {
    if (r.raisedOn < from || r.raisedOn > to) continue;
    collected += 1;
    if (r.closedOn !== null && r.closedOn <= to) solved += 1;
  }
  return { collected, solved };
}
