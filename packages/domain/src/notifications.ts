// To-dos, messages and reminders (催报). To-dos are derived from
// the state of the months every time they are read (a month due, figures returned, months awaiting
// review, districts late), never stored, so they cannot go stale. Messages (returned, reminded,
// approved) are stored per recipient with read / unread. The city's bulk approval takes only clean
// months: submitted, every figure due present, no consistency finding.
import type { LocalizedText } from './locale';
import { isEditableStatus, type SubmissionStatus } from './reporting-workflow';

/** What a stored message tells its recipient. */
export const MESSAGE_KINDS = ['returned', 'reminded', 'approved'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Where a message goes besides the message centre: the in-app channel always, e-mail and SMS when configured. */
export const DELIVERY_CHANNELS = ['in_app', 'email', 'sms'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

const DAY_MS = 86_400_000;
const shanghaiDay = (instant: Date): number => Math.floor((instant.getTime() + 8 * 3_600_000) / DAY_MS);

/**
 * Whole Beijing calendar days from today to the deadline's day: 0 on the deadline day itself,
 * negative once it has passed (-1: yesterday). The deadline is an instant (the end of its day).
 */
export function daysUntilDeadline(deadline: string, now: Date): number {
  return shanghaiDay(new Date(deadline)) - shanghaiDay(now);
}

/** Due soon: the deadline is within this many days (the home page stresses it). */
export const DUE_SOON_DAYS = 3;

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';
export function deadlineUrgency(days: number): Urgency {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= DUE_SOON_DAYS ? 'soon' : 'later';
}

/** A district's month as the to-do list reads it. */
export interface DistrictMonthState {
  periodKey: string;
  deadline: string;
  /** The period is open (a closed month asks nothing of the district). */
  open: boolean;
  status: SubmissionStatus;
  /** Figures the city returned (each with its reason). */
  returnedFigures: number;
}

export type TodoKind = 'fill' | 'returned' | 'review' | 'remind';

/** One to-do: the month it is about, what to do, and (for a district) the days left. */
export interface Todo {
  kind: TodoKind;
  periodKey: string;
  deadline: string;
  /** Days until the deadline (negative: overdue); null for the city's to-dos. */
  daysLeft: number | null;
  urgency: Urgency | null;
  /** Returned figures (returned), months awaiting review (review) or late districts (remind). */
  count: number;
}

const byDeadline = (a: Todo, b: Todo) => a.deadline.localeCompare(b.deadline) || a.periodKey.localeCompare(b.periodKey);

/**
 * The district operator's to-dos: each open month still with the district — figures returned by the
 * city ('returned', with how many), or not yet submitted ('fill') — with the days left. Months
 * submitted, approved or awaiting a revision decision ask nothing of the district.
 */
export function districtTodos(months: readonly DistrictMonthState[], now: Date): Todo[] {
  return months
    .filter((m) => m.open && isEditableStatus(m.status))
    .map((m): Todo => {
      const daysLeft = daysUntilDeadline(m.deadline, now);
      return {
        kind: m.status === 'returned' ? 'returned' : 'fill',
        periodKey: m.periodKey, deadline: m.deadline, daysLeft, urgency: deadlineUrgency(daysLeft),
        count: m.status === 'returned' ? m.returnedFigures : 0,
      };
    })
    .sort(byDeadline);
}

/** A month as the city's to-do list reads it: in the reviewer's scope. */
export interface CityMonthState {
  periodKey: string;
  deadline: string;
  open: boolean;
  /** District-months submitted or asking for a revision (awaiting the city). */
  awaitingReview: number;
  /** Districts past the deadline that have not submitted. */
  late: number;
}

/** The city reviewer's to-dos: "4 awaiting review" per month, and the late districts of open months to remind (催报). */
export function cityTodos(months: readonly CityMonthState[]): Todo[] {
  const todos: Todo[] = [];
  for (const m of months) {
    if (m.awaitingReview > 0) todos.push({ kind: 'review', periodKey: m.periodKey, deadline: m.deadline, daysLeft: null, urgency: null, count: m.awaitingReview });
    if (m.open && m.late > 0) todos.push({ kind: 'remind', periodKey: m.periodKey, deadline: m.deadline, daysLeft: null, urgency: null, count: m.late });
  }
  return todos.sort(byDeadline);
}

/** A district-month is late: past its deadline and not submitted (or marked late at its submit). */
export function isLate(input: { deadline: string; submittedAt: string | null; markedLate: boolean }, now: Date): boolean {
  return input.markedLate || (input.submittedAt === null && now.toISOString() > input.deadline);
}

/** A district the city may remind (催报) now: the month is open, its deadline passed, and the district has not submitted. */
export function mayRemind(input: { open: boolean; deadline: string; status: SubmissionStatus }, now: Date): boolean {
  return input.open && now.toISOString() > input.deadline && isEditableStatus(input.status);
}

/**
 * 催报 is not repeated at will: a district is reminded of one month at most once in any
 * REMIND_INTERVAL_HOURS (a rolling window from the last reminder of that month), so that an
 * operator is not flooded by a reviewer pressing the button again and again.
 */
export const REMIND_INTERVAL_HOURS = 4;
const REMIND_INTERVAL_MS = REMIND_INTERVAL_HOURS * 3_600_000;

/** When the district may be reminded of the month again (null: never reminded, so now). */
export function nextReminderAt(lastRemindedAt: string | null): string | null {
  return lastRemindedAt === null ? null : new Date(Date.parse(lastRemindedAt) + REMIND_INTERVAL_MS).toISOString();
}

/** Whether a district last reminded of the month at `lastRemindedAt` may be reminded again now. */
export function remindWindowOpen(lastRemindedAt: string | null, now: Date): boolean {
  const next = nextReminderAt(lastRemindedAt);
  return next === null || now.getTime() >= Date.parse(next);
}

/** The latest of the instants (ISO strings), or null for none. */
export function latestInstant(instants: readonly (string | null)[]): string | null {
  let latest: string | null = null;
  for (const at of instants) if (at !== null && (latest === null || Date.parse(at) > Date.parse(latest))) latest = at;
  return latest;
}

/** Beijing's date and minute (YYYY-MM-DD HH:mm) of an instant, as messages print the time of a reminder. */
export function beijingMinute(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const BULK_SKIP_REASONS = ['not_submitted', 'findings', 'missing_figures'] as const;
export type BulkSkipReason = (typeof BULK_SKIP_REASONS)[number];

/**
 * Whether the city's bulk approval takes a district-month: it is submitted, every figure due is
 * there, and the consistency checks find nothing (no error, no warning). Anything else is left for
 * the reviewer to look at, with the first reason that stopped it.
 */
export function bulkApprovalSkip(input: { status: SubmissionStatus; missingFigures: number; findings: number }): BulkSkipReason | null {
  if (input.status !== 'submitted') return 'not_submitted';
  if (input.missingFigures > 0) return 'missing_figures';
  if (input.findings > 0) return 'findings';
  return null;
}

/** Preset reasons for returning figures (the reviewer may add free text after one). */
export const RETURN_REASON_PRESETS = ['verify_value', 'growth_mismatch', 'unit_slip', 'explain_change', 'missing_figure', 'basis'] as const;
export type ReturnReasonPreset = (typeof RETURN_REASON_PRESETS)[number];
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReasonPreset, LocalizedText>> = {
  verify_value: { 'zh-CN': '数值有误，请核实后重报', 'zh-TW': '數值有誤，請核實後重報', en: 'The value looks wrong: please check and report again' },
  growth_mismatch: { 'zh-CN': '增速与按累计值计算的不符，请核实', 'zh-TW': '增速與按累計值計算的不符，請核實', en: 'The growth differs from the one computed from the amounts: please check' },
  unit_slip: { 'zh-CN': '单位疑似有误（万元/亿元），请核实', 'zh-TW': '單位疑似有誤（萬元/億元），請核實', en: 'The unit looks wrong (10k / 100m yuan): please check' },
  explain_change: { 'zh-CN': '波动较大，请在备注中说明原因', 'zh-TW': '波動較大，請在備註中說明原因', en: 'A large change: please explain it in the note' },
  missing_figure: { 'zh-CN': '漏报指标，请补报', 'zh-TW': '漏報指標，請補報', en: 'A figure is missing: please report it' },
  basis: { 'zh-CN': '统计口径与上年不一致，请说明', 'zh-TW': '統計口徑與上年不一致，請說明', en: 'The basis differs from last year: please explain' },
};

/** The reason sent: the preset's words in the reviewer's language, then the free text, joined as a sentence. */
export function returnReasonText(preset: ReturnReasonPreset | null, free: string, locale: keyof LocalizedText): string {
  const parts = [preset ? RETURN_REASON_LABELS[preset][locale] : '', free.trim()].filter((p) => p !== '');
  return parts.join(locale === 'en' ? '. ' : '；');
}

/** Beijing's calendar date (YYYY-MM-DD) of an instant, as messages print deadlines. */
export function deadlineDay(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
