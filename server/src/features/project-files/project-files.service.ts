import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Attachment, AttachmentList } from '@hongtu/contracts/project-files';
import { canRemoveAttachment, parsePeriodKey, periodKey, problemActions } from '@hongtu/domain';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, outOfScope } from '../../platform/errors/app-error';
import { fileStoreFor } from '../../platform/files/file-store';
import { ATTACHMENT_TYPES, embeddedThumbnail, inspectAttachment, isImageType } from '../../platform/files/inspect';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope, isInScope } from '../../platform/permissions/scope';
import { loadProblem, problemSides } from '../project-problems/project-problems.public';
import type { AttachmentRow } from './project-files.table';

/** What the attachment hangs on: a project, one of its months' reports, or a problem raised on it. */
export type AttachmentParent =
  | { kind: 'project'; projectId: number }
  | { kind: 'report'; projectId: number; periodKey: string }
  | { kind: 'problem'; problemId: number };

interface ResolvedParent {
  kind: AttachmentParent['kind'];
  projectId: number;
  organisationId: number;
  reportId: number | null;
  problemId: number | null;
}

const mib = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The file part of a multipart request, refused above the size limit before anything is kept. */
export async function readAttachmentUpload(req: FastifyRequest): Promise<{ bytes: Buffer; fileName: string }> {
  if (!req.isMultipart()) throw new AppError(400, 'ATTACHMENT_NO_FILE');
  const tooLarge = () => new AppError(413, 'ATTACHMENT_TOO_LARGE', { limit: mib(ATTACHMENT_LIMITS.fileBytes) });
  try {
    const part = await req.file({ limits: { fileSize: ATTACHMENT_LIMITS.fileBytes, files: 1, fields: 2, parts: 4 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'ATTACHMENT_NO_FILE');
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    if (bytes.length === 0) throw new AppError(400, 'ATTACHMENT_NO_FILE');
    return { bytes, fileName: cleanFileName(part.filename) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'ATTACHMENT_NO_FILE');
  }
}

/** The name the user gave, without folders or control characters, shortened: shown, never used to store. */
export function cleanFileName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'file').slice(-ATTACHMENT_LIMITS.fileNameLength);
}

type AttachmentRead = AttachmentRow & { uploaded_by_name: string | null; year: number | null; month: number | null };

function toAttachment(r: AttachmentRead, removable: boolean): Attachment {
  return {
    id: r.id, parent: r.parent_kind, projectId: r.project_id,
    periodKey: r.year !== null && r.month !== null ? periodKey({ year: r.year, month: r.month }) : null,
    problemId: r.problem_id, fileName: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes, image: isImageType(r.media_type),
    takenAt: r.taken_at, latitude: r.latitude === null ? null : Number(r.latitude), longitude: r.longitude === null ? null : Number(r.longitude),
    uploadedByName: r.uploaded_by_name, createdAt: r.created_at, removable,
  };
}

function attachmentsQuery(db: Executor) {
  return db.selectFrom('attachments as a')
    .leftJoin('users as u', 'u.id', 'a.uploaded_by')
    .leftJoin('project_reports as r', 'r.id', 'a.report_id')
    .selectAll('a')
    .select(['u.display_name as uploaded_by_name', 'r.year', 'r.month']);
}

async function projectScope(db: Executor, projectId: number) {
  return db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.code', 'p.organisation_id', 'o.path']).where('p.id', '=', projectId).executeTakeFirst();
}

/**
 * The record an attachment goes on, checked for the user: a project's or a report's in the user's
 * own district (to write) or readable scope (to read); a problem's by its two sides.
 */
