import type { Board, Submission } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { amountText } from '../indicators/amount-codec';
import { loadMonth, parsePeriodOrFail, toSubmission } from './month-context';
import { toPeriod } from './periods.service';
import { reportingRepository } from './reporting.repository';

/** Who has not started / drafted / submitted / been returned / been approved, and who is late. */
export async function submissionBoard(db: Db, actor: Actor, periodKey: string, now: Date): Promise<Board> {
  const { year, month } = parsePeriodOrFail(periodKey);
  const period = await reportingRepository(db).findPeriod(year, month);
  if (!period) throw new AppError(404, 'PERIOD_NOT_FOUND', { period: periodKey });
  const rows = await db
    .selectFrom('organisations as o')
    .leftJoin('submissions as s', (join) => join.onRef('s.organisation_id', '=', 'o.id').on('s.period_id', '=', period.id))
    .select(['o.id', 'o.name', 'o.kind', 's.id as submission_id', 's.status', 's.late', 's.submitted_at', 's.updated_at'])
    .where('o.kind', 'in', ['district', 'zone'])
    .where('o.path', 'like', `${actor.organisationPath}%`)
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
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.submission_version', 'e.reason', 'e.at', 'u.username'])
    .where('e.submission_id', '=', m.submission.id)
    .orderBy('e.id')
    .execute();
  const versions = await db
    .selectFrom('figure_versions as v')
    .innerJoin('figures as f', 'f.id', 'v.figure_id')
    .innerJoin('indicators as i', 'i.id', 'f.indicator_id')
    .leftJoin('users as u', 'u.id', 'v.changed_by')
    .select(['i.code', 'v.version', 'v.ytd_value', 'v.reported_yoy', 'v.note', 'v.source', 'u.username', 'v.changed_at', 'v.submission_version'])
    .where('v.submission_id', '=', m.submission.id)
    .orderBy('v.id')
    .execute();
  return {
    events: events.map((e) => ({
      action: e.action, fromStatus: e.from_status, toStatus: e.to_status, submissionVersion: e.submission_version,
      reason: e.reason, actorName: e.username ?? null, at: e.at,
    })),
    versions: versions.map((v) => ({
      indicatorCode: v.code, version: v.version, ytdValue: amountText(v.ytd_value), reportedYoy: amountText(v.reported_yoy),
      note: v.note, source: v.source, changedBy: v.username ?? null, changedAt: v.changed_at, submissionVersion: v.submission_version,
    })),
  };
}

/** The month as it stood at an earlier submission version: each figure's latest version up to it. */
export async function submissionAsOf(db: Db, actor: Actor, periodKey: string, organisationId: number, submissionVersion: number, now: Date): Promise<Submission> {
  const m = await loadMonth(db, actor, periodKey, organisationId);
  if (!m.submission) return toSubmission(m, now);
  const versions = await db.selectFrom('figure_versions').selectAll()
    .where('submission_id', '=', m.submission.id)
    .where('submission_version', '<=', submissionVersion)
    .orderBy('version')
    .execute();
  const figures = new Map(m.figures);
  for (const [indicatorId, figure] of m.figures) {
    const latest = versions.filter((v) => v.figure_id === figure.id).at(-1);
    if (!latest) figures.delete(indicatorId);
    else figures.set(indicatorId, { ...figure, ytd_value: latest.ytd_value, reported_yoy: latest.reported_yoy, note: latest.note, version: latest.version, source: latest.source as typeof figure.source });
  }
  const event = await db.selectFrom('submission_events').selectAll()
    .where('submission_id', '=', m.submission.id).where('submission_version', '<=', submissionVersion)
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  const status = (event?.to_status ?? 'draft') as typeof m.submission.status;
  return toSubmission({ ...m, figures, submission: { ...m.submission, status, version: submissionVersion } }, now);
}
