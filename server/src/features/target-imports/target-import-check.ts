import { createHash } from 'node:crypto';
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.repository';
import { findFormulaWithoutValue } from '../spreadsheets/cell-values';
import type { ImportProblem } from '../spreadsheets/import-batch';
import { loadWorkbook, type Upload } from '../spreadsheets/import-check';
import { indicatorIndex } from '../spreadsheets/import-parser';
import { inspectXlsx } from '../spreadsheets/zip-inspector';
import { translate } from '../../platform/i18n/messages';
import {
  currentTargets,
  sameTarget,
  scheduleForShare,
  targetImportBatches,
  targetKey,
  toStored,
  valuesOf,
  type StoredTarget,
} from './target-import-batch';
import { organisationIndex, parseTargetWorkbook } from './target-sheet';

export interface TargetImportCheckResult {
  batchId: number;
  fileName: string;
  fileSha256: string;
  year: number;
  /** Target rows read without problems. */
  rowsParsed: number;
  organisations: number;
  /** What the commit would do: new targets, changed ones, and rows equal to what is stored. */
  inserts: number;
  updates: number;
  unchanged: number;
  /** The same file was committed for this year before. */
  alreadyImported: boolean;
  problems: ImportProblem[];
  problemCount: number;
  blocking: boolean;
}

/** At most this many problems are returned; problemCount says how many there were. */
const MAX_PROBLEMS = 200;

/**
 * The dry run of a targets upload: refuses unsafe or unreadable files (no
 * batch), reads every target row, and compares it with what is stored.
 * Every organisation named must lie in the actor's scope: one that does not
 * is a row-level problem, and any problem blocks the whole file. The parsed
 * rows are kept as a checked batch for the commit; no target is written.
 */
export function createTargetImportCheck({ db, clock, audit }: Deps) {
  return async (ctx: RequestContext, year: number, readUpload: () => Promise<Upload>): Promise<TargetImportCheckResult> => {
    const actor = requireActor(ctx);
    const { buffer, fileName } = await readUpload();
    inspectXlsx(buffer, fileName);
    const workbook = await loadWorkbook(buffer);
    const formula = findFormulaWithoutValue(workbook);
    if (formula) throw new AppError(422, 'IMPORT_FORMULA_NO_VALUE', formula);

    const [organisations, indicators] = await Promise.all([
      db.selectFrom('organisations').select(['id', 'code', 'name', 'path']).execute(),
      indicatorsRepository(db).list(),
    ]);
    const parsed = parseTargetWorkbook(workbook, {
      defaultYear: year,
      locale: ctx.locale,
      organisation: organisationIndex(organisations, (o) => isInScope(actor, o.path)),
      indicator: indicatorIndex(indicators),
    });
    if (!parsed.headerFound) throw new AppError(422, 'IMPORT_TARGET_NO_HEADER');
    if (parsed.targets.length === 0 && parsed.problems.length === 0) throw new AppError(422, 'IMPORT_TARGET_EMPTY');

    const years = [...new Set(parsed.targets.map((t) => t.year))];
    const organisationIds = [...new Set(parsed.targets.map((t) => t.organisation.id))];
    const current = await currentTargets(db, years, organisationIds);
    const problems = [...parsed.problems];
    const stored: StoredTarget[] = [];
    // Most rows share a few Q1 shares and schedules: each pair is worked out once.
    const schedules = new Map<string, string | null | undefined>();
    let inserts = 0;
    let updates = 0;
    for (const t of parsed.targets) {
      const row = current.get(targetKey(t.year, t.organisation.id, t.indicator.id));
      const scheduleKey = `${t.q1Share?.toString() ?? ''}|${row?.schedule_json ?? ''}`;
      let schedule = schedules.get(scheduleKey);
      if (!schedules.has(scheduleKey)) schedules.set(scheduleKey, (schedule = scheduleForShare(t.q1Share, row?.schedule_json ?? null)));
      if (t.noTarget) schedule = null;
      if (schedule === undefined) {
        problems.push({ sheet: t.sheet, row: t.row, column: null, code: 'IMPORT_TARGET_SHARE', message: translate('IMPORT_TARGET_SHARE', ctx.locale, { value: t.q1Share?.toString() ?? '' }) });
        continue;
      }
      const values = valuesOf(t, schedule);
      if (!sameTarget(row, values)) {
        if (row) updates++;
        else inserts++;
      }
      stored.push(toStored(t, values, row?.version ?? 0));
    }
    // Problems in file order, whichever check found them.
    const sheetOrder = new Map(workbook.worksheets.map((s, i) => [s.name, i]));
    problems.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || (a.row ?? 0) - (b.row ?? 0));
    const blocking = problems.length > 0;
    const fileSha256 = createHash('sha256').update(buffer).digest('hex');
    const now = clock.now().toISOString();
    const name = fileName.slice(0, 200);

    const { batchId, alreadyImported } = await db.transaction().execute(async (trx) => {
      const batches = targetImportBatches(trx);
      const previous = await batches.committedBefore(fileSha256, year);
      const row = await batches.insert({
        year, file_sha256: fileSha256, file_name: name, blocking, row_count: stored.length, problem_count: problems.length,
        rows_json: JSON.stringify(stored), created_by: actor.userId, created_at: now,
      });
      await audit.append(trx, ctx, {
        action: AuditActions.targetImportCheck, entityType: AuditEntityTypes.targetImportBatch, entityId: row.id,
        after: { year, file: name, sha256: fileSha256, rows: stored.length, problems: problems.length, blocking, inserts, updates },
      });
      // Naming organisations outside one's scope is refused like any other access to them: recorded as a denial.
      if (parsed.outOfScope.length > 0) {
        await audit.append(trx, ctx, {
          action: AuditActions.targetImportCheck, entityType: AuditEntityTypes.targetImportBatch, entityId: row.id, result: 'denied',
          after: { outOfScope: parsed.outOfScope.slice(0, 50) },
        });
      }
      return { batchId: row.id, alreadyImported: previous };
    });

    return {
      batchId, fileName: name, fileSha256, year, rowsParsed: stored.length, organisations: organisationIds.length,
      inserts, updates, unchanged: stored.length - inserts - updates, alreadyImported,
      problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length, blocking,
    };
  };
}