async function resolveParent(db: Executor, actor: Actor, parent: AttachmentParent, write: boolean): Promise<ResolvedParent> {
  if (parent.kind === 'problem') {
    const problem = await loadProblem(db, actor, parent.problemId);
    if (write) {
      const sides = problemSides(actor, problem.district_path, problem.department_path);
      if (!problemActions({ role: actor.role, status: problem.status, overdue: false, ...sides }).attach) {
        if (!(actor.role === 'department_staff' ? sides.ownDepartment : sides.ownProject)) throw outOfScope();
        throw new AppError(409, 'ATTACHMENT_CLOSED');
      }
    }
    return { kind: 'problem', projectId: problem.project_id, organisationId: problem.organisation_id, reportId: null, problemId: problem.id };
  }
  const project = await projectScope(db, parent.projectId);
  if (!project || !(write ? isInOwnScope(actor, project.path) : isInScope(actor, project.path))) throw outOfScope();
  if (parent.kind === 'project') return { kind: 'project', projectId: project.id, organisationId: project.organisation_id, reportId: null, problemId: null };
  const month = parsePeriodKey(parent.periodKey);
  if (!month) throw new AppError(400, 'VALIDATION_FAILED');
  const report = await db.selectFrom('project_reports').select('id').where('project_id', '=', project.id).where('year', '=', month.year).where('month', '=', month.month).executeTakeFirst();
  if (!report) throw new AppError(409, 'ATTACHMENT_REPORT_MISSING');
  return { kind: 'report', projectId: project.id, organisationId: project.organisation_id, reportId: report.id, problemId: null };
}

/** Whether the user may add to the record now: 404 (outside his own scope) and 409 (closed) mean no. */
async function mayAddTo(db: Executor, actor: Actor, parent: AttachmentParent): Promise<boolean> {
  return resolveParent(db, actor, parent, true).then(() => true, (error: unknown) => {
    if (error instanceof AppError && (error.status === 404 || error.status === 409)) return false;
    throw error;
  });
}

const removableBy = (actor: Actor, row: Pick<AttachmentRow, 'uploaded_by'>, mayAdd: boolean) =>
  canRemoveAttachment({ role: actor.role, uploader: row.uploaded_by !== null && row.uploaded_by === actor.userId, uploaderUnknown: row.uploaded_by === null, mayAdd });

