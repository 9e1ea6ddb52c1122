import type { Board, Submission } from '@hongtu/contracts';
import { REPORTING_UNIT_KINDS } from '@hongtu/domain';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { amountText } from '../../db/amount-codec';
import { loadMonth, parsePeriodOrFail, toSubmission } from './month-context';
import { toPeriod } from './periods.service';
import { reportingRepository } from './reporting.repository';
import { pathInScope } from '../../platform/permissions/scope';

/** Who has not started / drafted / submitted / been returned / been approved, and who is late. */
export async function submissionBoard(db: Db, actor: Actor, periodKey: string, now: Date): Promise<Board> {
  const { year, month } = parsePeriodOrFail(periodKey);
  const period = await reportingRepository(db).findPeriod(year, month);
  if (!period) throw new AppError(404, 'PERIOD_NOT_FOUND', { period: periodKey });
  const rows = await db
    .selectFrom('organisations as o')
    .leftJoin('submissions as s', (join) => join.onRef('s.organisation_id', '=', 'o.id').on('s.period_id', '=', period.id))
    .select(['o.id', 'o.name', 'o.kind', 's.id as submission_id', 's.status', 's.late', 's.submitted_at', 's.updated_at'])
    .where('o.kind', 'in', REPORTING_UNIT_KINDS)
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .orderBy('o.kind')
    .orderBy('o.code')
    .execute();
  const returned = await db
    .selectFrom('figures as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .select(['s.organisation_id', (eb) => eb.fn.countAll().as('n')])
    .where('s.period_id', '=', period.id)
    .where('f.returned', '=', 1)
    .groupBy('s.organisation_id')
    .execute();
  const returnedBy = new Map(returned.map((r) => [r.organisation_id, Number(r.n)]));
  const pastDeadline = now.toISOString() > period.deadline;
  return {
    period: toPeriod(period),
    rows: rows.map((r) => ({
      organisationId: r.id,
      organisationName: r.name,
      kind: r.kind,
      status: r.status ?? 'not_started',
      late: r.late === 1 || (!r.submitted_at && pastDeadline),
      submittedAt: r.submitted_at ?? null,
      updatedAt: r.updated_at ?? null,
      returnedFigures: returnedBy.get(r.id) ?? 0,
    })),
  };
}

/** Every workflow event and every figure version of a district's month. */
export async function submissionHistory(db: Db, actor: Actor, periodKey: string, organisationId: number) {
  const m = await loadMonth(db, actor, periodKey, organisationId);
  if (!m.submission) return { events: [], versions: [] };
  const events = await db
    .selectFrom('submission_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.submission_version', 'e.reason', 'e.at', 'u.username', 'u.display_name'])
    .where('e.submission_id', '=', m.submission.id)
    .orderBy('e.id')
    .execute();
  const versions = await db
    .selectFrom('figure_versions as v')
    .innerJoin('figures as f', 'f.id', 'v.figure_id')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['i.code', 'v.version', 'v.ytd_value', 'v.reported_yoy', 'v.note', 'v.adjusted_base', 'v.reported_yoy_comparable', 'v.comparable_reason', 'v.vintage', 'v.source', 'u.username', 'u.display_name', 'v.changed_at', 'v.submission_version'])
    .where('v.submission_id', '=', m.submission.id)
    .orderBy('v.id')
    .execute();
  return {
    events: events.map((e) => ({
      action: e.action, fromStatus: e.from_status, toStatus: e.to_status, submissionVersion: e.submission_version,
      reason: e.reason, actorName: e.username ?? null, actorDisplayName: e.display_name ?? null, at: e.at,
    })),
    versions: versions.map((v) => ({
      indicatorCode: v.code, version: v.version, ytdValue: amountText(v.ytd_value), reportedYoy: amountText(v.reported_yoy),
      note: v.note, adjustedBase: amountText(v.adjusted_base), reportedYoyComparable: amountText(v.reported_yoy_comparable), comparableReason: v.comparable_reason, vintage: v.vintage, source: v.source, changedBy: v.username ?? null, changedByDisplayName: v.display_name ?? null, changedAt: v.changed_at, submissionVersion: v.submission_version,
    })),
  };
}

/**
 * The month as it stood at an earlier submission version: each figure's latest version up to it,
 * the status, reason and submit / approve times of the events up to it. Return flags: the return in
 * force at the version is the last 'return' event up to it with no 'submit' after it (up to it).
 * When that is the return the month is still under (no submit since, at all), the figures' stored
 * flags and reasons are that return's; for an earlier return they were cleared by the next submit
 * and are not stored per version, so the figures answer returned = false / returnReason = null.
 * sourceRef / sourceQuote are stored per figure only: kept when the version shown is the current one.
 */
export async function submissionAsOf(db: Db, actor: Actor, periodKey: string, organisationId: number, submissionVersion: number, now: Date): Promise<Submission> {
  const m = await loadMonth(db, actor, periodKey, organisationId);
  if (!m.submission) return toSubmission(m, now, actor);
  const [versions, events] = await Promise.all([
    db.selectFrom('figure_versions').selectAll()
      .where('submission_id', '=', m.submission.id)
      .where('submission_version', '<=', submissionVersion)
      .orderBy('version')
      .execute(),
    db.selectFrom('submission_events').selectAll()
      .where('submission_id', '=', m.submission.id)
      .orderBy('id')
      .execute(),
  ]);
  const upTo = events.filter((e) => e.submission_version <= submissionVersion);
  const lastIndex = (action: string) => upTo.findLastIndex((e) => e.action === action);
  const returnAt = lastIndex('return');
  const returnInForce = returnAt > lastIndex('submit');
  const stillUnderIt = returnInForce && !events.slice(returnAt + 1).some((e) => e.action === 'submit');
  const figures = new Map(m.figures);
  for (const [indicatorId, figure] of m.figures) {
    const latest = versions.filter((v) => v.figure_id === figure.id).at(-1);
    if (!latest) {
      figures.delete(indicatorId);
      continue;
    }
    const current = latest.version === figure.version;
    figures.set(indicatorId, {
      ...figure,
      ytd_value: latest.ytd_value, reported_yoy: latest.reported_yoy, note: latest.note, version: latest.version,
      adjusted_base: latest.adjusted_base, reported_yoy_comparable: latest.reported_yoy_comparable, comparable_reason: latest.comparable_reason, vintage: latest.vintage,
      source: latest.source as typeof figure.source,
      source_ref: current ? figure.source_ref : null,
      source_quote: current ? figure.source_quote : null,
      returned: stillUnderIt ? figure.returned : 0,
      return_reason: stillUnderIt && figure.returned === 1 ? figure.return_reason : null,
    });
  }
  const last = upTo.at(-1);
  const status = (last?.to_status ?? 'draft') as typeof m.submission.status;
  const lastAt = (action: string) => upTo.findLast((e) => e.action === action)?.at ?? null;
  return toSubmission({
    ...m,
    figures,
    submission: {
      ...m.submission, status, version: submissionVersion, reason: last?.reason ?? null,
      submitted_at: lastAt('submit'), approved_at: lastAt('approve'),
    },
  }, now, submissionVersion === m.submission.version ? actor : null);
}
