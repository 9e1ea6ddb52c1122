import type { Figure, Submission } from '@hongtu/contracts';
import { DEFAULT_VINTAGE, fixedText, isDue, isReportingUnit, monthActions, monthWritable, parsePeriodKey, periodKey, previousDueMonth, rateRequired, type MonthActions } from '@hongtu/domain';
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
import { figureGrowths, type FigureUnderCheck } from './consistency';
import { reportingRepository, type ApprovedFigure } from './reporting.repository';
import type { FigureRow, ReportingPeriodRow, SubmissionRow } from './reporting.table';

/** Everything about one district's month that the use cases need. */
export interface MonthContext {
  period: ReportingPeriodRow;
  organisation: OrganisationRow;
  submission: SubmissionRow | undefined;
  /** The indicators due this month (docs/DOMAIN.md "Reporting frequency"): the ones asked for, checked and written. */
  indicators: IndicatorRow[];
  /** The indicators not reported this month (GDP in January …): refused when sent. */
  notDue: IndicatorRow[];
  figures: Map<number, FigureRow>;
  /** Each due indicator's figure at its previous due month of the year (last month, the previous quarter …). */
  previous: Map<number, FigureRow>;
  /** Last year's same-month figures as approved (the base of growth). */
  lastYear: Map<number, ApprovedFigure>;
  targeted: Set<number>;
  /** The city granted a correction after the month's last approval: writable though the period is closed (monthWritable). */
  correctionGranted: boolean;
}

export function parsePeriodOrFail(periodKey: string): { year: number; month: number } {
  const p = parsePeriodKey(periodKey);
  if (!p) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'periodKey', message: periodKey }]);
  return p;
}

/** The previous due month of an indicator in the month (frequency.ts previousDueMonth). */
export function previousMonthOf(indicator: IndicatorRow, month: number): number | null {
  return previousDueMonth(indicator.frequency, month);
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
  const all = await indicatorsRepository(exec).list();
  const indicators = all.filter((i) => isDue(i.frequency, month));
  const previousMonths = [...new Set(indicators.map((i) => previousMonthOf(i, month)).filter((m): m is number => m !== null))];
  const [figures, earlier, lastYear, targets, decision] = await Promise.all([
    submission ? repo.figuresOf(submission.id).then((rows) => new Map(rows.map((r) => [r.indicator_id, r]))) : Promise.resolve(new Map<number, FigureRow>()),
    repo.figuresForMonths(organisationId, year, previousMonths),
    repo.approvedFiguresFor(organisationId, year - 1, month),
    yearTargets(exec, [organisationId], year),
    submission ? repo.lastDecision(submission.id) : Promise.resolve(undefined),
  ]);
  const previous = new Map<number, FigureRow>();
  for (const indicator of indicators) {
    const at = previousMonthOf(indicator, month);
    const figure = at === null ? undefined : earlier.get(at)?.get(indicator.id);
    if (figure) previous.set(indicator.id, figure);
  }
  return {
    period, organisation, submission, indicators, notDue: all.filter((i) => !isDue(i.frequency, month)),
    figures, previous, lastYear, targeted: new Set(targets.filter((t) => !t.noTarget).map((t) => t.indicatorId)),
    correctionGranted: monthWritable(period.status === 'open', decision ? [decision] : []).correctionGranted,
  };
}

/** A figure's values as the checks read them, when they are not yet saved (a dry run, an import). */
export interface FigureOverride {
  ytd: FigureUnderCheck['ytd'];
  reportedYoy: FigureUnderCheck['reportedYoy'];
  note: string | null;
  /** Left out: the stored value. */
  adjustedBase?: FigureUnderCheck['adjustedBase'];
  reportedYoyComparable?: FigureUnderCheck['reportedYoyComparable'];
}

