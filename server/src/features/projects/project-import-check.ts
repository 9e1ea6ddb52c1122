import { AuditActions, AuditEntityTypes, LIMITS, type Locale } from '@hongtu/contracts';
import type { ProjectImportCheck, ProjectInput } from '@hongtu/contracts/projects';
import {
  checkProject,
  checkProjectReport,
  dec,
  isProjectReportEditable,
  periodKey as keyOfPeriod,
  storageInt,
  storageText,
  toScaled,
  type ProjectIssue,
  type ProjectReportIssue,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate, type MessageCode } from '../../platform/i18n/messages';
import { storeCheckedBatch, subjectKey, type ImportKind } from '../../platform/imports/import-batches';
import { runSheetJob } from '../../platform/imports/import-pool';
import { sortProblems, type ImportProblem } from '../../platform/imports/read-sheets';
import { sheetJob } from '../../platform/imports/sheet-jobs';
import type { Upload } from '../../platform/imports/upload';
import { columnLetter } from '../../platform/imports/xlsx-sheet';
import { normalised } from '../../platform/imports/header-text';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { PROJECT_COLUMNS, type ColumnKey, type ImportedProject } from './project-import-columns';
import { hasReport, inputOfRow, mergeRow, type StoredProjectBatch, type StoredReport } from './project-import-batch';
import type { ProjectJobInput, ProjectJobOutput } from './project-import-job';
import { monthOf } from './project-reports.service';
import { issueMessage, nameKeyOf, readProjectInput, shanghaiMonth, shanghaiToday } from './projects.codec';
import { PROJECT_LABELS } from './projects.labels';
import { projectOrganisation, valuesOfRow } from './projects.service';
import type { ProjectReportRow, ProjectRow } from './projects.table';

const PROJECT_JOB = sheetJob<ProjectJobInput, ProjectJobOutput>(new URL('./project-import-job.ts', import.meta.url));

/**
 * The kind of the project workbook's batches in the shared `imports` table. The pipeline's
 * ImportKind names only the figures and targets imports so far; this kind is added there by the
 * platform's owners (until then it is cast here, the column itself is free text).
 */
export const PROJECTS_IMPORT_KIND = 'projects' as ImportKind;

export interface ProjectsSubject {
  organisationId: number;
  period: string;
}

/** Where a domain issue is shown in the sheet: the column of its field. */
function columnOfField(field: string): ColumnKey | null {
  if (field === 'period') return null;
  return PROJECT_COLUMNS.some((c) => c.key === field) ? (field as ColumnKey) : null;
}

/** The stored project's columns and a merged input produce the same values (nothing to write)? */
function sameProject(row: ProjectRow, input: ProjectInput, locale: Locale): boolean {
  const { values } = readProjectInput(input, locale);
  const before = valuesOfRow(row);
  return (Object.keys(values) as (keyof typeof values)[]).every((k) => String(before[k]) === String(values[k])) && (input.code ?? row.code) === row.code;
}

function sameReport(row: ProjectReportRow, r: StoredReport): boolean {
  return storageText(storageInt(row.month_investment)) === storageText(toScaled(dec(r.monthInvestment)))
    && storageText(storageInt(row.ytd_investment)) === storageText(toScaled(dec(r.ytdInvestment)))
    && row.progress_text === r.progressText && row.problems === r.problems && row.next_steps === r.nextSteps && (row.in_statistics === 1) === r.inStatistics;
}

/** The district's projects, by id, code and name key. */
async function districtProjects(db: Executor, organisationId: number) {
  const rows = await db.selectFrom('projects').selectAll().where('organisation_id', '=', organisationId).execute();
  return { byId: new Map(rows.map((r) => [r.id, r])), byCode: new Map(rows.map((r) => [r.code, r])), byName: new Map(rows.map((r) => [r.name_key, r])) };
}

/**
 * The dry run of a district's project workbook for a month: refuses unsafe or unreadable files
 * (no batch); reads every row in the import worker; matches each row with the district's project
 * of the same code (or, without a code, the same name), merges it over the stored project, checks
 * it with the domain's rules like the form, and checks the month's report columns like a saved
 * report. Rows naming another district's project are refused. Names and owners another district
 * has are notices. Nothing is written but the checked batch.
 */
