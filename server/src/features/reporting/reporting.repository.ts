import { PUBLISHED_STATUSES, STORED_SUBMISSION_STATUSES, isEditableStatus } from '@hongtu/domain';

const STORED_EDITABLE_STATUSES = STORED_SUBMISSION_STATUSES.filter(isEditableStatus);
import type { Executor } from '../../db/database';
import type { FigureRow, ReportingPeriodRow, SubmissionRow } from './reporting.table';

/** Reads and writes of periods, submissions, figures and their history; no rules here. */
export function reportingRepository(db: Executor) {
  return {
    findPeriod(year: number, month: number): Promise<ReportingPeriodRow | undefined> {
      return db.selectFrom('reporting_periods').selectAll().where('year', '=', year).where('month', '=', month).executeTakeFirst();
    },
    listPeriods(year?: number): Promise<ReportingPeriodRow[]> {
      let q = db.selectFrom('reporting_periods').selectAll();
      if (year) q = q.where('year', '=', year);
      return q.orderBy('year', 'desc').orderBy('month', 'desc').execute();
    },
    /**
     * Per period id: the district-months under `organisationPath` whose figures are published
     * (approved, or approved with a revision requested: the dashboards' published statuses).
     */
    async publishedCounts(organisationPath: string, year?: number): Promise<Map<number, number>> {
      let q = db.selectFrom('submissions as s')
        .innerJoin('organisations as o', 'o.id', 's.organisation_id')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select(['s.period_id', (eb) => eb.fn.countAll().as('n')])
        .where('s.status', 'in', PUBLISHED_STATUSES)
        .where('o.path', 'like', `${organisationPath}%`);
      if (year) q = q.where('p.year', '=', year);
      const rows = await q.groupBy('s.period_id').execute();
      return new Map(rows.map((r) => [r.period_id, Number(r.n)]));
    },
    findSubmission(periodId: number, organisationId: number): Promise<SubmissionRow | undefined> {
      return db.selectFrom('submissions').selectAll().where('period_id', '=', periodId).where('organisation_id', '=', organisationId).executeTakeFirst();
    },
    figuresOf(submissionId: number): Promise<FigureRow[]> {
      return db.selectFrom('figures').selectAll().where('submission_id', '=', submissionId).execute();
    },
    /** The current figures of an organisation for one period, by indicator id (any status). */
    async figuresFor(organisationId: number, year: number, month: number): Promise<Map<number, FigureRow>> {
      const rows = await db
        .selectFrom('figures as f')
        .innerJoin('submissions as s', 's.id', 'f.submission_id')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .selectAll('f')
        .where('s.organisation_id', '=', organisationId)
        .where('p.year', '=', year)
        .where('p.month', '=', month)
        .execute();
      return new Map(rows.map((r) => [r.indicator_id, r]));
    },
    async createSubmission(periodId: number, organisationId: number, now: string): Promise<SubmissionRow> {
      return db.insertInto('submissions')
        .values({ period_id: periodId, organisation_id: organisationId, status: 'draft', submitted_at: null, approved_at: null, reason: null, updated_at: now })
        .returningAll().executeTakeFirstOrThrow();
    },
    /**
     * Counts a save of figures: the version moves on whatever it was read as, as long as the month is
     * still editable (two operators saving different indicators both succeed; a save racing a submit
     * finds the month submitted and gets undefined). Figure versions guard the figures themselves.
     */
    touchEditableSubmission(id: number, now: string): Promise<SubmissionRow | undefined> {
      return db.updateTable('submissions').set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', id).where('status', 'in', STORED_EDITABLE_STATUSES).returningAll().executeTakeFirst();
    },
    /** Moves a submission on when its version is still the one read; undefined means someone else won. */
    updateSubmission(id: number, version: number, changes: Partial<Omit<SubmissionRow, 'id' | 'version'>>): Promise<SubmissionRow | undefined> {
      return db.updateTable('submissions').set({ ...changes, version: version + 1 })
        .where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();
    },
    async addEvent(event: {
      submission_id: number; action: string; from_status: string | null; to_status: string;
      submission_version: number; reason: string | null; actor_id: number | null; at: string;
    }): Promise<void> {
      await db.insertInto('submission_events').values(event).execute();
    },
    lastEvent(submissionId: number) {
      return db.selectFrom('submission_events').selectAll().where('submission_id', '=', submissionId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
  };
}
export type ReportingRepository = ReturnType<typeof reportingRepository>;
