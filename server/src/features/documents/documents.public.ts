// What other features may use of the documents feature (the only file they may import).
import type { DocumentFigure } from '@hongtu/contracts/documents';
import type { Executor } from '../../db/database';
import { figureOf } from './documents.figures';

export { readDocumentText, type ReadDocument } from './documents.readers';

/** The document a figure was read from, as a reference figure cites it. */
export interface FigureSource {
  id: number;
  title: string;
  issuer: string | null;
  publishedOn: string | null;
  /** The unit that uploaded it (its scope). */
  organisationId: number;
}

/**
 * A figure with its document, for accepting it as a district's reference figure (reference-figures
 * feature); undefined when there is no such figure. The caller checks the scope and the status
 * (a rejected figure cannot be accepted).
 */
export async function findFigureForAcceptance(db: Executor, figureId: number): Promise<{ figure: DocumentFigure; document: FigureSource } | undefined> {
  const row = await db.selectFrom('document_figures as f')
    .innerJoin('documents as d', 'd.id', 'f.document_id')
    .selectAll('f')
    .select(['d.title', 'd.issuer', 'd.published_on', 'd.organisation_id as document_organisation_id'])
    .where('f.id', '=', figureId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    figure: figureOf(row),
    document: { id: row.document_id, title: row.title, issuer: row.issuer, publishedOn: row.published_on, organisationId: row.document_organisation_id },
  };
}

/**
 * Marks a figure accepted (in the caller's transaction, which writes the reference figure and its
 * audit row). Returns false when the figure is missing or was rejected (nothing changed then).
 */
export async function markFigureAccepted(trx: Executor, figureId: number, userId: number, at: string = new Date().toISOString()): Promise<boolean> {
  const result = await trx.updateTable('document_figures')
    .set({ status: 'accepted', accepted_by: userId, accepted_at: at })
    .where('id', '=', figureId).where('status', '!=', 'rejected')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export { ingestFolder, listDocumentFiles, type FolderIngestDeps } from './documents.folder';
export { createDocumentIngest } from './documents.ingest';
export { DOCUMENT_JOBS } from './documents.jobs';

/**
 * Undoes markFigureAccepted when the reference figure it became is withdrawn (in the caller's
 * transaction): the figure is corrected again if it had been corrected, else extracted. Returns
 * false when the figure was not accepted (nothing changed then).
 */
export async function unmarkFigureAccepted(trx: Executor, figureId: number): Promise<boolean> {
  const row = await trx.selectFrom('document_figures').select(['status', 'corrected_at']).where('id', '=', figureId).executeTakeFirst();
  if (row?.status !== 'accepted') return false;
  await trx.updateTable('document_figures')
    .set({ status: row.corrected_at === null ? 'extracted' : 'corrected', accepted_by: null, accepted_at: null })
    .where('id', '=', figureId).where('status', '=', 'accepted')
    .execute();
  return true;
}

/** The front matter reader of Markdown documents, for features that take Markdown in themselves (portal articles). */
export { isoDate, splitFrontMatter } from './documents.meta';