export function createProjectImportCheck(deps: Deps) {
  const { db, audit, clock } = deps;
  return async (ctx: RequestContext, key: string, readUpload: () => Promise<Upload>): Promise<ProjectImportCheck> => {
    const actor = requireActor(ctx);
    const locale = ctx.locale;
    const { year, month } = monthOf(key);
    // The file is for the user's own district; scope and kind are checked before it is read.
    const organisation = await projectOrganisation(db, actor, actor.organisationId);
    const { read, problems: readProblems, output } = await runSheetJob(PROJECT_JOB, { locale }, await readUpload(), locale);
    if (!read.headerFound) throw new AppError(422, 'PROJECT_IMPORT_NO_HEADER');
    if (output.rows.length === 0 && readProblems.length === 0) throw new AppError(422, 'PROJECT_IMPORT_EMPTY');

    const problems: ImportProblem[] = [...readProblems];
    const notices: ImportProblem[] = [...read.notices];
    const labelOf = (k: ColumnKey) => PROJECT_COLUMNS.find((c) => c.key === k)!.labels[locale];
    const at = (r: ImportedProject, k: ColumnKey | null) => {
      const column = k === null ? undefined : output.columns[r.sheet]?.[k];
      return column === undefined ? null : columnLetter(column);
    };
    const problem = (r: ImportedProject, k: ColumnKey | null, code: MessageCode, params: Record<string, string | number> = {}) =>
      problems.push({ sheet: r.sheet, row: r.row, column: at(r, k), code, message: translate(code, locale, params) });
    const issue = (r: ImportedProject, i: ProjectIssue | ProjectReportIssue) =>
      problems.push({ sheet: r.sheet, row: r.row, column: at(r, columnOfField(i.field)), code: `PROJECT_${i.code.toUpperCase()}` as MessageCode, message: issueMessage(i, locale) });

    const district = await districtProjects(db, organisation.id);
    // Codes of other districts' projects, to refuse rows naming them (nothing else of them is shown).
    const unknownCodes = [...new Set(output.rows.map((r) => r.code).filter((c): c is string => !!c && !district.byCode.has(c)))];
    const elsewhere = new Map<string, string>();
    for (let i = 0; i < unknownCodes.length; i += 500) {
      const found = await db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .select(['p.code', 'o.name']).where('p.code', 'in', unknownCodes.slice(i, i + 500)).execute();
      for (const f of found) elsewhere.set(f.code, f.name);
    }
    // The district's reports of the month and of the month before, read once.
    const districtReports = await db.selectFrom('project_reports').selectAll()
      .where('organisation_id', '=', organisation.id).where('year', '=', year).where('month', 'in', month > 1 ? [month, month - 1] : [month]).execute();
    const monthReports = new Map(districtReports.filter((r) => r.month === month).map((r) => [r.project_id, r]));
    const previousReports = new Map(districtReports.filter((r) => r.month === month - 1).map((r) => [r.project_id, r]));
    const ownNames = new Set([normalised(organisation.name), normalised(organisation.code)]);
    const today = shanghaiToday(clock.now());
    const now = shanghaiMonth(clock.now());

    const batch: StoredProjectBatch = { year, month, projects: [], reports: [] };
    const seen = new Map<string, string>();
    let creates = 0;
    let updates = 0;
    let unchanged = 0;
    const checkedRows: { r: ImportedProject; input: ProjectInput; existing: ProjectRow | undefined }[] = [];

    for (const r of output.rows) {
      if (r.invalid) continue;
      if (r.organisation && !ownNames.has(normalised(r.organisation))) {
        problem(r, 'organisation', 'PROJECT_IMPORT_OTHER_DISTRICT', { organisation: r.organisation.slice(0, 40) });
        continue;
      }
      if (r.code && elsewhere.has(r.code)) {
        problem(r, 'code', 'PROJECT_IMPORT_OTHER_DISTRICT', { organisation: elsewhere.get(r.code)! });
        continue;
      }
      const existing = (r.code ? district.byCode.get(r.code) : undefined) ?? (r.name ? district.byName.get(nameKeyOf(r.name)) : undefined);
      const identity = existing ? `id:${existing.id}` : r.code ? `code:${r.code}` : `name:${nameKeyOf(r.name ?? '')}`;
      const first = seen.get(identity);
      if (first) {
        problem(r, r.code ? 'code' : 'name', 'PROJECT_IMPORT_DUPLICATE_ROW', { name: (r.name ?? r.code ?? '').slice(0, 40), first });
        continue;
      }
      seen.set(identity, `${r.sheet}!${r.row}`);

      const { input, missing } = mergeRow(existing ? inputOfRow(existing) : null, r, year);
      if (missing.length > 0) {
        for (const k of missing) problem(r, k as ColumnKey, 'PROJECT_IMPORT_REQUIRED', { column: labelOf(k as ColumnKey) });
        continue;
      }
      const full = { ...(input as ProjectInput), organisationId: organisation.id, code: existing?.code ?? r.code ?? undefined };
      let facts;
      try {
        facts = readProjectInput(full, locale).facts;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problem(r, null, error.code, error.params);
        continue;
      }
      const issues = checkProject(facts, today);
      if (issues.length > 0) {
        for (const i of issues) issue(r, i);
        continue;
      }
      checkedRows.push({ r, input: full, existing });
      const changes = !existing || !sameProject(existing, full, locale);
      if (!existing) creates++;
      else if (changes) updates++;
      else unchanged++;
      // Only what the commit writes is kept: new and changed projects (a report names an existing project by its id).
      const projectIndex = existing ? null : batch.projects.length;
      if (changes) batch.projects.push({ sheet: r.sheet, row: r.row, id: existing?.id ?? null, version: existing?.version ?? 0, code: existing ? existing.code : (r.code ?? null), input: full });

      if (!hasReport(r)) continue;
      if (r.monthInvestment == null || r.ytdInvestment == null) {
        const k = r.monthInvestment == null ? 'monthInvestment' : 'ytdInvestment';
        problem(r, k, 'PROJECT_AMOUNT_REQUIRED', { field: PROJECT_LABELS[locale].field[k] });
        continue;
      }
      const current = existing ? monthReports.get(existing.id) : undefined;
      if (current && !isProjectReportEditable(current.status)) {
        problem(r, 'ytdInvestment', 'PROJECT_IMPORT_REPORT_LOCKED', { status: PROJECT_LABELS[locale].reportStatus[current.status] });
        continue;
      }
      const previous = existing ? previousReports.get(existing.id) : undefined;
      const reportIssues = checkProjectReport({
        year, month, monthInvestment: toScaled(dec(r.monthInvestment)), ytdInvestment: toScaled(dec(r.ytdInvestment)),
        previousYtd: previous ? storageInt(previous.ytd_investment) : null, planYear: facts.planYear, totalInvestment: facts.totalInvestment,
      }, now.year, now.month);
      if (reportIssues.length > 0) {
        for (const i of reportIssues) issue(r, i);
        continue;
      }
      const report: StoredReport = {
        sheet: r.sheet, row: r.row, projectIndex, projectId: existing?.id ?? null, version: current?.version ?? 0,
        monthInvestment: r.monthInvestment, ytdInvestment: r.ytdInvestment,
        progressText: r.progressText ?? current?.progress_text ?? '', problems: r.problems ?? current?.problems ?? '',
        nextSteps: r.nextSteps ?? current?.next_steps ?? '', inStatistics: r.inStatistics ?? (current ? current.in_statistics === 1 : false),
      };
      if (!current || !sameReport(current, report)) batch.reports.push(report);
    }

    // Another district's project of the same name or owner: worth a look, not blocking.
    const nameKeys = [...new Set(checkedRows.map((c) => nameKeyOf(c.input.name)))];
    const owners = [...new Set(checkedRows.map((c) => c.input.ownerCreditCode).filter((c): c is string => !!c))];
    if (nameKeys.length > 0) {
      const others = await db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .select(['p.name_key', 'p.owner_credit_code', 'o.name'])
        .where('p.organisation_id', '<>', organisation.id)
        .where((eb) => eb.or([eb('p.name_key', 'in', nameKeys.slice(0, 1000)), ...(owners.length > 0 ? [eb('p.owner_credit_code', 'in', owners.slice(0, 1000))] : [])]))
        .limit(200).execute();
      for (const c of checkedRows) {
        const key = nameKeyOf(c.input.name);
        const byName = others.find((o) => o.name_key === key);
        const byOwner = c.input.ownerCreditCode ? others.find((o) => o.owner_credit_code === c.input.ownerCreditCode) : undefined;
        for (const [match, other] of [['PROJECT_DUPLICATE_NAME', byName], ['PROJECT_DUPLICATE_OWNER', byOwner]] as const) {
          if (!other) continue;
          const message = translate(match, locale, { organisation: other.name });
          notices.push({ sheet: c.r.sheet, row: c.r.row, column: null, code: match, message: translate('PROJECT_IMPORT_DUPLICATE_ELSEWHERE', locale, { row: c.r.row, message }) });
        }
      }
    }

    const sorted = sortProblems(problems, read.sheetOrder);
    const blocking = sorted.length > 0;
    const subject: ProjectsSubject = { organisationId: organisation.id, period: keyOfPeriod({ year, month }) };

    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: PROJECTS_IMPORT_KIND, subject: subjectKey({ ...subject }), organisationId: organisation.id,
      fileName: read.fileName, fileSha256: read.fileSha256, blocking, rowCount: output.rows.length, problemCount: sorted.length,
      rowsJson: JSON.stringify(batch),
    }, (trx, id) => audit.append(trx, ctx, {
      action: AuditActions.projectImportCheck, entityType: AuditEntityTypes.importBatch, entityId: id,
      after: { organisationId: organisation.id, period: subject.period, file: read.fileName, sha256: read.fileSha256, rows: output.rows.length, problems: sorted.length, blocking, creates, updates, reports: batch.reports.length },
    }));

    return {
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, periodKey: subject.period, rowsParsed: output.rows.length,
      creates, updates, unchanged, reports: batch.reports.length, alreadyImported,
      problems: sorted.slice(0, LIMITS.problemsShown), problemCount: sorted.length, notices: notices.slice(0, LIMITS.problemsShown), blocking,
    };
  };
}
