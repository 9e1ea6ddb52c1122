import type { Figure, Submission } from '@hongtu/contracts';
import { fixedText, isReportingUnit, monthActions, parsePeriodKey, periodKey, type MonthActions } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { amountFromDb, amountText, decText } from '../../db/amount-codec';
import { indicatorsRepository } from '../indicators/indicators.public';
import type { IndicatorRow } from '../indicators/indicators.public';
import { yearTargets } from '../targets/targets.public';
import { organisationsRepository } from '../organisations/organisations.public';
import type { OrganisationRow } from '../organisations/organisations.public';
import { computedYoy, type FigureUnderCheck } from './consistency';
import { reportingRepository } from './reporting.repository';
import type { FigureRow, ReportingPeriodRow, SubmissionRow } from './reporting.table';

/** Everything about one district's month that the use cases need. */
export interface MonthContext {
  period: ReportingPeriodRow;
  organisation: OrganisationRow;
  submission: SubmissionRow | undefined;
  indicators: IndicatorRow[];
  figures: Map<number, FigureRow>;
  previous: Map<number, FigureRow>;
  lastYear: Map<number, FigureRow>;
  targeted: Set<number>;
}

export function parsePeriodOrFail(periodKey: string): { year: number; month: number } {
  const p = parsePeriodKey(periodKey);
  if (!p) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'periodKey', message: periodKey }]);
  return p;
}

/** Loads a district-month inside the actor's scope (404 outside it, like a missing one). */
export async function loadMonth(exec: Executor, actor: Actor, periodKey: string, organisationId: number): Promise<MonthContext> {
  const { year, month } = parsePeriodOrFail(periodKey);
  const organisation = await organisationsRepository(exec).findById(organisationId);
  if (!organisation) throw notFound();
  assertInScope(actor, organisation.path);
  if (!isReportingUnit(organisation.kind)) throw new AppError(400, 'NOT_A_REPORTING_UNIT');
  const repo = reportingRepository(exec);
  const period = await repo.findPeriod(year, month);
  if (!period) throw new AppError(404, 'PERIOD_NOT_FOUND', { period: periodKey });
  const submission = await repo.findSubmission(period.id, organisationId);
  const [indicators, figures, previous, lastYear, targets] = await Promise.all([
    indicatorsRepository(exec).list(),
    submission ? repo.figuresOf(submission.id).then((rows) => new Map(rows.map((r) => [r.indicator_id, r]))) : Promise.resolve(new Map<number, FigureRow>()),
    month > 1 ? repo.figuresFor(organisationId, year, month - 1) : Promise.resolve(new Map<number, FigureRow>()),
    repo.figuresFor(organisationId, year - 1, month),
    yearTargets(exec, [organisationId], year),
  ]);
  return { period, organisation, submission, indicators, figures, previous, lastYear, targeted: new Set(targets.filter((t) => !t.noTarget).map((t) => t.indicatorId)) };
}

/** The figures as the checks see them; `overrides` are unsaved values of a dry run. */
export function figuresUnderCheck(
  m: MonthContext,
  overrides?: Map<number, { ytd: FigureUnderCheck['ytd']; reportedYoy: FigureUnderCheck['reportedYoy']; note: string | null }>,
): FigureUnderCheck[] {
  return m.indicators.map((indicator) => {
    const stored = m.figures.get(indicator.id);
    const override = overrides?.get(indicator.id);
    const previousYtd = amountFromDb(m.previous.get(indicator.id)?.ytd_value ?? null);
    return {
      indicator,
      ytd: override ? override.ytd : amountFromDb(stored?.ytd_value ?? null),
      reportedYoy: override ? override.reportedYoy : amountFromDb(stored?.reported_yoy ?? null),
      note: override ? override.note : (stored?.note ?? null),
      previousYtd,
      lastYearYtd: amountFromDb(m.lastYear.get(indicator.id)?.ytd_value ?? null),
      expected: m.targeted.has(indicator.id) || previousYtd !== null,
    };
  });
}

export function periodKeyOf(period: ReportingPeriodRow): string {
  return periodKey(period);
}

const NO_ACTIONS: MonthActions = { edit: false, submit: false, requestRevision: false, approve: false, returnFigures: false, decideRevision: false };

/**
 * The month as the API answers it, with what `viewer` may do on it (packages/domain monthActions);
 * a past version (viewer null) allows nothing.
 */
export function toSubmission(m: MonthContext, now: Date, viewer: Pick<Actor, 'role' | 'organisationId'> | null): Submission {
  const s = m.submission;
  const status = s?.status ?? 'not_started';
  const actions = viewer
    ? monthActions({ role: viewer.role, own: viewer.organisationId === m.organisation.id, status, periodOpen: m.period.status === 'open' })
    : NO_ACTIONS;
  const figures: Figure[] = m.indicators.map((indicator) => {
    const f = m.figures.get(indicator.id);
    const ytd = amountFromDb(f?.ytd_value ?? null);
    const lastYear = amountFromDb(m.lastYear.get(indicator.id)?.ytd_value ?? null);
    return {
      indicatorCode: indicator.code,
      ytdValue: amountText(f?.ytd_value ?? null),
      reportedYoy: amountText(f?.reported_yoy ?? null),
      note: f?.note ?? null,
      returned: f?.returned === 1,
      returnReason: f?.return_reason ?? null,
      source: f?.source ?? 'entered',
      sourceRef: f?.source_ref ?? null,
      sourceQuote: f?.source_quote ?? null,
      version: f?.version ?? 0,
      previousYtd: amountText(m.previous.get(indicator.id)?.ytd_value ?? null),
      lastYearYtd: decText(lastYear),
      computedYoy: fixedText(computedYoy(indicator.kind, ytd, lastYear), 2, true),
    };
  });
  const lateNow = !s?.submitted_at && now.toISOString() > m.period.deadline;
  return {
    id: s?.id ?? null,
    periodKey: periodKeyOf(m.period),
    organisationId: m.organisation.id,
    organisationName: m.organisation.name,
    status,
    version: s?.version ?? 0,
    late: s?.late === 1 || lateNow,
    submittedAt: s?.submitted_at ?? null,
    approvedAt: s?.approved_at ?? null,
    reason: s?.reason ?? null,
    deadline: m.period.deadline,
    figures,
    actions,
  };
}
