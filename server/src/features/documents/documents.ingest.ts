// Taking in one document: read (documents.readers.ts), extract its figures, store the document,
// its figures and its full-text entry in ONE transaction with the audit row. The same text from
// the same unit is a duplicate (answered with the stored document, nothing written); a changed
// text with the same title or source URL is the series' next version. Safe to run twice.
import { createHash } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { DocumentIngestResult } from '@hongtu/contracts/documents';
import { extractFigures, type ExtractedFigure } from '@hongtu/domain';
import { sql } from 'kysely';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { buildFigureContext, defaultEntity, type FigureContext } from './documents.context';
import { readDocumentText, type ReadDocument } from './documents.readers';
import { segmentForIndexAsync } from './documents.segment';

export interface IngestInput {
  buffer: Buffer;
  fileName: string;
}

/** How long a built extraction context is reused (a folder or a burst of uploads reads the catalogue once). */
const CONTEXT_TTL_MS = 60_000;
/** Figures inserted per statement (bounded by SQLite's bound parameters). */
const FIGURE_CHUNK = 200;

/** The hash that tells a duplicate: sha256 of the text with widths and spaces normalised. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFKC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/** A series: the same source URL, else the same title (Simplified, without spaces or punctuation). */
export function seriesKey(read: Pick<ReadDocument, 'meta'>): string {
  if (read.meta.sourceUrl) return `url:${read.meta.sourceUrl.replace(/^https?:\/\//, '').replace(/[#?].*$/, '').replace(/\/$/, '')}`;
  return `title:${toSimplified(read.meta.title).replace(/[\s\p{P}\p{S}]/gu, '')}`;
}

type IngestDeps = Pick<Deps, 'db' | 'dialect' | 'clock' | 'audit'>;

export function createDocumentIngest(deps: IngestDeps) {
  const { db, dialect, clock, audit } = deps;
  let cached: { context: FigureContext; at: number } | null = null;

  async function figureContext(): Promise<FigureContext> {
    const now = Date.now();
    if (!cached || now - cached.at > CONTEXT_TTL_MS) cached = { context: await buildFigureContext(db), at: now };
    return cached.context;
  }

  async function stored(organisationId: number, hash: string) {
    return db.selectFrom('documents').select(['id', 'version', 'figure_count', 'title'])
      .where('organisation_id', '=', organisationId).where('content_hash', '=', hash).executeTakeFirst();
  }

  /**
   * Reads, extracts and stores one file for the caller's unit. This runs on the job runner, which
   * shares the app server's event loop: each step is bounded (a file of at most
   * DOCUMENT_LIMITS.uploadBytes, a text of at most textChars, extraction of it ≈ 0.3 s per 100k
   * characters measured; segmentation yields every 50k characters) and awaits come between the
   * steps. The write is one transaction.
   */
  return async function ingest(ctx: RequestContext, input: IngestInput): Promise<DocumentIngestResult> {
    const actor = requireActor(ctx);
    const read = await readDocumentText(input.buffer, input.fileName);
    const hash = contentHash(read.text);
    const existing = await stored(actor.organisationId, hash);
    if (existing) return { documentId: existing.id, outcome: 'duplicate', version: existing.version, figureCount: existing.figure_count, title: existing.title };
    await yieldToLoop();

    const context = await figureContext();
    const subject = await defaultEntity(db, context, [read.meta.issuer, read.meta.title], actor.organisationId);
    const figures = extractFigures(read.text, { ...context.extraction, documentDate: read.meta.publishedOn, defaultEntity: subject });
    await yieldToLoop();
    const searchText = await segmentForIndexAsync(`${toSimplified(read.meta.title)}\n${read.simplified}`);

    const series = seriesKey(read);
    const now = clock.now().toISOString();
    return db.transaction().execute(async (trx) => {
      // A run that raced another (the job run twice) finds its document here.
      const again = await trx.selectFrom('documents').select(['id', 'version', 'figure_count', 'title'])
        .where('organisation_id', '=', actor.organisationId).where('content_hash', '=', hash).executeTakeFirst();
      if (again) return { documentId: again.id, outcome: 'duplicate' as const, version: again.version, figureCount: again.figure_count, title: again.title };
      const last = await trx.selectFrom('documents').select((eb) => eb.fn.max('version').as('v'))
        .where('organisation_id', '=', actor.organisationId).where('series_key', '=', series).executeTakeFirst();
      const version = Number(last?.v ?? 0) + 1;
      const { id } = await trx.insertInto('documents').values({
        organisation_id: actor.organisationId, title: read.meta.title, issuer: read.meta.issuer, published_on: read.meta.publishedOn,
        index_no: read.meta.indexNo, doc_no: read.meta.docNo, source_url: read.meta.sourceUrl, language: read.language, format: read.format,
        original_name: input.fileName.slice(0, 255), content_hash: hash, series_key: series, version, text: read.text,
        text_simplified: read.simplified, search_text: searchText, byte_size: input.buffer.byteLength, figure_count: figures.length,
        created_by: actor.userId, created_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      for (let i = 0; i < figures.length; i += FIGURE_CHUNK) {
        await trx.insertInto('document_figures').values(figures.slice(i, i + FIGURE_CHUNK).map((f, j) => figureRow(id, i + j, f, context))).execute();
      }
      // the entry's rowid is the document's place newest first (search_key, set by a trigger; migration 0260)
      if (dialect === 'sqlite') await sql`insert into documents_fts (rowid, search_text) values ((select search_key from documents where id = ${id}), ${searchText})`.execute(trx);
      await audit.append(trx, ctx, {
        action: AuditActions.documentIngest, entityType: AuditEntityTypes.document, entityId: id,
        after: { title: read.meta.title, file: input.fileName, format: read.format, language: read.language, version, figures: figures.length, bytes: input.buffer.byteLength },
      });
      return { documentId: id, outcome: version > 1 ? 'version' as const : 'created' as const, version, figureCount: figures.length, title: read.meta.title };
    });
  };
}

function figureRow(documentId: number, position: number, f: ExtractedFigure, context: FigureContext) {
  return {
    document_id: documentId, position, entity: f.entity, entity_kind: f.entityRef.kind, entity_key: f.entityRef.key,
    organisation_id: f.entityRef.kind === 'organisation' && f.entityRef.key ? context.organisationByKey.get(f.entityRef.key) ?? null : null,
    indicator: f.indicator, indicator_matched: f.indicatorMatched ? 1 : 0, period: f.period, kind: f.kind, value: f.value, unit: f.unit,
    yoy_pct: f.yoy_pct, vs_time_progress_pp: f.vs_time_progress_pp, comparator: f.comparator, quote: f.quote,
    start_offset: f.start, end_offset: f.end, status: 'extracted' as const,
    corrected_by: null, corrected_at: null, reason: null, accepted_by: null, accepted_at: null,
  };
}
