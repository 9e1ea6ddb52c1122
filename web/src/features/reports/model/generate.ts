import { z } from 'zod';
import type { OrganisationKind } from '@hongtu/domain';

// What the generate form needs beyond the contract: which units a report may be for, whether the
// server's refusal is the one a provisional report answers, and the job's result.

/** A report is for the city or one district / functional zone. */
export function isReportScope(org: { kind: OrganisationKind | string }): boolean {
  return org.kind === 'city' || org.kind === 'district' || org.kind === 'zone';
}

/** The error codes with which the server refuses a period that still has unapproved data (the form then offers a provisional report). */
export const UNAPPROVED_CODES: readonly string[] = ['REPORT_UNAPPROVED_DATA'];

export function isUnapprovedRefusal(error: { code?: string } | null | undefined): boolean {
  return error?.code !== undefined && UNAPPROVED_CODES.includes(error.code);
}

/** The succeeded job's answer: the report it stored. */
export const generatedReportSchema = z.object({ reportId: z.number().int() }).loose();

export function generatedReportOf(result: unknown): number | null {
  const parsed = generatedReportSchema.safeParse(result);
  return parsed.success ? parsed.data.reportId : null;
}
