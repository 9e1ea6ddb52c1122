import { AuditActions, AuditEntityTypes, importChoicesSchema, LIMITS, type CheckFinding, type ImportCheck, type ImportConfirmation, type ImportProblem, type Locale } from '@hongtu/contracts';
import { dec, disagrees, findPeriodMentions, isUnitCode, periodAgreement, sameDec, unitLabel } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import { storeCheckedBatch, subjectKey } from '../../platform/imports/import-batches';
import { runSheetJob } from '../../platform/imports/import-pool';
import type { FoundProblem } from '../../platform/imports/read-sheets';
import { indicatorName } from '../../platform/imports/template-cells';
import { sheetJob } from '../../platform/imports/sheet-jobs';
import type { Upload } from '../../platform/imports/upload';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import type { Executor } from '../../db/database';
import { amountFromDb } from '../../db/amount-codec';
import { aliasesForImport } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import { assertEditable, checkMonthWith, loadMonth, type MonthContext } from '../reporting/reporting.public';
import { serialiseBatch, type FiguresSubject, type ImportedFigure } from './import-batch';
import type { FigureJobInput, FigureJobOutput } from './import-job';
import type { ColumnChoice } from './sheet-columns';
import { mentionLabel, organisationsNamed, reportedLabel, type OrganisationNames } from './sheet-evidence';

const FIGURE_JOB = sheetJob<FigureJobInput, FigureJobOutput>(new URL('./import-job.ts', import.meta.url));
const value = (v: string | null) => (v === null ? null : dec(v));

function countChanges(m: MonthContext, figures: ImportedFigure[]): number {
  return figures.filter((f) => {
    const current = m.figures.get(f.indicatorId);
    return !(current && sameDec(amountFromDb(current.ytd_value), f.ytd) && sameDec(amountFromDb(current.reported_yoy), f.reportedYoy)
      && (current.note ?? null) === f.note);
  }).length;
}

/** The names a file may use for the reporting unit (its own, those above it, its streets) and the others'. */
async function organisationNames(exec: Executor, m: MonthContext): Promise<OrganisationNames> {
  const all = await organisationsRepository(exec).listInSubtree('/');
  const path = m.organisation.path;
  const own = all.filter((o) => path.startsWith(o.path) || o.path.startsWith(path));
  const others = all.filter((o) => o.kind !== 'department' && !own.includes(o));
  return { name: m.organisation.name, own: own.map((o) => o.name), others: others.map((o) => o.name) };
}

/** The operator's column choices sent with the file (multipart field `columns`); a malformed answer is a bad request. */
function choicesOf(upload: Upload): ColumnChoice[] {
  const raw = upload.fields?.columns;
  if (raw === undefined || raw === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = importChoicesSchema.safeParse(json);
  if (!parsed.success) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'columns', message: 'invalid' }]);
  return parsed.data;
}

const words = (f: FoundProblem, locale: Locale): ImportProblem =>
  ({ sheet: f.sheet, row: f.row, column: f.column, code: f.code, message: translate(f.code, locale, f.params) });

/** A confirmation's key: what the commit sends back, one per thing confirmed. */
const keyOf = (f: FoundProblem) => [f.code, f.sheet, f.row ?? '', f.column ?? ''].join('|');

/**
 * The dry run of a district-month upload: refuses unsafe or unreadable files
 * (no batch), reads the figures (in the import worker, with this feature's row parser),
 * runs the consistency checks on the month as it would be after the import,
 * and keeps the parsed figures as a checked batch for the commit. Nothing is
 * written to the figures. The answer lists every value read, how each column was
 * understood, what must be chosen (a column) or confirmed before the commit, and notes.
 */
