import { AuditActions, AuditEntityTypes, LIMITS, type JobProgress, type TargetImportCheck } from '@hongtu/contracts';
import { fromScaled } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { translate } from '../../platform/i18n/messages';
import { storeCheckedBatch, subjectKey } from '../../platform/imports/import-batches';
import { runSheetJob } from '../../platform/imports/import-pool';
import { sortProblems, type ImportProblem } from '../../platform/imports/read-sheets';
import { scaledText } from '../../platform/imports/scaled';
import { sheetJob } from '../../platform/imports/sheet-jobs';
import type { Upload } from '../../platform/imports/upload';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import { currentTargets, currentValues, sameValues, scheduleForShare, targetKey, type CurrentTarget } from './target-import-batch';
import { StoredTargetsWriter } from './target-import-stored';
import { amountComparatorOf, growthComparatorOf, HAS_AMOUNT, HAS_GROWTH, HAS_Q1, NO_TARGET, type TargetRows } from './target-import-columns';
import type { TargetJobInput, TargetJobOutput } from './target-import-job';
import { currentQ1Targets, planQ1, withQ1Rows } from './target-import-q1';

const TARGET_JOB = sheetJob<TargetJobInput, TargetJobOutput>(new URL('./target-import-job.ts', import.meta.url));

/**
 * The rows as the commit will write them, compared with what is stored: each row's schedule
 * (its Q1 share merged with the stored schedule), whether it changes anything, and the batch
 * (with the stored values each changing row replaces, for the commit's record).
 */
function planRows(rows: TargetRows, current: Map<number | string, CurrentTarget>, indicatorCodes: Map<number, string>, shareProblem: (i: number, value: string) => void) {
  const batch = new StoredTargetsWriter();
  // Most rows share a few Q1 shares and schedules: each pair is worked out once (by share, then stored schedule).
  const schedules = new Map<bigint | null, Map<string | null, string | null | undefined>>();
  let inserts = 0;
  let updates = 0;
  for (let i = 0; i < rows.count; i++) {
    const flags = rows.flags[i]!;
    const year = rows.year[i]!;
    const organisationId = rows.organisation[i]!;
    const indicatorId = rows.indicator[i]!;
    const row = current.get(targetKey(year, organisationId, indicatorId));
    const q1 = flags & HAS_Q1 ? rows.q1Share[i]! : null;
    const currentSchedule = row?.schedule_json ?? null;
    let byShare = schedules.get(q1);
    if (!byShare) schedules.set(q1, (byShare = new Map()));
    let schedule = byShare.get(currentSchedule);
    if (schedule === undefined && !byShare.has(currentSchedule)) byShare.set(currentSchedule, (schedule = scheduleForShare(q1 === null ? null : fromScaled(q1), currentSchedule)));
    if (schedule === undefined) {
      shareProblem(i, q1 === null ? '' : scaledText(q1));
      continue;
    }
    const noTarget = (flags & NO_TARGET) !== 0;
    const target = {
      year, organisationId, indicatorCode: indicatorCodes.get(indicatorId)!,
      amount: flags & HAS_AMOUNT ? rows.amount[i]! : null, amountComparator: amountComparatorOf(flags),
      growth: flags & HAS_GROWTH ? rows.growth[i]! : null, growthComparator: growthComparatorOf(flags),
      noTarget, scheduleJson: noTarget ? null : schedule, version: row?.version ?? 0, sheet: rows.sheets[rows.sheet[i]!]!, row: rows.row[i]!,
    };
    const before = row ? currentValues(row) : null;
    const changes = !sameValues(before, target);
    if (changes) {
      if (row) updates++;
      else inserts++;
    }
    batch.add(target, changes, changes ? before : null);
  }
  return { batch, inserts, updates };
}

/**
 * The dry run of a targets upload (run as a job, target-import-jobs.ts, with its
 * progress: read, compare, store): refuses unsafe or unreadable files (no
 * batch), reads every target row (in the import worker), and compares it with
 * what is stored. Every organisation named must lie in the actor's scope: one
 * that does not is a row-level problem, and any problem blocks the whole file.
 * The parsed rows are kept as a checked batch for the commit; no target is written.
 */