/** A figure says something: its amount, or for a real-growth indicator its rate alone. */
function reported(indicator: IndicatorRow, figure: FigureRow | undefined): boolean {
  return figure !== undefined && (figure.ytd_value !== null || (rateRequired(indicator.growth_basis) && figure.reported_yoy !== null));
}

/** The figures due this month as the checks see them; `overrides` are unsaved values of a dry run. */
export function figuresUnderCheck(m: MonthContext, overrides?: Map<number, FigureOverride>): FigureUnderCheck[] {
  return m.indicators.map((indicator) => {
    const stored = m.figures.get(indicator.id);
    const override = overrides?.get(indicator.id);
    const previousYtd = amountFromDb(m.previous.get(indicator.id)?.ytd_value ?? null);
    const storedBase = amountFromDb(stored?.adjusted_base ?? null);
    const storedComparable = amountFromDb(stored?.reported_yoy_comparable ?? null);
    return {
      indicator,
      ytd: override ? override.ytd : amountFromDb(stored?.ytd_value ?? null),
      reportedYoy: override ? override.reportedYoy : amountFromDb(stored?.reported_yoy ?? null),
      note: override ? override.note : (stored?.note ?? null),
      adjustedBase: override?.adjustedBase !== undefined ? override.adjustedBase : storedBase,
      reportedYoyComparable: override?.reportedYoyComparable !== undefined ? override.reportedYoyComparable : storedComparable,
      previousYtd,
      previousMonth: previousMonthOf(indicator, m.period.month),
      lastYearYtd: amountFromDb(m.lastYear.get(indicator.id)?.ytd_value ?? null),
      expected: m.targeted.has(indicator.id) || reported(indicator, m.previous.get(indicator.id)),
    };
  });
}

export function periodKeyOf(period: ReportingPeriodRow): string {
  return periodKey(period);
}

const NO_ACTIONS: MonthActions = { edit: false, submit: false, withdraw: false, requestRevision: false, approve: false, returnFigures: false, decideRevision: false };

/**
 * The month as the API answers it, with what `viewer` may do on it (packages/domain monthActions);
 * a past version (viewer null) allows nothing.
 */
export function toSubmission(m: MonthContext, now: Date, viewer: Pick<Actor, 'role' | 'organisationId'> | null): Submission {
  const s = m.submission;
  const status = s?.status ?? 'not_started';
  const actions = viewer
    ? monthActions({ role: viewer.role, own: viewer.organisationId === m.organisation.id, status, periodOpen: m.period.status === 'open', correctionGranted: m.correctionGranted })
    : NO_ACTIONS;
  const figures: Figure[] = m.indicators.map((indicator) => {
    const f = m.figures.get(indicator.id);
    const ytd = amountFromDb(f?.ytd_value ?? null);
    const base = m.lastYear.get(indicator.id);
    const lastYear = amountFromDb(base?.ytd_value ?? null);
    const adjustedBase = amountFromDb(f?.adjusted_base ?? null);
    const growths = figureGrowths(indicator, ytd, lastYear, adjustedBase);
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
      adjustedBase: decText(adjustedBase),
      reportedYoyComparable: amountText(f?.reported_yoy_comparable ?? null),
      comparableReason: f?.comparable_reason ?? null,
      vintage: f?.vintage ?? DEFAULT_VINTAGE,
      previousYtd: amountText(m.previous.get(indicator.id)?.ytd_value ?? null),
      previousMonth: previousMonthOf(indicator, m.period.month),
      previousNote: m.previous.get(indicator.id)?.note ?? null,
      lastYearYtd: decText(lastYear),
      lastYearRevision: base?.revised && base.revised_at
        ? { firstApprovedYtd: amountText(base.first_approved_ytd), revisedAt: base.revised_at }
        : null,
      computedYoy: fixedText(growths.used, 2, true),
      computedYoyBase: growths.usedBase,
      computedYoyNatural: fixedText(growths.natural, 2, true),
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
    notDue: m.notDue.map((i) => i.code),
    actions,
  };
}