export function createImportCheck(deps: Deps) {
  const { db, audit } = deps;
  return async (ctx: RequestContext, periodKey: string, organisationId: number, readUpload: () => Promise<Upload>): Promise<ImportCheck> => {
    const actor = requireActor(ctx);
    const { locale } = ctx;
    // Scope and state first: an upload for another district is answered 404 before it is read.
    const m = await loadMonth(db, actor, periodKey, organisationId);
    assertEditable(m);
    const upload = await readUpload();
    const choices = choicesOf(upload);
    const organisations = await organisationNames(db, m);
    const period = { year: m.period.year, month: m.period.month };
    const input: FigureJobInput = {
      locale, indicators: m.indicators, notDue: m.notDue, aliases: await aliasesForImport(db), stored: [...m.figures.values()].map((f) => [f.indicator_id, f.reported_yoy, f.note]),
      period, organisations, choices,
    };
    const { read, problems, output } = await runSheetJob(FIGURE_JOB, input, upload, locale);
    const figures: ImportedFigure[] = output.figures.map((f) => ({ ...f, ytd: value(f.ytd), reportedYoy: value(f.reportedYoy) }));
    if (!read.headerFound) throw new AppError(422, 'IMPORT_NO_HEADER');
    if (figures.length === 0 && problems.length === 0) throw new AppError(422, 'IMPORT_NO_FIGURES');

    // The file's name, like a title: another period or another unit is confirmed, not refused (names are often reused).
    const found: FoundProblem[] = [...output.confirmations];
    const named = periodAgreement(findPeriodMentions(read.fileName), period);
    if (disagrees(named)) {
      found.push({ sheet: '', row: null, column: null, code: 'IMPORT_FILE_PERIOD_CONFIRM', params: { file: read.fileName, found: mentionLabel(named.other!), expected: reportedLabel(period, locale) } });
    }
    const others = organisationsNamed(read.fileName.replace(/\.xlsx$/i, ''), organisations).others;
    const otherCode = /(?<!\d)(\d{6})(?!\d)/.exec(read.fileName)?.[1];
    const codeOfOther = otherCode && otherCode !== m.organisation.code
      ? (await organisationsRepository(db).findByCode(otherCode))?.name : undefined;
    if (others.length > 0 || codeOfOther) {
      found.push({ sheet: '', row: null, column: null, code: 'IMPORT_FILE_ORGANISATION_CONFIRM', params: { file: read.fileName, found: [...others, codeOfOther].filter(Boolean).join('、'), expected: m.organisation.name } });
    }
    const tooMany = found.length > LIMITS.problemsShown;
    const confirmations: ImportConfirmation[] = found.slice(0, LIMITS.problemsShown).map((f) => ({ ...words(f, locale), key: keyOf(f) }));
    if (tooMany) problems.push({ sheet: '', row: null, column: null, code: 'IMPORT_TOO_MANY_CONFIRMATIONS', message: translate('IMPORT_TOO_MANY_CONFIRMATIONS', locale, { count: found.length }) });

    const overrides = new Map(figures.map((f) => [f.indicatorId, { ytd: f.ytd, reportedYoy: f.reportedYoy, note: f.note }]));
    const findings = checkMonthWith(m, overrides, locale);
    const imported = new Set(figures.map((f) => f.indicatorCode));
    // Errors on the imported figures block the commit; errors elsewhere in the month are shown, not the file's fault.
    const blocking = problems.length > 0 || findings.some((f) => f.severity === 'error' && f.indicatorCode !== null && imported.has(f.indicatorCode));
    const notices: CheckFinding[] = read.notices.map((n) => ({ indicatorCode: null, severity: 'warning', code: n.code, message: n.message }));

    const indicators = new Map(m.indicators.map((i) => [i.code, i]));
    const unitText = (unit: string) => (isUnitCode(unit) ? unitLabel(unit, locale) : unit);
    const values = output.values.map((v) => {
      const indicator = indicators.get(v.indicatorCode)!;
      return {
        sheet: v.sheet, cell: v.cell, indicatorCode: v.indicatorCode, indicatorName: indicatorName(indicator, locale), role: v.role, read: v.read, format: v.format,
        unit: v.unit === null ? null : unitLabel(v.unit, locale), unitSource: v.unitSource, stored: v.stored,
        storedUnit: v.role === 'yoy' ? '%' : unitText(indicator.unit),
        flags: v.flags.map((f) => ({ code: f.code, message: translate(f.code, locale, f.params) })),
      };
    });

    const subject: FiguresSubject = { organisationId: m.organisation.id, periodId: m.period.id };
    const keys = confirmations.map((c) => c.key);
    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: 'figures', subject: subjectKey({ ...subject }), organisationId: m.organisation.id,
      fileName: read.fileName, fileSha256: read.fileSha256, blocking, rowCount: figures.length, problemCount: problems.length,
      rowsJson: serialiseBatch(figures, m.submission?.version ?? 0, blocking, problems.length, { confirmations: keys, choices }),
    }, (trx, id) => audit.append(trx, ctx, {
      action: AuditActions.submissionImportCheck, entityType: AuditEntityTypes.importBatch, entityId: id,
      after: { organisationId: m.organisation.id, period: periodKey, file: read.fileName, sha256: read.fileSha256, rows: figures.length, problems: problems.length, blocking, confirmations: keys.length, choices },
    }));

    return {
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, rowsParsed: figures.length, changes: countChanges(m, figures), alreadyImported,
      problems: problems.slice(0, LIMITS.problemsShown), problemCount: problems.length, findings: [...notices, ...findings], blocking,
      values,
      columns: output.columns.slice(0, 500).map(({ sheet, column, header, role, read: isRead }) => ({ sheet, column, header, role, read: isRead })),
      questions: output.questions,
      confirmations,
      notes: output.notes.slice(0, LIMITS.problemsShown).map((n) => words(n, locale)),
    };
  };
}
