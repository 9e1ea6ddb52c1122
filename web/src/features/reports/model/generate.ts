import { REPORT_JOB_PHASES, reportSummarySchema, type ReportJobPhase, type ReportSummary } from '@hongtu/contracts/reports';
import { isReportingUnit, type OrganisationKind } from '@hongtu/domain';

// What the generate form needs beyond the contract: which units a report may be for, whether the
// server's refusal is the one a provisional report answers, and the job's result.

/** A report is for the city or one district / functional zone. */
export function isReportScope(org: { kind: OrganisationKind | string }): boolean {
  return org.kind === 'city' || isReportingUnit(org.kind);
}

/** The error codes with which the server refuses a period that still has unapproved data (the form then offers a provisional report). */
export const UNAPPROVED_CODES: readonly string[] = ['REPORT_UNAPPROVED'];

export function isUnapprovedRefusal(error: { code?: string } | null | undefined): boolean {
  return error?.code !== undefined && UNAPPROVED_CODES.includes(error.code);
}

/** The succeeded job's answer: the summary of the report it archived (null when it is not one). */
export function generatedReportOf(result: unknown): ReportSummary | null {
  const parsed = reportSummarySchema.safeParse(result);
  return parsed.success ? parsed.data : null;
}

/** The job's phases in order (its progress.phase), as the server reports them. */
export const GENERATE_PHASES = REPORT_JOB_PHASES;
export type GeneratePhase = ReportJobPhase;

export function isGeneratePhase(phase: string | null | undefined): phase is GeneratePhase {
  return (GENERATE_PHASES as readonly string[]).includes(phase ?? '');
}
