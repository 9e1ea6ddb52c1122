// House-style templates: upload (checked, kept in the file store, its row and audit row in one
// transaction), the list a unit may choose from, and the bytes of one for the report job. A unit
// sees its own templates, those of the units below it and those of the units above it (the city's
// template is the districts' too); it uploads for its own unit only.
import { createHash } from 'node:crypto';
import { AuditActions, AuditEntityTypes, REPORT_TEMPLATE_LIMITS } from '@hongtu/contracts';
import type { FastifyRequest } from 'fastify';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { fileStoreFor } from '../../platform/files/file-store';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { scopePaths, type ScopeActor } from '../../platform/permissions/scope';
import { checkReportTemplate } from './report-templates.check';
import type { ReportTemplate, ReportTemplateList } from './report-templates.schema';

const mb = (bytes: number) => `${bytes / 1024 / 1024}`;
const tooLarge = () => new AppError(413, 'REPORT_TEMPLATE_TOO_LARGE', { limit: mb(REPORT_TEMPLATE_LIMITS.uploadBytes) });
/** Room for the multipart envelope around the file. */
export const ENVELOPE_BYTES = 64 * 1024;

export interface TemplateUpload {
  bytes: Buffer;
  fileName: string;
  name: string | null;
}

/** Refuses an upload that says it is larger than the limit before a byte of it is read. */
export async function refuseOversizedTemplate(req: FastifyRequest): Promise<void> {
  if (Number(req.headers['content-length'] ?? 0) > REPORT_TEMPLATE_LIMITS.uploadBytes + ENVELOPE_BYTES) throw tooLarge();
}

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '').trim();

/** The multipart field `file` (at most the limit) and an optional `name` sent before it. */
export async function readTemplateUpload(req: FastifyRequest): Promise<TemplateUpload> {
  if (!req.isMultipart()) throw new AppError(400, 'REPORT_TEMPLATE_NO_FILE');
  try {
    const part = await req.file({ limits: { fileSize: REPORT_TEMPLATE_LIMITS.uploadBytes, files: 1, fields: 2, parts: 4 } });
    if (!part || part.fieldname !== 'file') throw new AppError(400, 'REPORT_TEMPLATE_NO_FILE');
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    if (bytes.byteLength === 0) throw new AppError(400, 'REPORT_TEMPLATE_NO_FILE');
    const field = part.fields.name as { value?: unknown } | undefined;
    const name = typeof field?.value === 'string' ? clean(field.value) : null;
    const fileName = clean((part.filename ?? '').split(/[\\/]/).pop() ?? '') || 'template.docx';
    return { bytes, fileName: fileName.slice(-200), name };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new AppError(400, 'REPORT_TEMPLATE_NO_FILE');
  }
}

/** Templates a unit may use: of its subtree and of the units above it. `pathColumn`: the template's unit's path. */
function templateVisible(actor: ScopeActor, pathColumn = 'o.path'): Expression<SqlBool> {
  const ref = sql.ref(pathColumn);
  const below = scopePaths(actor).map((p) => sql<SqlBool>`${ref} like ${`${p}%`}`);
  return sql<SqlBool>`(${sql.join([...below, sql<SqlBool>`${actor.organisationPath} like ${ref} || '%'`], sql` or `)})`;
}

const templatesQuery = (db: Executor) => db.selectFrom('report_templates as t')
  .innerJoin('organisations as o', 'o.id', 't.organisation_id')
  .innerJoin('users as u', 'u.id', 't.uploaded_by')
  .select(['t.id', 't.organisation_id', 'o.name as organisation_name', 't.name', 't.file_name', 't.size_bytes', 't.placeholders_json', 't.created_at', 't.file_key', 'u.display_name as uploaded_by_name']);

type TemplateRead = Awaited<ReturnType<ReturnType<typeof templatesQuery>['executeTakeFirstOrThrow']>>;

const toTemplate = (r: TemplateRead): ReportTemplate => ({
  id: r.id,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  name: r.name,
  fileName: r.file_name,
  sizeBytes: Number(r.size_bytes),
  placeholders: JSON.parse(r.placeholders_json) as string[],
  uploadedBy: r.uploaded_by_name,
  uploadedAt: r.created_at,
});

export function createReportTemplateService({ db, clock, audit, config }: Deps) {
  const store = () => fileStoreFor(config.filesDir);

  return {
    /** Checks and keeps an uploaded template for the uploader's own unit. */
    async upload(ctx: RequestContext, read: () => Promise<TemplateUpload>): Promise<ReportTemplate> {
      const actor = requireActor(ctx);
      const upload = await read();
      const name = upload.name ?? upload.fileName.replace(/\.docx$/i, '');
      if (!name || [...name].length > REPORT_TEMPLATE_LIMITS.nameLength) {
        throw new AppError(400, 'REPORT_TEMPLATE_NAME', { limit: REPORT_TEMPLATE_LIMITS.nameLength });
      }
      const check = await checkReportTemplate(upload.bytes, upload.fileName);
      const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
      const key = await store().put(upload.bytes);
      try {
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx.insertInto('report_templates').values({
            organisation_id: actor.organisationId, name, file_name: upload.fileName, file_key: key, sha256,
            size_bytes: upload.bytes.byteLength, placeholders_json: JSON.stringify(check.placeholders),
            uploaded_by: actor.userId, created_at: clock.now().toISOString(),
          }).returning('id').executeTakeFirstOrThrow();
          await audit.append(trx, ctx, {
            action: AuditActions.reportTemplateUpload, entityType: AuditEntityTypes.reportTemplate, entityId: row.id,
            after: { name, fileName: upload.fileName, sizeBytes: upload.bytes.byteLength, sha256, placeholders: check.placeholders },
          });
          return row.id;
        });
        return toTemplate(await templatesQuery(db).where('t.id', '=', id).executeTakeFirstOrThrow());
      } catch (error) {
        await store().remove(key);
        throw error;
      }
    },

    /** The templates the caller's unit may use, newest first. */
    async list(ctx: RequestContext): Promise<ReportTemplateList> {
      const actor = requireActor(ctx);
      const rows = await templatesQuery(db).where(templateVisible(actor)).orderBy('t.id', 'desc').execute();
      return { items: rows.map(toTemplate) };
    },

    /** The bytes of a template the caller's unit may use (for the report job); 404 otherwise. */
    async bytes(ctx: RequestContext, id: number): Promise<Buffer> {
      const actor = requireActor(ctx);
      const row = await templatesQuery(db).where('t.id', '=', id).where(templateVisible(actor)).executeTakeFirst();
      if (!row) throw notFound();
      return store().get(row.file_key);
    },
  };
}