/** Attachments: added one file at a time (type by content, size and count limits), listed and served under the parent's permission. */
export function createProjectFileService({ db, clock, audit, config }: Deps) {
  const store = () => fileStoreFor(config.filesDir);

  async function load(ctx: RequestContext, id: number) {
    const actor = requireActor(ctx);
    const row = await attachmentsQuery(db).where('a.id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    // Served under the parent's permission: the problem's sides, or the project's scope.
    await resolveParent(db, actor, row.problem_id !== null ? { kind: 'problem', problemId: row.problem_id } : { kind: 'project', projectId: row.project_id }, false);
    return row;
  }

  return {
    async add(ctx: RequestContext, parent: AttachmentParent, read: () => Promise<{ bytes: Buffer; fileName: string }>): Promise<Attachment> {
      const actor = requireActor(ctx);
      // The parent first: nothing of a file for a record the user may not touch is read.
      await resolveParent(db, actor, parent, true);
      const { bytes, fileName } = await read();
      const inspected = await inspectAttachment(bytes);
      if (!inspected) throw new AppError(415, 'ATTACHMENT_TYPE', { fileName });
      const key = await store().put(bytes);
      try {
        const id = await db.transaction().execute(async (trx) => {
          const target = await resolveParent(trx, actor, parent, true);
          let count = trx.selectFrom('attachments').select((eb) => eb.fn.countAll().as('n')).where('project_id', '=', target.projectId).where('parent_kind', '=', target.kind);
          if (target.reportId !== null) count = count.where('report_id', '=', target.reportId);
          if (target.problemId !== null) count = count.where('problem_id', '=', target.problemId);
          if (Number((await count.executeTakeFirstOrThrow()).n) >= ATTACHMENT_LIMITS.perRecord) throw new AppError(409, 'ATTACHMENT_TOO_MANY', { limit: ATTACHMENT_LIMITS.perRecord });
          const at = clock.now().toISOString();
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const row = await trx.insertInto('attachments').values({
            parent_kind: target.kind, project_id: target.projectId, report_id: target.reportId, problem_id: target.problemId, organisation_id: target.organisationId,
            file_key: key, file_name: fileName, media_type: inspected.mediaType, size_bytes: bytes.length, sha256,
            taken_at: inspected.takenAt, latitude: inspected.latitude === null ? null : String(inspected.latitude), longitude: inspected.longitude === null ? null : String(inspected.longitude),
            uploaded_by: actor.userId, created_at: at,
          }).returning('id').executeTakeFirstOrThrow();
          await audit.append(trx, ctx, {
            action: AuditActions.attachmentAdd, entityType: AuditEntityTypes.attachment, entityId: row.id,
            after: { parent: target.kind, projectId: target.projectId, reportId: target.reportId, problemId: target.problemId, fileName, mediaType: inspected.mediaType, sizeBytes: bytes.length, sha256, takenAt: inspected.takenAt },
          });
          return row.id;
        });
        return toAttachment(await attachmentsQuery(db).where('a.id', '=', id).executeTakeFirstOrThrow(), removableBy(actor, { uploaded_by: actor.userId }, true));
      } catch (error) {
        await store().remove(key);
        throw error;
      }
    },

    /** A project's own attachments and its reports' (by month), or a problem's. */
    async list(ctx: RequestContext, parent: { kind: 'project'; projectId: number } | { kind: 'problem'; problemId: number }): Promise<AttachmentList> {
      const actor = requireActor(ctx);
      const target = await resolveParent(db, actor, parent, false);
      let query = attachmentsQuery(db).where('a.project_id', '=', target.projectId);
      query = parent.kind === 'problem' ? query.where('a.problem_id', '=', target.problemId) : query.where('a.parent_kind', 'in', ['project', 'report']);
      const rows = await query.orderBy('a.id').execute();
      // One record (a project with its reports, or a problem): whether the reader may add to it holds for every file.
      const mayAdd = await mayAddTo(db, actor, parent);
      return { items: rows.map((r) => toAttachment(r, removableBy(actor, r, mayAdd))) };
    },

    /** The file's bytes, its type and name, under the parent's permission. */
    async file(ctx: RequestContext, id: number) {
      const row = await load(ctx, id);
      const ext = ATTACHMENT_TYPES[row.media_type as keyof typeof ATTACHMENT_TYPES];
      return { bytes: await store().get(row.file_key), mediaType: row.media_type, fileName: row.file_name, asciiName: `attachment-${row.id}.${ext ?? 'bin'}` };
    },

    /**
     * Takes an attachment off (its uploader while he may add to its record, or the city): the row
     * and its audit row in one transaction, then the file leaves the store; afterwards it is 404.
     */
    async remove(ctx: RequestContext, id: number): Promise<void> {
      const actor = requireActor(ctx);
      const fileKey = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) throw notFound();
        const parent: AttachmentParent = row.problem_id !== null ? { kind: 'problem', problemId: row.problem_id } : { kind: 'project', projectId: row.project_id };
        // Read scope first: another district's file is answered exactly like a missing one.
        await resolveParent(trx, actor, parent, false);
        if (!removableBy(actor, row, await mayAddTo(trx, actor, parent))) throw new AppError(403, 'ATTACHMENT_NOT_YOURS');
        await trx.deleteFrom('attachments').where('id', '=', id).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.attachmentRemove, entityType: AuditEntityTypes.attachment, entityId: id,
          before: { parent: row.parent_kind, projectId: row.project_id, reportId: row.report_id, problemId: row.problem_id, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256: row.sha256, uploadedBy: row.uploaded_by },
        });
        return row.file_key;
      });
      // The bytes go once the row is gone for good; the audit row keeps the file's hash.
      await store().remove(fileKey);
    },

    /** A photo's preview: the one the camera wrote into its EXIF, else the photo itself (the page shows it small). */
    async thumbnail(ctx: RequestContext, id: number) {
      const row = await load(ctx, id);
      if (!isImageType(row.media_type)) throw notFound();
      const bytes = await store().get(row.file_key);
      const embedded = row.media_type === 'image/jpeg' ? await embeddedThumbnail(bytes) : null;
      return { bytes: embedded ? Buffer.from(embedded) : bytes, mediaType: embedded ? 'image/jpeg' : row.media_type };
    },
  };
}