export function createTargetImportCheck(deps: Deps) {
  const { db, audit } = deps;
  return async (ctx: RequestContext, year: number, readUpload: () => Promise<Upload>, progress: (p: JobProgress) => Promise<void> = async () => undefined): Promise<TargetImportCheck> => {
    const actor = requireActor(ctx);
    await progress({ done: 0, total: 3, phase: 'read' });
    const [organisations, indicators] = await Promise.all([
      // Every organisation (paths start at '/'), so that one outside the scope is told apart for the audit trail.
      organisationsRepository(db).listInSubtree('/'),
      indicatorsRepository(db).list(),
    ]);
    const input: TargetJobInput = {
      defaultYear: year,
      locale: ctx.locale,
      organisations: organisations.map((o) => ({ id: o.id, code: o.code, name: o.name, path: o.path, inScope: isInScope(actor, o.path) })),
      indicators,
    };
    const { read, problems, output } = await runSheetJob(TARGET_JOB, input, await readUpload(), ctx.locale);
    const { rows, q1Amounts } = output;
    if (!read.headerFound) throw new AppError(422, 'IMPORT_TARGET_NO_HEADER');
    if (rows.count === 0 && q1Amounts.length === 0 && problems.length === 0) throw new AppError(422, 'IMPORT_TARGET_EMPTY');

    await progress({ done: 1, total: 3, phase: 'compare' });
    const years = [...new Set([...rows.year, ...q1Amounts.map((q) => q.year)])];
    const organisationIds = [...new Set([...rows.organisation, ...q1Amounts.map((q) => q.organisation)])];
    const current = await currentTargets(db, years, organisationIds);
    const indicatorCodes = new Map(indicators.map((i) => [i.id, i.code]));
    const q1 = planQ1(q1Amounts, await currentQ1Targets(db, years, organisationIds), indicatorCodes);
    const { batch, inserts, updates } = planRows(rows, current, indicatorCodes, (i, value) => {
      problems.push({ sheet: rows.sheets[rows.sheet[i]!]!, row: rows.row[i]!, column: null, code: 'IMPORT_TARGET_SHARE', message: translate('IMPORT_TARGET_SHARE', ctx.locale, { value }) });
    });
    // Problems in file order, whichever check found them.
    const sorted: ImportProblem[] = sortProblems(problems, read.sheetOrder);
    const blocking = sorted.length > 0;
    const { outOfScope } = output;
    const stored = batch.count;
    await progress({ done: 2, total: 3, phase: 'store' });

    const { batchId, alreadyImported } = await storeCheckedBatch(deps, ctx, {
      kind: 'targets', subject: subjectKey({ year }), organisationId: null, fileName: read.fileName, fileSha256: read.fileSha256,
      blocking, rowCount: stored, problemCount: sorted.length, rowsJson: withQ1Rows(batch.json(), q1.items),
    }, async (trx, id) => {
      await audit.append(trx, ctx, {
        action: AuditActions.targetImportCheck, entityType: AuditEntityTypes.targetImportBatch, entityId: id,
        after: {
          year, file: read.fileName, sha256: read.fileSha256, rows: stored, problems: sorted.length, blocking, inserts, updates,
          ...(q1.items.length > 0 ? { q1: { rows: q1.items.length, inserts: q1.inserts, updates: q1.updates } } : {}),
        },
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
      batchId, fileName: read.fileName, fileSha256: read.fileSha256, year, rowsParsed: stored, organisations: organisationIds.length,
      inserts, updates, unchanged: stored - inserts - updates, alreadyImported,
      q1Amounts: { rows: q1.items.length, inserts: q1.inserts, updates: q1.updates, unchanged: q1.unchanged },
      problems: sorted.slice(0, LIMITS.problemsShown), problemCount: sorted.length, notices: read.notices, blocking,
    };
  };
}
