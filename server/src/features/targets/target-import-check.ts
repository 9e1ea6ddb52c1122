import { AuditActions, AuditEntityTypes, LIMITS, type TargetImportCheck } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import { storeCheckedBatch, subjectKey } from '../../platform/imports/import-batches';
import { indicatorIndex } from '../../platform/imports/indicator-match';
import { readSheets, sortProblems, type ImportProblem } from '../../platform/imports/read-sheets';
import type { Upload } from '../../platform/imports/upload';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import {
  currentTargets,
  sameTarget,
  scheduleForShare,
  targetKey,
  toStored,
  valuesOf,
  type StoredTarget,
} from './target-import-batch';
import { targetParser, type ParsedTargets } from './target-import-rows';
import { organisationIndex } from './target-import-sheet';

/**
 * The dry run of a targets upload: refuses unsafe or unreadable files (no
 * batch), reads every target row, and compares it with what is stored.
 * Every organisation named must lie in the actor's scope: one that does not
 * is a row-level problem, and any problem blocks the whole file. The parsed
 * rows are kept as a checked batch for the commit; no target is written.
 */
export function createTargetImportCheck(deps: Deps) {
  const { db, audit } = deps;
  return async (ctx: RequestContext, year: number, readUpload: () => Promise<Upload>): Promise<TargetImportCheck> => {
    const actor = requireActor(ctx);
    const [organisations, indicators] = await Promise.all([
      // Every organisation (paths start at '/'), so that one outside the scope is told apart for the audit trail.
      organisationsRepository(db).listInSubtree('/'),
      indicatorsRepository(db).list(),
    ]);
    const parsed: ParsedTargets = { targets: [], outOfScope: new Set() };
    const parser = targetParser({
      defaultYear: year,
      locale: ctx.locale,
      organisation: organisationIndex(organisations, (o) => isInScope(actor, o.path)),
      indicator: indicatorIndex(indicators),
    }, parsed);
    const problems: ImportProblem[] = [];
    const read = await readSheets(await readUpload(), parser, ctx.locale, problems);
    if (!read.headerFound) throw new AppError(422, 'IMPORT_TARGET_NO_HEADER');
    if (parsed.targets.length === 0 && problems.length === 0) throw new AppError(422, 'IMPORT_TARGET_EMPTY');

    const years = [...new Set(parsed.targets.map((t) => t.year))];
    const organisationIds = [...new Set(parsed.targets.map((t) => t.organisation.id))];
    const current = await currentTargets(db, years, organisationIds);
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
    sortProblems(problems, read.sheetOrder);
    const blocking = problems.length > 0;
    const outOfScope = [...parsed.outOfScope];

    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: 'targets', subject: subjectKey({ year }), organisationId: null, fileName: read.fileName, fileSha256: read.fileSha256,
      blocking, rowCount: stored.length, problemCount: problems.length, rowsJson: JSON.stringify(stored),
    }, async (trx, id) => {
      await audit.append(trx, ctx, {
        action: AuditActions.targetImportCheck, entityType: AuditEntityTypes.targetImportBatch, entityId: id,
        after: { year, file: read.fileName, sha256: read.fileSha256, rows: stored.length, problems: problems.length, blocking, inserts, updates },
      });
      // Naming organisations outside one's scope is refused like any other access to them: recorded as a denial.
      if (outOfScope.length > 0) {
        await audit.append(trx, ctx, {
          action: AuditActions.targetImportCheck, entityType: AuditEntityTypes.targetImportBatch, entityId: id, result: 'denied',
          after: { outOfScope: outOfScope.slice(0, 50) },
        });
      }
    });

    return {
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, year, rowsParsed: stored.length, organisations: organisationIds.length,
      inserts, updates, unchanged: stored.length - inserts - updates, alreadyImported,
      problems: problems.slice(0, LIMITS.problemsShown), problemCount: problems.length, notices: read.notices, blocking,
    };
  };
}
