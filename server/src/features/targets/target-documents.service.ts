import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { TARGET_DOCUMENTS_PER_YEAR, type TargetDocument, type TargetDocumentList, type TargetDocumentUploadQuery } from '@hongtu/contracts/target-documents';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, outOfScope } from '../../platform/errors/app-error';
import { fileStoreFor } from '../../platform/files/file-store';
import { ATTACHMENT_TYPES, inspectAttachment } from '../../platform/files/inspect';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope, isInScope, scopePaths } from '../../platform/permissions/scope';
import type { TargetDocumentRow } from './target-documents.table';

// Documents beside a year's targets (目标责任书, 下达文件), docs/DOMAIN.md "Target documents". The city
// keeps them; a reader sees those of the organisations in his scope and those of the organisations
// above his own (the city's 下达文件 concerns every district under it), never a sibling district's.

/**
 * Whether a document of the organisation at `documentPath` concerns the reader: it lies in one of
 * the reader's subtrees, or above the reader's own organisation (or a granted one).
 */
export function documentConcerns(actor: Pick<Actor, 'organisationPath' | 'readPaths'>, documentPath: string): boolean {
  return isInScope(actor, documentPath) || scopePaths(actor).some((p) => p.startsWith(documentPath));
}

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The file part of the upload, refused above the size limit before anything is kept. */
export async function readDocumentUpload(req: FastifyRequest): Promise<{ bytes: Buffer; fileName: string }> {
  if (!req.isMultipart()) throw new AppError(400, 'TARGET_DOCUMENT_NO_FILE');
  const tooLarge = () => new AppError(413, 'TARGET_DOCUMENT_TOO_LARGE', { limit: mib(ATTACHMENT_LIMITS.fileBytes) });
  try {
    const part = await req.file({ limits: { fileSize: ATTACHMENT_LIMITS.fileBytes, files: 1, fields: 2, parts: 4 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'TARGET_DOCUMENT_NO_FILE');
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    if (bytes.length === 0) throw new AppError(400, 'TARGET_DOCUMENT_NO_FILE');
    return { bytes, fileName: cleanFileName(part.filename) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'TARGET_DOCUMENT_NO_FILE');
  }
}

/** The name the user gave, without folders or control characters, shortened: shown, never used to store. */
function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'file').slice(-ATTACHMENT_LIMITS.fileNameLength);
}

type DocumentLine = TargetDocumentRow & { organisation_name: string; organisation_path: string; uploaded_by_name: string | null };

function documentsQuery(db: Executor) {
  return db.selectFrom('target_documents as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .selectAll('d')
    .select(['o.name as organisation_name', 'o.path as organisation_path', 'u.display_name as uploaded_by_name']);
}

function toDocument(r: DocumentLine): TargetDocument {
  return {
    id: r.id, year: r.year, kind: r.kind, organisationId: r.organisation_id, organisationName: r.organisation_name,
    fileName: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes, uploadedByName: r.uploaded_by_name, createdAt: r.created_at,
  };
}

/** Target documents: kept one file at a time (type by content, size and count limits), listed and served to whom they concern. */
export function createTargetDocumentService({ db, clock, audit, config }: Deps) {
  const store = () => fileStoreFor(config.filesDir);

  /** A document the reader may see (404 otherwise, as for a missing one). */
  async function load(actor: Actor, id: number): Promise<DocumentLine> {
    const row = await documentsQuery(db).where('d.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    if (!documentConcerns(actor, row.organisation_path)) throw outOfScope();
    return row;
  }

  /** The organisation a new document concerns: the one named, within the uploader's own subtree, else his own. */
  async function concerned(trx: Executor, actor: Actor, organisationId: number | undefined) {
    const org = await trx.selectFrom('organisations').select(['id', 'path']).where('id', '=', organisationId ?? actor.organisationId).executeTakeFirst();
    if (!org || !isInOwnScope(actor, org.path)) throw outOfScope();
    return org;
  }

  return {
    /** The year's documents that concern the reader, newest first (at most TARGET_DOCUMENTS_PER_YEAR are kept). */
    async list(ctx: RequestContext, year: number): Promise<TargetDocumentList> {
      const actor = requireActor(ctx);
      const rows = await documentsQuery(db).where('d.year', '=', year).orderBy('d.id', 'desc').limit(TARGET_DOCUMENTS_PER_YEAR).execute();
      return { items: rows.filter((r) => documentConcerns(actor, r.organisation_path)).map(toDocument) };
    },

    async add(ctx: RequestContext, query: TargetDocumentUploadQuery, read: () => Promise<{ bytes: Buffer; fileName: string }>): Promise<TargetDocument> {
      const actor = requireActor(ctx);
      // The organisation first: nothing of a file for one outside the uploader's scope is read.
      await concerned(db, actor, query.organisationId);
      const { bytes, fileName } = await read();
      const inspected = await inspectAttachment(bytes);
      if (!inspected) throw new AppError(415, 'TARGET_DOCUMENT_TYPE', { fileName });
      const key = await store().put(bytes);
      try {
        const id = await db.transaction().execute(async (trx) => {
          const org = await concerned(trx, actor, query.organisationId);
          const count = await trx.selectFrom('target_documents').select((eb) => eb.fn.countAll().as('n')).where('year', '=', query.year).executeTakeFirstOrThrow();
          if (Number(count.n) >= TARGET_DOCUMENTS_PER_YEAR) throw new AppError(409, 'TARGET_DOCUMENT_TOO_MANY', { limit: TARGET_DOCUMENTS_PER_YEAR });
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const row = await trx.insertInto('target_documents').values({
            year: query.year, kind: query.kind, organisation_id: org.id, file_key: key, file_name: fileName, media_type: inspected.mediaType,
            size_bytes: bytes.length, sha256, uploaded_by: actor.userId, created_at: clock.now().toISOString(),
          }).returning('id').executeTakeFirstOrThrow();
          await audit.append(trx, ctx, {
            action: AuditActions.targetDocumentAdd, entityType: AuditEntityTypes.targetDocument, entityId: row.id,
            after: { year: query.year, kind: query.kind, organisationId: org.id, fileName, mediaType: inspected.mediaType, sizeBytes: bytes.length, sha256 },
          });
          return row.id;
        });
        return toDocument(await documentsQuery(db).where('d.id', '=', id).executeTakeFirstOrThrow());
      } catch (error) {
        await store().remove(key);
        throw error;
      }
    },

    /** The file's bytes, its type and name, to a reader it concerns. */
    async file(ctx: RequestContext, id: number) {
      const row = await load(requireActor(ctx), id);
      const ext = ATTACHMENT_TYPES[row.media_type as keyof typeof ATTACHMENT_TYPES];
      return { bytes: await store().get(row.file_key), mediaType: row.media_type, fileName: row.file_name, asciiName: `target-document-${row.id}.${ext ?? 'bin'}` };
    },

    /** Takes a document off (audited with what it was); its bytes leave the store once the deletion is committed. */
    async remove(ctx: RequestContext, id: number): Promise<void> {
      const actor = requireActor(ctx);
      const key = await db.transaction().execute(async (trx) => {
        const row = await documentsQuery(trx).where('d.id', '=', id).executeTakeFirst();
        if (!row || !isInOwnScope(actor, row.organisation_path)) throw outOfScope();
        await trx.deleteFrom('target_documents').where('id', '=', id).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.targetDocumentRemove, entityType: AuditEntityTypes.targetDocument, entityId: id,
          before: { year: row.year, kind: row.kind, organisationId: row.organisation_id, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256: row.sha256 },
        });
        return row.file_key;
      });
      await store().remove(key);
    },
  };
}
