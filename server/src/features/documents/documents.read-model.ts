// Lists and the detail of documents, limited to what the reader may see (documents.scope.ts).
import type { DocumentDetail, DocumentList, DocumentListItem, DocumentListQuery } from '@hongtu/contracts/documents';
import type { Executor } from '../../db/database';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { outOfScope } from '../../platform/errors/app-error';
import { figureOf } from './documents.figures';
import { documentVisible, isDocumentVisible } from './documents.scope';

/** The columns of a list item (never the text). */
export function listSelect(db: Executor) {
  return db.selectFrom('documents as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .select([
      'd.id', 'd.title', 'd.issuer', 'd.published_on', 'd.index_no', 'd.doc_no', 'd.source_url', 'd.language', 'd.format',
      'd.original_name', 'd.series_key', 'd.version', 'd.byte_size', 'd.organisation_id', 'o.name as organisation_name',
      'o.path as organisation_path', 'd.figure_count', 'd.created_at',
    ]);
}
type ListRow = Awaited<ReturnType<ReturnType<typeof listSelect>['executeTakeFirstOrThrow']>>;

export function listItemOf(r: ListRow): DocumentListItem {
  return {
    id: r.id, title: r.title, issuer: r.issuer, publishedOn: r.published_on, indexNo: r.index_no, docNo: r.doc_no, sourceUrl: r.source_url,
    language: r.language, format: r.format, originalName: r.original_name, seriesKey: r.series_key, version: r.version, byteSize: r.byte_size,
    organisationId: r.organisation_id, organisationName: r.organisation_name, figureCount: r.figure_count, createdAt: r.created_at,
  };
}

export function createDocumentsReadModel(db: Executor) {
  return {
    async list(ctx: RequestContext, query: DocumentListQuery): Promise<DocumentList> {
      const actor = requireActor(ctx);
      let select = listSelect(db).where(documentVisible(actor));
      if (query.issuer) select = select.where('d.issuer', 'like', `%${query.issuer.replace(/[%_]/g, '')}%`);
      if (query.from) select = select.where('d.published_on', '>=', query.from);
      if (query.to) select = select.where('d.published_on', '<=', query.to);
      const total = await select.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await select.orderBy('d.published_on', 'desc').orderBy('d.id', 'desc')
        .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
      return { items: rows.map(listItemOf), total: Number(total.n) };
    },

    async detail(ctx: RequestContext, id: number): Promise<DocumentDetail> {
      const actor = requireActor(ctx);
      const row = await listSelect(db).select(['d.text', 'd.content_hash']).where('d.id', '=', id).executeTakeFirst();
      if (!row) throw new AppError(404, 'NOT_FOUND');
      if (!isDocumentVisible(actor, row.organisation_path)) throw outOfScope();
      const [figures, versions] = await Promise.all([
        db.selectFrom('document_figures').selectAll().where('document_id', '=', id).orderBy('position').execute(),
        db.selectFrom('documents').select(['id', 'version', 'created_at']).where('organisation_id', '=', row.organisation_id)
          .where('series_key', '=', row.series_key).where('id', '!=', id).orderBy('version', 'desc').execute(),
      ]);
      return {
        ...listItemOf(row), text: row.text, contentHash: row.content_hash, figures: figures.map(figureOf),
        versions: versions.map((v) => ({ id: v.id, version: v.version, createdAt: v.created_at })),
      };
    },
  };
}
