import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { ReminderStatus } from '@hongtu/contracts/notifications';
import {
  REMIND_INTERVAL_HOURS, REPORTING_UNIT_KINDS, latestInstant, mayRemind, nextReminderAt, parsePeriodKey, remindWindowOpen,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

/**
 * The reminders of a month read back: each 催报 is one audit row (period.remind) naming the districts
 * it reached, so the audit log is the record of who was reminded when. Each row reminds at least one
 * district and a district is reminded of a month at most once in REMIND_INTERVAL_HOURS, so the rows of
 * the window are never more than the reporting units; the newest READ_BACK rows hold them all.
 */
const READ_BACK = 500;

/** The last reminder of the month per district (organisation id → instant), newest rows first. */
export async function lastRemindersOf(db: Executor, periodKey: string): Promise<Map<number, string>> {
  const rows = await db.selectFrom('audit_log').select(['at', 'after_json'])
    .where('entity_type', '=', AuditEntityTypes.reportingPeriod).where('entity_id', '=', periodKey)
    .where('action', '=', AuditActions.periodRemind).where('result', '=', 'success')
    .orderBy('id', 'desc').limit(READ_BACK)
    .execute();
  const last = new Map<number, string>();
  for (const row of rows) {
    for (const id of remindedIds(row.after_json)) if (!last.has(id)) last.set(id, row.at);
  }
  return last;
}

function remindedIds(afterJson: string | null): number[] {
  if (afterJson === null) return [];
  const after = JSON.parse(afterJson) as { organisations?: { id?: unknown }[] };
  return (after.organisations ?? []).map((o) => o.id).filter((id): id is number => typeof id === 'number');
}

export interface LateUnit {
  id: number;
  name: string;
}

/** The month's reporting units of the actor's scope that are late, split into those due a reminder and those within the window. */
export async function lateUnitsOf(db: Executor, actor: Actor, periodKey: string, now: Date, lockPeriod = false) {
  const p = parsePeriodKey(periodKey);
  if (!p) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'periodKey', message: periodKey }]);
  const query = db.selectFrom('reporting_periods').selectAll().where('year', '=', p.year).where('month', '=', p.month);
  // PostgreSQL: two reviewers pressing 催报 at once take turns on the month's row, so the second sees the first's reminders.
  const period = await (lockPeriod ? query.forUpdate() : query).executeTakeFirst();
  if (!period) throw new AppError(404, 'PERIOD_NOT_FOUND', { period: periodKey });
  const units = await db.selectFrom('organisations as o')
    .leftJoin('submissions as s', (j) => j.onRef('s.organisation_id', '=', 'o.id').on('s.period_id', '=', period.id))
    .select(['o.id', 'o.name', 's.status'])
    .where('o.kind', 'in', REPORTING_UNIT_KINDS)
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .orderBy('o.kind').orderBy('o.code')
    .execute();
  const late = units.filter((u) => mayRemind({ open: period.status === 'open', deadline: period.deadline, status: u.status ?? 'not_started' }, now));
  const last = await lastRemindersOf(db, periodKey);
  const due: LateUnit[] = [];
  const waiting: ReminderStatus['waiting'] = [];
  for (const u of late) {
    const at = last.get(u.id) ?? null;
    if (remindWindowOpen(at, now)) due.push({ id: u.id, name: u.name });
    else waiting.push({ organisationId: u.id, organisationName: u.name, lastRemindedAt: at!, nextAt: nextReminderAt(at)! });
  }
  const lastRemindedAt = latestInstant(units.map((u) => last.get(u.id) ?? null));
  return { period, p, late, due, waiting, lastRemindedAt };
}

/** 催报 of the month as the reviewer's button shows it. */
export async function reminderStatusOf(db: Executor, actor: Actor, periodKey: string, now: Date): Promise<ReminderStatus> {
  const { due, waiting, lastRemindedAt } = await lateUnitsOf(db, actor, periodKey, now);
  return { periodKey, intervalHours: REMIND_INTERVAL_HOURS, lastRemindedAt, remindable: due.length, waiting };
}
