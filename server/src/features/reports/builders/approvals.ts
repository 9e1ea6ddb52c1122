// The approvals behind a report's figures: which months' submissions of which units the document's
// figure sources cite, and the document with each such source's submission, the figure's version
// and the submission's last approval filled in. Pure: the caller reads the submissions in between
// (the report is built in the render worker, the database is read by the server).
import type { ReportDocument } from '@hongtu/contracts/reports';

/** A submission as a report cites it (reporting's SubmissionApproval, without its status). */
export interface SourceApproval {
  submissionId: number;
  version: number;
  approvedAt: string | null;
  approvedBy: string | null;
  /** Each figure's own version, by indicator code. */
  figureVersions: ReadonlyMap<string, number>;
}

/** The units whose submissions of one month the document cites. */
export interface ApprovalNeed {
  periodKey: string;
  year: number;
  month: number;
  organisationIds: number[];
}

/** Found submissions: month (YYYY-MM) → unit → its submission. */
export type FoundApprovals = ReadonlyMap<string, ReadonlyMap<number, SourceApproval>>;

const isFigure = (s: ReportDocument['sources'][number]) => s.origin === 'figure' && s.organisationId !== null && s.indicatorCode !== null;

/** The months (YYYY-MM) and units of the document's figure sources, in the order first cited. */
export function approvalNeeds(doc: ReportDocument): ApprovalNeed[] {
  const byPeriod = new Map<string, Set<number>>();
  for (const s of doc.sources) {
    if (!isFigure(s)) continue;
    byPeriod.set(s.periodKey, (byPeriod.get(s.periodKey) ?? new Set()).add(s.organisationId!));
  }
  return [...byPeriod].flatMap(([periodKey, ids]) => {
    const m = /^(\d{4})-(\d{2})$/.exec(periodKey);
    return m ? [{ periodKey, year: Number(m[1]), month: Number(m[2]), organisationIds: [...ids] }] : [];
  });
}

/** The document with each figure source's submission, version and last approval, where found. */
export function withApprovals(doc: ReportDocument, found: FoundApprovals): ReportDocument {
  const sources = doc.sources.map((s) => {
    if (!isFigure(s)) return s;
    const a = found.get(s.periodKey)?.get(s.organisationId!);
    if (!a) return s;
    return { ...s, submissionId: a.submissionId, version: a.figureVersions.get(s.indicatorCode!) ?? a.version, approvedAt: a.approvedAt, approvedBy: a.approvedBy };
  });
  return { ...doc, sources };
}
