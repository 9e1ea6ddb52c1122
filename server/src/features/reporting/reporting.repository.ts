import { PUBLISHED_STATUSES, STORED_SUBMISSION_STATUSES, isEditableStatus } from '@hongtu/domain';

const STORED_EDITABLE_STATUSES = STORED_SUBMISSION_STATUSES.filter(isEditableStatus);
import type { Executor } from '../../db/database';
import { amountText, type ScaledAmount } from '../../db/amount-codec';
import type { FigureRow, ReportingPeriodRow, SubmissionRow } from './reporting.table';

/**
 * A figure of an earlier month as the city approved it (docs/DOMAIN.md "Last year's base"): the base
 * of growth. `ytd_value` is the value at the latest approval; when an approval after the first
 * changed it (a granted revision), `revised` says so, with the value first approved and when the
 * approved value was entered.
 */
export interface ApprovedFigure {
  ytd_value: ScaledAmount | null;
  revised: boolean;
  first_approved_ytd: ScaledAmount | null;
  revised_at: string | null;
}

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
    /** The current figures of an organisation for some months of one year: month → indicator id → figure (any status). */
    async figuresForMonths(organisationId: number, year: number, months: readonly number[]): Promise<Map<number, Map<number, FigureRow>>> {
      const byMonth = new Map<number, Map<number, FigureRow>>();
      if (months.length === 0) return byMonth;
      const rows = await db
        .selectFrom('figures as f')
        .innerJoin('submissions as s', 's.id', 'f.submission_id')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .selectAll('f')
        .select('p.month as period_month')
        .where('s.organisation_id', '=', organisationId)
        .where('p.year', '=', year)
        .where('p.month', 'in', [...months])
        .execute();
      for (const { period_month: month, ...figure } of rows) {
        const forMonth = byMonth.get(month) ?? new Map<number, FigureRow>();
        forMonth.set(figure.indicator_id, figure);
        byMonth.set(month, forMonth);
      }
      return byMonth;
    },
    /** One organisation's figures of one month as approved, by indicator id (see approvedFiguresOf). */
    async approvedFiguresFor(organisationId: number, year: number, month: number): Promise<Map<number, ApprovedFigure>> {
      return (await this.approvedFiguresOf([organisationId], year, month)).get(organisationId) ?? new Map<number, ApprovedFigure>();
    },
    /**
     * Organisations' figures of one month as approved: organisation id → indicator id → ApprovedFigure,
     * in at most four queries whatever their number. A month never approved has none: a draft is no
     * base. While a month is published its current figures are the approved ones; after a granted
     * revision (returned, edited, submitted again) they are the versions in force at the last
     * approval until the city approves again. Versions are read only for months approved more than
     * once or no longer published: a month approved once and still published cannot have been revised.
     */
    async approvedFiguresOf(organisationIds: readonly number[], year: number, month: number): Promise<Map<number, Map<number, ApprovedFigure>>> {
      const result = new Map<number, Map<number, ApprovedFigure>>();
      if (organisationIds.length === 0) return result;
      const submissions = await db.selectFrom('submissions as s')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select(['s.id', 's.organisation_id', 's.status'])
        .where('s.organisation_id', 'in', [...organisationIds]).where('p.year', '=', year).where('p.month', '=', month)
        .execute();
      if (submissions.length === 0) return result;
      const events = await db.selectFrom('submission_events').select(['submission_id', 'submission_version'])
        .where('submission_id', 'in', submissions.map((s) => s.id)).where('action', '=', 'approve').orderBy('id').execute();
      const approvalsOf = new Map<number, number[]>();
      for (const e of events) approvalsOf.set(e.submission_id, [...(approvalsOf.get(e.submission_id) ?? []), e.submission_version]);
      const isPublished = (status: string) => (PUBLISHED_STATUSES as readonly string[]).includes(status);
      const approved = submissions.filter((s) => isPublished(s.status) || approvalsOf.has(s.id));
      if (approved.length === 0) return result;
      const needVersions = approved.filter((s) => !isPublished(s.status) || (approvalsOf.get(s.id)?.length ?? 0) > 1).map((s) => s.id);
      const [figures, versions] = await Promise.all([
        db.selectFrom('figures').select(['id', 'submission_id', 'indicator_id', 'ytd_value', 'updated_at'])
          .where('submission_id', 'in', approved.map((s) => s.id)).execute(),
        needVersions.length === 0 ? Promise.resolve([]) : db.selectFrom('figure_versions').select(['figure_id', 'ytd_value', 'submission_version', 'changed_at'])
          .where('submission_id', 'in', needVersions).orderBy('version').execute(),
      ]);
      const versionsOf = new Map<number, typeof versions>();
      for (const v of versions) versionsOf.set(v.figure_id, [...(versionsOf.get(v.figure_id) ?? []), v]);
      const submissionOf = new Map(approved.map((s) => [s.id, s]));
      for (const f of figures) {
        const s = submissionOf.get(f.submission_id)!;
        const approvals = approvalsOf.get(s.id) ?? [];
        const own = versionsOf.get(f.id) ?? [];
        const at = (submissionVersion: number | undefined) =>
          submissionVersion === undefined ? undefined : own.findLast((v) => v.submission_version <= submissionVersion);
        const current = isPublished(s.status) ? { ytd_value: f.ytd_value, changed_at: f.updated_at } : at(approvals.at(-1));
        if (!current) continue;
        // Approved once and still published: the current figure is the one approved. Without any
        // recorded approval or version (figures loaded as approved) there is nothing to compare with.
        const initial = (approvals.length > 1 || !isPublished(s.status)) && own.length > 0 ? at(approvals[0]) : current;
        const revised = approvals.length > 0 && (initial === undefined || amountText(initial.ytd_value) !== amountText(current.ytd_value));
        const forOrganisation = result.get(s.organisation_id) ?? new Map<number, ApprovedFigure>();
        forOrganisation.set(f.indicator_id, {
          ytd_value: current.ytd_value,
          revised,
          first_approved_ytd: revised ? (initial?.ytd_value ?? null) : null,
          revised_at: revised ? current.changed_at : null,
        });
        result.set(s.organisation_id, forOrganisation);
      }
      return result;
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
    /** The month's latest approval or granted correction (which of the two came last decides monthWritable). */
    lastDecision(submissionId: number) {
      return db.selectFrom('submission_events').select('action').where('submission_id', '=', submissionId)
        .where('action', 'in', ['approve', 'grant_revision']).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
    lastEvent(submissionId: number) {
      return db.selectFrom('submission_events').selectAll().where('submission_id', '=', submissionId).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },
  };
}
export type ReportingRepository = ReturnType<typeof reportingRepository>;
