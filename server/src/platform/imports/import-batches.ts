import type { Executor, Db } from '../../db/database';
import type { DialectName } from '../../db/connection';
import type { Clock } from '../clock';
import type { AuditTrail } from '../audit/audit-trail';
import { AppError, notFound, staleVersion } from '../errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../permissions/actor';
import type { ImportRow } from './imports.table';

/** Which import a batch belongs to; a new import adds its name here. */
export type ImportKind = 'figures' | 'targets';

/** The `subject` of a batch: what the file was uploaded for, as canonical JSON (key order fixed by the caller). */
export const subjectKey = (subject: Record<string, number | string>) => JSON.stringify(subject);

export function importBatches(db: Executor) {
  return {
    insert(values: {
      kind: ImportKind; subject: string; organisationId: number | null; fileSha256: string; fileName: string;
      blocking: boolean; rowCount: number; problemCount: number; rowsJson: string; createdBy: number; createdAt: string;
    }) {
      return db.insertInto('imports').values({
        kind: values.kind, subject: values.subject, organisation_id: values.organisationId, file_sha256: values.fileSha256,
        file_name: values.fileName, status: 'checked', blocking: values.blocking ? 1 : 0, row_count: values.rowCount,
        problem_count: values.problemCount, rows_json: values.rowsJson, before_json: null, created_by: values.createdBy,
        created_at: values.createdAt, committed_by: null, committed_at: null, legacy_id: null,
      }).returning('id').executeTakeFirstOrThrow();
    },
    /** The same file committed for the same subject before. */
    async committedBefore(kind: ImportKind, subject: string, sha256: string): Promise<boolean> {
      const row = await db.selectFrom('imports').select('id')
        .where('kind', '=', kind).where('subject', '=', subject).where('file_sha256', '=', sha256).where('status', '=', 'committed')
        .executeTakeFirst();
      return row !== undefined;
    },
    /** With `lock` (PostgreSQL), a second commit of the same batch waits for the first and then sees it committed. */
    find(kind: ImportKind, id: number, lock = false) {
      const query = db.selectFrom('imports').selectAll().where('id', '=', id).where('kind', '=', kind);
      return (lock ? query.forUpdate() : query).executeTakeFirst();
    },
    /** Claims a checked batch for its commit; false when another commit got there first. */
    async markCommitted(id: number, by: number, now: string, beforeJson: string | null): Promise<boolean> {
      const result = await db.updateTable('imports')
        .set({ status: 'committed', committed_by: by, committed_at: now, before_json: beforeJson })
        .where('id', '=', id).where('status', '=', 'checked').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

interface PipelineDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  audit: AuditTrail;
}

/** A checked batch to keep: the file, what it is for, its verdict and its rows as the kind stores them. */
export interface CheckedBatch {
  kind: ImportKind;
  subject: string;
  organisationId: number | null;
  fileName: string;
  fileSha256: string;
  blocking: boolean;
  rowCount: number;
  problemCount: number;
  rowsJson: string;
}

/**
 * The end of a dry run: the checked batch is stored and audited (by the
 * kind's `audit`, in the same transaction). Answers its id and whether the
 * same file was committed for the same subject before.
 */
export async function storeCheckedBatch(
  { db, clock }: PipelineDeps,
  ctx: RequestContext,
  batch: CheckedBatch,
  audit: (trx: Executor, batchId: number) => Promise<void>,
): Promise<{ batchId: number; alreadyImported: boolean }> {
  const actor = requireActor(ctx);
  return db.transaction().execute(async (trx) => {
    const batches = importBatches(trx);
    const alreadyImported = await batches.committedBefore(batch.kind, batch.subject, batch.fileSha256);
    const row = await batches.insert({ ...batch, createdBy: actor.userId, createdAt: clock.now().toISOString() });
    await audit(trx, row.id);
    return { batchId: row.id, alreadyImported };
  });
}

/**
 * How a kind commits its batches: the scope check, then (for a batch not yet
 * committed and not blocked) a plan checked against the current state, then
 * the writes and their audit row. `plan` throws 409 when the state changed
 * since the dry run; its `before` is kept in before_json.
 */
export interface BatchWriter<Plan, Result> {
  kind: ImportKind;
  /** 404 (like a missing batch) when the batch lies outside the actor's scope. */
  authorize(trx: Executor, actor: Actor, batch: ImportRow): Promise<void>;
  /** The answer for a batch committed before (this call writes nothing but its audit row). */
  repeated(trx: Executor, ctx: RequestContext, batch: ImportRow): Promise<Result>;
  /** `before`: what the commit replaces, kept as JSON (undefined: nothing), or `beforeJson`, that JSON already written. */
  plan(trx: Executor, ctx: RequestContext, batch: ImportRow): Promise<{ plan: Plan; before?: unknown; beforeJson?: string }>;
  apply(trx: Executor, ctx: RequestContext, batch: ImportRow, plan: Plan, now: string): Promise<Result>;
}

/**
 * Commits a checked batch, all or nothing, in one transaction: found by kind
 * and id (404), in scope (404), committed before → answered again, blocked →
 * 422, then planned against the current state (409 when stale), claimed
 * (a concurrent commit loses: the row lock on PostgreSQL, one writer at a
 * time on SQLite) and written with its audit row.
 */
export async function commitBatch<Plan, Result>(
  { db, dialect, clock }: PipelineDeps,
  ctx: RequestContext,
  batchId: number,
  writer: BatchWriter<Plan, Result>,
): Promise<Result> {
  const actor = requireActor(ctx);
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const batches = importBatches(trx);
    const batch = await batches.find(writer.kind, batchId, dialect === 'postgres');
    if (!batch) throw notFound();
    await writer.authorize(trx, actor, batch);
    if (batch.status === 'committed') return writer.repeated(trx, ctx, batch);
    if (batch.blocking === 1) throw new AppError(422, 'IMPORT_BLOCKED');
    const { plan, before, beforeJson } = await writer.plan(trx, ctx, batch);
    if (!(await batches.markCommitted(batch.id, actor.userId, now, beforeJson ?? (before === undefined ? null : JSON.stringify(before))))) throw staleVersion();
    return writer.apply(trx, ctx, batch, plan, now);
  });
}
