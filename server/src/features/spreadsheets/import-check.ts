import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AuditActions, AuditEntityTypes, type CheckFinding } from '@hongtu/contracts';
import type { Dec } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { amountFromDb } from '../indicators/amount-codec';
import { checkFigures } from '../reporting/consistency';
import { assertEditable } from '../reporting/figure-writer';
import { figuresUnderCheck, loadMonth, type MonthContext } from '../reporting/month-context';
import { findFormulaWithoutValue } from './cell-values';
import { importBatchesRepository, serialiseBatch, type ImportedFigure, type ImportProblem } from './import-batch';
import { parseWorkbook } from './import-parser';
import { inspectXlsx } from './zip-inspector';

export interface Upload {
  buffer: Buffer;
  fileName: string;
}

export interface ImportCheckResult {
  batchId: number;
  fileName: string;
  fileSha256: string;
  rowsParsed: number;
  /** How many figures the commit would change (0 for a file already imported). */
  changes: number;
  /** The same file was committed for this month before. */
  alreadyImported: boolean;
  problems: ImportProblem[];
  problemCount: number;
  findings: CheckFinding[];
  blocking: boolean;
}

/** At most this many problems are returned; problemCount says how many there were. */
const MAX_PROBLEMS = 200;

const sameDec = (a: Dec | null, b: Dec | null) => (a === null || b === null ? a === b : a.equals(b));

function countChanges(m: MonthContext, figures: ImportedFigure[]): number {
  return figures.filter((f) => {
    const current = m.figures.get(f.indicatorId);
    return !(current && sameDec(amountFromDb(current.ytd_value), f.ytd) && sameDec(amountFromDb(current.reported_yoy), f.reportedYoy)
      && (current.note ?? null) === f.note);
  }).length;
}

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'IMPORT_NOT_XLSX');
  }
  return workbook;
}

/**
 * The dry run of an upload: refuses unsafe or unreadable files (no batch),
 * parses the sheet, runs the consistency checks on the figures as they would
 * be after the import, and keeps the parsed figures as a checked batch for
 * the commit. Nothing is written to the figures.
 */
export function createImportCheck({ db, clock, audit }: Deps) {
  return async (ctx: RequestContext, periodKey: string, organisationId: number, readUpload: () => Promise<Upload>): Promise<ImportCheckResult> => {
    const actor = requireActor(ctx);
    // Scope and state first: an upload for another district is answered 404 before it is read.
    const m = await loadMonth(db, actor, periodKey, organisationId);
    assertEditable(m);
    const { buffer, fileName } = await readUpload();
    inspectXlsx(buffer, fileName);
    const workbook = await loadWorkbook(buffer);
    const formula = findFormulaWithoutValue(workbook);
    if (formula) throw new AppError(422, 'IMPORT_FORMULA_NO_VALUE', formula);

    const { figures, problems, headerFound } = parseWorkbook(workbook, m, ctx.locale);
    if (!headerFound) throw new AppError(422, 'IMPORT_NO_HEADER');
    if (figures.length === 0 && problems.length === 0) throw new AppError(422, 'IMPORT_NO_FIGURES');

    const overrides = new Map(figures.map((f) => [f.indicatorId, { ytd: f.ytd, reportedYoy: f.reportedYoy, note: f.note }]));
    const findings = checkFigures(figuresUnderCheck(m, overrides), m.period.month, ctx.locale);
    const imported = new Set(figures.map((f) => f.indicatorCode));
    // Errors on the imported figures block the commit; errors elsewhere in the month are shown, not the file's fault.
    const blocking = problems.length > 0 || findings.some((f) => f.severity === 'error' && f.indicatorCode !== null && imported.has(f.indicatorCode));
    const fileSha256 = createHash('sha256').update(buffer).digest('hex');
    const now = clock.now().toISOString();
    const name = fileName.slice(0, 200);

    const { batchId, alreadyImported } = await db.transaction().execute(async (trx) => {
      const previous = await trx.selectFrom('import_batches').select('id')
        .where('organisation_id', '=', m.organisation.id).where('period_id', '=', m.period.id)
        .where('file_sha256', '=', fileSha256).where('status', '=', 'committed').executeTakeFirst();
      const row = await importBatchesRepository(trx).insert({
        organisation_id: m.organisation.id, period_id: m.period.id, file_sha256: fileSha256, file_name: name,
        rows_json: serialiseBatch(figures, m.submission?.version ?? 0, blocking, problems.length), created_by: actor.userId, created_at: now,
      });
      await audit.append(trx, ctx, {
        action: AuditActions.submissionImportCheck, entityType: AuditEntityTypes.importBatch, entityId: row.id,
        after: { organisationId: m.organisation.id, period: periodKey, file: name, sha256: fileSha256, rows: figures.length, problems: problems.length, blocking },
      });
      return { batchId: row.id, alreadyImported: previous !== undefined };
    });

    return {
      batchId, fileName: name, fileSha256, rowsParsed: figures.length, changes: countChanges(m, figures), alreadyImported,
      problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length, findings, blocking,
    };
  };
}
