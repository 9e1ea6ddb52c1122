import { AuditActions, AuditEntityTypes, LIMITS, type CheckFinding, type ImportCheck } from '@hongtu/contracts';
import { dec, sameDec } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { storeCheckedBatch, subjectKey } from '../../platform/imports/import-batches';
import { runSheetJob } from '../../platform/imports/import-pool';
import { sheetJob } from '../../platform/imports/sheet-jobs';
import type { Upload } from '../../platform/imports/upload';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { amountFromDb } from '../../db/amount-codec';
import { assertEditable, checkMonthWith, loadMonth, type MonthContext } from '../reporting/reporting.public';
import { serialiseBatch, type FiguresSubject, type ImportedFigure } from './import-batch';
import type { FigureJobInput, FigureJobOutput } from './import-job';

const FIGURE_JOB = sheetJob<FigureJobInput, FigureJobOutput>(new URL('./import-job.ts', import.meta.url));
const value = (v: string | null) => (v === null ? null : dec(v));

function countChanges(m: MonthContext, figures: ImportedFigure[]): number {
  return figures.filter((f) => {
    const current = m.figures.get(f.indicatorId);
    return !(current && sameDec(amountFromDb(current.ytd_value), f.ytd) && sameDec(amountFromDb(current.reported_yoy), f.reportedYoy)
      && (current.note ?? null) === f.note);
  }).length;
}

/**
 * The dry run of a district-month upload: refuses unsafe or unreadable files
 * (no batch), reads the figures (in the import worker, with this feature's row parser),
 * runs the consistency checks on the month as it would be after the import,
 * and keeps the parsed figures as a checked batch for the commit. Nothing is
 * written to the figures.
 */
export function createImportCheck(deps: Deps) {
  const { db, audit } = deps;
  return async (ctx: RequestContext, periodKey: string, organisationId: number, readUpload: () => Promise<Upload>): Promise<ImportCheck> => {
    const actor = requireActor(ctx);
    // Scope and state first: an upload for another district is answered 404 before it is read.
    const m = await loadMonth(db, actor, periodKey, organisationId);
    assertEditable(m);
    const input: FigureJobInput = {
      locale: ctx.locale, indicators: m.indicators, stored: [...m.figures.values()].map((f) => [f.indicator_id, f.reported_yoy, f.note]),
    };
    const { read, problems, output } = await runSheetJob(FIGURE_JOB, input, await readUpload(), ctx.locale);
    const figures: ImportedFigure[] = output.figures.map((f) => ({ ...f, ytd: value(f.ytd), reportedYoy: value(f.reportedYoy) }));
    if (!read.headerFound) throw new AppError(422, 'IMPORT_NO_HEADER');
    if (figures.length === 0 && problems.length === 0) throw new AppError(422, 'IMPORT_NO_FIGURES');

    const overrides = new Map(figures.map((f) => [f.indicatorId, { ytd: f.ytd, reportedYoy: f.reportedYoy, note: f.note }]));
    const findings = checkMonthWith(m, overrides, ctx.locale);
    const imported = new Set(figures.map((f) => f.indicatorCode));
    // Errors on the imported figures block the commit; errors elsewhere in the month are shown, not the file's fault.
    const blocking = problems.length > 0 || findings.some((f) => f.severity === 'error' && f.indicatorCode !== null && imported.has(f.indicatorCode));
    const notices: CheckFinding[] = read.notices.map((n) => ({ indicatorCode: null, severity: 'warning', code: n.code, message: n.message }));

    const subject: FiguresSubject = { organisationId: m.organisation.id, periodId: m.period.id };
    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: 'figures', subject: subjectKey({ ...subject }), organisationId: m.organisation.id,
      fileName: read.fileName, fileSha256: read.fileSha256, blocking, rowCount: figures.length, problemCount: problems.length,
      rowsJson: serialiseBatch(figures, m.submission?.version ?? 0, blocking, problems.length),
    }, (trx, id) => audit.append(trx, ctx, {
      action: AuditActions.submissionImportCheck, entityType: AuditEntityTypes.importBatch, entityId: id,
      after: { organisationId: m.organisation.id, period: periodKey, file: read.fileName, sha256: read.fileSha256, rows: figures.length, problems: problems.length, blocking },
    }));

    return {
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, rowsParsed: figures.length, changes: countChanges(m, figures), alreadyImported,
      problems: problems.slice(0, LIMITS.problemsShown), problemCount: problems.length, findings: [...notices, ...findings], blocking,
    };
  };
}
