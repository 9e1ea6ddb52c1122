// What other features may use of monthly reporting (enforced by the lint rule on imports).
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { checkFigures } from './consistency';
import { figuresUnderCheck, periodKeyOf, type MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';

export type { FigureSource, SubmissionStatus } from './reporting.table';

// A district's month as the use cases read it (404 outside the actor's scope) and answer it. Its
// `indicators` are those due in the month (docs/DOMAIN.md "Reporting frequency"), `notDue` the
// others, `previous` each indicator's figure at its previous due month (previousMonthOf).
export { loadMonth, parsePeriodOrFail, periodKeyOf, previousMonthOf, toSubmission, type FigureOverride, type MonthContext } from './month-context';
export type { ApprovedFigure } from './reporting.repository';

// Writing a month's figures exactly as a manual save does (the Excel import's commit).
export { assertEditable, writeFigures, type ParsedFigure } from './figure-writer';

/** The consistency findings of a month as it would be with `overrides` (unsaved values of a dry run). */
export function checkMonthWith(m: MonthContext, overrides: Parameters<typeof figuresUnderCheck>[1], locale: Locale) {
  return checkFigures(figuresUnderCheck(m, overrides), locale);
}

/**
 * Organisations' figures of one month as the city approved them (organisation id → indicator id):
 * the base of year-on-year growth (docs/DOMAIN.md "Last year's base"), with whether a revision
 * changed them after the first approval. A month never approved has none. At most four queries.
 */
export function approvedFigures(exec: Executor, organisationIds: readonly number[], year: number, month: number) {
  return reportingRepository(exec).approvedFiguresOf(organisationIds, year, month);
}

/** The key ("2026-03") of the reporting period with this id (an import batch keeps the id). */
export async function periodKeyById(exec: Executor, id: number): Promise<string> {
  return periodKeyOf(await exec.selectFrom('reporting_periods').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

// A month's submissions with their last approval and their figures' versions: the reports cite them for every figure.
export { isApprovedStatus, submissionApprovals, submissionApprovalsOfMonths, type MonthUnits, type SubmissionApproval } from './figure-approvals';
