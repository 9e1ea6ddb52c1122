import { reportDocumentSchema, type ReportDetail, type ReportDiff, type ReportDocument, type ReportKind, type ReportSummary } from '@hongtu/contracts/reports';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ExpressionBuilder, ExpressionWrapper, SqlBool } from 'kysely';
import type { Deps } from '../../platform/deps';
import { outOfScope } from '../../platform/errors/app-error';
import { fileStoreFor } from '../../platform/files/file-store';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

const gunzipAsync = promisify(gunzip);

/** The organisations above a path ("/1/4/7/" → 1, 4; the own one is in the subtree already). */
const ancestorIds = (path: string): number[] => path.split('/').filter(Boolean).map(Number).slice(0, -1);

/**
 * Who reads which report: every report of a unit in the reader's scope (his subtree and, for a
 * department, the districts granted to it), and the reports of the units above him — the city's
 * bulletin, ranking notice and dispatch list are the city's published documents, sent to every
 * district and department under it, so a district reads the city's reports but never another
 * district's. The city reads them all.
 */
function visibleTo<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, actor: Actor): ExpressionWrapper<DB, TB, SqlBool> {
  const inScope = pathInScope(eb, 'o.path', actor);
  const ancestors = ancestorIds(actor.organisationPath);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ancestors.length === 0 ? inScope : eb.or([inScope, eb(eb.ref('o.id' as never) as any, 'in', ancestors)]);
}

/** Lists and lookups of the reports' archive, always within what the reader may see (visibleTo). */
export function createReportsReadModel({ db, config }: Pick<Deps, 'db' | 'config'>) {
  const base = () => db.selectFrom('reports as x')
    .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
    .innerJoin('users as u', 'u.id', 'x.generated_by')
    .select(['x.id', 'x.kind', 'x.period_key', 'x.organisation_id', 'o.name as organisation_name', 'x.title', 'x.revision',
      'x.provisional', 'x.snapshot_hash', 'x.generated_at', 'u.display_name as generated_by_name']);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const summaryOf = (r: Row): ReportSummary => ({
    id: r.id, kind: r.kind, periodKey: r.period_key, organisationId: r.organisation_id, organisationName: r.organisation_name,
    title: r.title, revision: r.revision, provisional: r.provisional === 1, snapshotHash: r.snapshot_hash,
    generatedAt: r.generated_at, generatedBy: r.generated_by_name,
  });

  /** The archive row the reader may see, else 404 (audited as a denial: it may be another district's). */
  async function visibleRow(ctx: RequestContext, id: number) {
    const actor = requireActor(ctx);
    const row = await base().select(['x.docx_key', 'x.xlsx_key'])
      .where('x.id', '=', id).where((eb) => visibleTo(eb, actor)).executeTakeFirst();
    if (!row) throw outOfScope();
    return row;
  }
  /** The same with its stored document model (a preview or a diff; the downloads do not read it). */
  async function visibleRowWithDocument(ctx: RequestContext, id: number) {
    const actor = requireActor(ctx);
    const row = await base().select(['x.document_json', 'x.document_gz'])
      .where('x.id', '=', id).where((eb) => visibleTo(eb, actor)).executeTakeFirst();
    if (!row) throw outOfScope();
    return row;
  }
  /**
   * The stored document model, read only when a preview or a diff asks: the gzip bytes written since
   * migration 0292, decompressed on libuv's pool (a city's bulletin is 14 M characters), else the
   * JSON text of a row written before.
   */
  const documentOf = async (row: { document_json: string; document_gz: Buffer | null }): Promise<ReportDocument> => {
    const json = row.document_gz ? (await gunzipAsync(row.document_gz)).toString('utf8') : row.document_json;
    return reportDocumentSchema.parse(JSON.parse(json));
  };

  return {
    /** A report's summary by id (for the job's result; the job checked its scope). */
    async summary(id: number): Promise<ReportSummary> {
      return summaryOf(await base().where('x.id', '=', id).executeTakeFirstOrThrow());
    },

    async list(ctx: RequestContext, query: { kind?: ReportKind; period?: string; page: number; pageSize: number }): Promise<{ items: ReportSummary[]; total: number }> {
      const actor = requireActor(ctx);
      let q = base().where((eb) => visibleTo(eb, actor));
      if (query.kind) q = q.where('x.kind', '=', query.kind);
      if (query.period) q = q.where('x.period_key', '=', query.period);
      const [rows, count] = await Promise.all([
        q.orderBy('x.period_key', 'desc').orderBy('x.id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
        q.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(summaryOf), total: Number(count.n) };
    },

    async detail(ctx: RequestContext, id: number): Promise<ReportDetail> {
      const row = await visibleRowWithDocument(ctx, id);
      return { ...summaryOf(row), document: await documentOf(row) };
    },

    /**
     * What numbers changed since the previous revision of the same report (kind, period, unit): each
     * source of either document whose value differs, by its id (the same figure and measure).
     */
    async diff(ctx: RequestContext, id: number): Promise<ReportDiff> {
      const row = await visibleRowWithDocument(ctx, id);
      const previous = await db.selectFrom('reports').select(['id', 'document_json', 'document_gz'])
        .where('kind', '=', row.kind).where('period_key', '=', row.period_key).where('organisation_id', '=', row.organisation_id)
        .where('revision', '<', row.revision).orderBy('revision', 'desc').limit(1).executeTakeFirst();
      if (!previous) return { previousId: null, changes: [] };
      const [older, newer] = await Promise.all([documentOf(previous), documentOf(row)]);
      const before = new Map(older.sources.map((s) => [s.id, s]));
      const after = new Map(newer.sources.map((s) => [s.id, s]));
      const changes: ReportDiff['changes'] = [];
      for (const key of new Set([...before.keys(), ...after.keys()])) {
        const a = before.get(key);
        const b = after.get(key);
        if (a?.value === b?.value) continue;
        const s = (b ?? a)!;
        changes.push({ organisationName: s.organisationName, indicatorName: s.indicatorName, measure: s.measure, before: a?.value ?? null, after: b?.value ?? null });
      }
      return { previousId: previous.id, changes };
    },

    /** The report's Word or Excel file, with its names for the download. */
    async file(ctx: RequestContext, id: number, format: 'docx' | 'xlsx'): Promise<{ bytes: Buffer; fileName: string; asciiName: string }> {
      const row = await visibleRow(ctx, id);
      const bytes = await fileStoreFor(config.filesDir).get(format === 'docx' ? row.docx_key : row.xlsx_key);
      const revision = row.revision > 1 ? `（第${row.revision}版）` : '';
      const provisional = row.provisional === 1 ? '（初步）' : '';
      return { bytes, fileName: `${row.title}${provisional}${revision}.${format}`, asciiName: `report-${row.period_key}-${row.id}.${format}` };
    },
  };
}
export type ReportsReadModel = ReturnType<typeof createReportsReadModel>;
