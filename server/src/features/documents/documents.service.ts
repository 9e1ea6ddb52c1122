// The reviewer's writes on a figure read from a document: correct it (the fields changed, with the
// reason) or reject it. Each one transaction with its audit row; a rejected or accepted figure is
// no longer changed.
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { DocumentFigure, FigureCorrection, FigureRejection } from '@hongtu/contracts/documents';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope } from '../../platform/permissions/scope';
import { figureOf } from './documents.figures';
import type { Updateable } from 'kysely';
import type { DocumentFiguresTable } from './documents.table';

async function figureForWrite(trx: Executor, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  const row = await trx.selectFrom('document_figures as f')
    .innerJoin('documents as d', 'd.id', 'f.document_id')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .selectAll('f').select('o.path as organisation_path')
    .where('f.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'NOT_FOUND');
  assertInOwnScope(actor, row.organisation_path);
  if (row.status === 'rejected') throw new AppError(409, 'DOCUMENT_FIGURE_REJECTED');
  if (row.status === 'accepted') throw new AppError(409, 'DOCUMENT_FIGURE_ACCEPTED');
  return row;
}

export function createDocumentsService({ db, clock, audit }: Pick<Deps, 'db' | 'clock' | 'audit'>) {
  return {
    async correct(ctx: RequestContext, id: number, request: FigureCorrection): Promise<DocumentFigure> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await figureForWrite(trx, ctx, id);
        if (request.organisationId) {
          const org = await trx.selectFrom('organisations').select(['id', 'code', 'name']).where('id', '=', request.organisationId).executeTakeFirst();
          if (!org) throw new AppError(404, 'NOT_FOUND');
        }
        const changes: Updateable<DocumentFiguresTable> = {};
        if (request.entity !== undefined) changes.entity = request.entity;
        if (request.organisationId !== undefined) {
          changes.organisation_id = request.organisationId;
          if (request.organisationId !== null) changes.entity_kind = 'organisation';
        }
        if (request.indicator !== undefined) changes.indicator = request.indicator;
        if (request.period !== undefined) changes.period = request.period;
        if (request.kind !== undefined) changes.kind = request.kind;
        if (request.value !== undefined) changes.value = request.value;
        if (request.unit !== undefined) changes.unit = request.unit;
        if (request.yoyPct !== undefined) changes.yoy_pct = request.yoyPct;
        if (request.vsTimeProgressPp !== undefined) changes.vs_time_progress_pp = request.vsTimeProgressPp;
        if (request.comparator !== undefined) changes.comparator = request.comparator;
        const now = clock.now().toISOString();
        await trx.updateTable('document_figures')
          .set({ ...changes, status: 'corrected', corrected_by: actor.userId, corrected_at: now, reason: request.reason })
          .where('id', '=', id).execute();
        const after = await trx.selectFrom('document_figures').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]));
        await audit.append(trx, ctx, {
          action: AuditActions.documentFigureCorrect, entityType: AuditEntityTypes.document, entityId: row.document_id,
          before: { figure: id, ...before }, after: { figure: id, ...changes, reason: request.reason },
        });
        return figureOf(after);
      });
    },

    async reject(ctx: RequestContext, id: number, request: FigureRejection): Promise<DocumentFigure> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await figureForWrite(trx, ctx, id);
        const now = clock.now().toISOString();
        await trx.updateTable('document_figures')
          .set({ status: 'rejected', corrected_by: actor.userId, corrected_at: now, reason: request.reason })
          .where('id', '=', id).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.documentFigureReject, entityType: AuditEntityTypes.document, entityId: row.document_id,
          before: { figure: id, status: row.status }, after: { figure: id, status: 'rejected', reason: request.reason },
        });
        return figureOf(await trx.selectFrom('document_figures').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
      });
    },
  };
}
