import { z } from 'zod';
import { DOCUMENT_LIMITS, LIMITS } from './limits';

// Published documents (工作报告, 计划执行情况, news, 政府信息公开 pages): ingested as a background job,
// kept with their original text for quoting, every economic figure read out of them, searchable in
// Chinese (Traditional queries find Simplified text and the reverse).

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export const documentFormatSchema = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/** The script a document is written in; 'other' (no Chinese) is refused at ingest. */
export const DOCUMENT_LANGUAGES = ['zh-Hans', 'zh-Hant', 'other'] as const;
export const documentLanguageSchema = z.enum(DOCUMENT_LANGUAGES);
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

export const FIGURE_STATUSES = ['extracted', 'corrected', 'rejected', 'accepted'] as const;
export const figureStatusSchema = z.enum(FIGURE_STATUSES);
export type FigureStatus = z.infer<typeof figureStatusSchema>;

export const figureKindSchema = z.enum(['actual', 'target', 'plan', 'forecast']);
export const figureComparatorSchema = z.enum(['>=', '<=', '=']);
export const entityKindSchema = z.enum(['organisation', 'enterprise', 'project', 'group', 'unresolved']);

/** One document in a list. */
export const documentListItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  issuer: z.string().nullable(),
  publishedOn: z.string().nullable(),
  indexNo: z.string().nullable(),
  docNo: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  language: documentLanguageSchema,
  format: documentFormatSchema,
  originalName: z.string(),
  /** Documents of one series (same title or source): the newest has the highest version. */
  seriesKey: z.string(),
  version: z.number().int(),
  byteSize: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  figureCount: z.number().int(),
  createdAt: z.string(),
});
export type DocumentListItem = z.infer<typeof documentListItemSchema>;

export const documentListQuerySchema = z.object({
  issuer: z.string().max(DOCUMENT_LIMITS.fieldLength).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.defaultPageSize),
});
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;

export const documentListSchema = z.object({ items: z.array(documentListItemSchema), total: z.number().int() });
export type DocumentList = z.infer<typeof documentListSchema>;

/** A figure read out of a document (ExtractedFigure of packages/domain), with its review state. */
export const documentFigureSchema = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  entity: z.string(),
  entityKind: entityKindSchema,
  entityKey: z.string().nullable(),
  /** The organisation the entity resolved to, when it is one (a district, a zone, the city). */
  organisationId: z.number().int().nullable(),
  indicator: z.string(),
  indicatorMatched: z.boolean(),
  period: z.string(),
  kind: figureKindSchema,
  value: z.string().nullable(),
  unit: z.string().nullable(),
  yoyPct: z.string().nullable(),
  vsTimeProgressPp: z.string().nullable(),
  comparator: figureComparatorSchema.nullable(),
  /** The quote in the original characters, and where it stands in the document's text (UTF-16 offsets). */
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  status: figureStatusSchema,
  correctedBy: z.number().int().nullable(),
  correctedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type DocumentFigure = z.infer<typeof documentFigureSchema>;

/** A document with its original text and every figure read out of it. */
export const documentDetailSchema = documentListItemSchema.extend({
  text: z.string(),
  contentHash: z.string(),
  figures: z.array(documentFigureSchema),
  /** Other versions of the same series, newest first. */
  versions: z.array(z.object({ id: z.number().int(), version: z.number().int(), createdAt: z.string() })),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/** What an ingest job answers when it ends (the job's result; the upload itself answers 202 with the job). */
export const documentIngestResultSchema = z.object({
  documentId: z.number().int(),
  /** 'created': a new document; 'version': a new version of a series; 'duplicate': the same text was already stored (nothing new). */
  outcome: z.enum(['created', 'version', 'duplicate']),
  version: z.number().int(),
  figureCount: z.number().int(),
  title: z.string(),
});
export type DocumentIngestResult = z.infer<typeof documentIngestResultSchema>;

/** The answer of a folder ingest job. */
export const documentFolderResultSchema = z.object({
  files: z.number().int(),
  results: z.array(z.object({
    file: z.string(),
    result: documentIngestResultSchema.nullable(),
    /** The message the file was refused with (localised), when it was. */
    error: z.string().nullable(),
  })),
});
export type DocumentFolderResult = z.infer<typeof documentFolderResultSchema>;

/**
 * Matching documents a search counts, at most: past it the total is shown as "1,000+" (counting
 * every match of a common word at 20,000 documents costs more than finding the newest page).
 */
export const DOCUMENT_SEARCH_COUNT = 1_000;

/** Search: the text (Simplified or Traditional), filters, a page. */
export const documentSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(DOCUMENT_LIMITS.queryLength),
  issuer: z.string().max(DOCUMENT_LIMITS.fieldLength).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** A district (organisation id): documents uploaded by it or with a figure of it. */
  organisationId: z.coerce.number().int().positive().optional(),
  /** An indicator code: documents with a figure of it. */
  indicator: z.string().max(LIMITS.codeLength).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(DOCUMENT_LIMITS.searchPageSize).default(DOCUMENT_LIMITS.searchDefaultPageSize),
});
export type DocumentSearchQuery = z.infer<typeof documentSearchQuerySchema>;

/** A piece of the original text around a match; `highlights` are [start, end) ranges within `text` (no markup). */
export const searchSnippetSchema = z.object({
  text: z.string(),
  /** Where the snippet starts in the document's text. */
  offset: z.number().int(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchSnippet = z.infer<typeof searchSnippetSchema>;

export const documentSearchHitSchema = z.object({
  document: documentListItemSchema,
  snippets: z.array(searchSnippetSchema),
  /** Figures of the document whose quote matches the query. */
  figures: z.array(documentFigureSchema),
});
export type DocumentSearchHit = z.infer<typeof documentSearchHitSchema>;

export const documentSearchResultSchema = z.object({
  items: z.array(documentSearchHitSchema),
  /** Matching documents, counted up to DOCUMENT_SEARCH_COUNT. */
  total: z.number().int(),
  /** More documents match than were counted: `total` is the bound (shown "1,000+"). */
  totalCapped: z.boolean(),
  /** The phrases the query was read as (Simplified; each part typed between spaces, its words together), as highlighted. */
  terms: z.array(z.string()),
});
export type DocumentSearchResult = z.infer<typeof documentSearchResultSchema>;

const decimalText = z.string().trim().regex(/^-?\d+(\.\d+)?$/).max(LIMITS.numberInputLength);

/** A reviewer's correction of a figure: the fields changed, with the reason. */
export const figureCorrectionSchema = z.strictObject({
  entity: z.string().trim().min(1).max(DOCUMENT_LIMITS.fieldLength).optional(),
  organisationId: z.number().int().positive().nullable().optional(),
  indicator: z.string().trim().min(1).max(DOCUMENT_LIMITS.fieldLength).optional(),
  period: z.string().trim().regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\.\.(\d{4}|\d{2}))?$/).optional(),
  kind: figureKindSchema.optional(),
  value: decimalText.nullable().optional(),
  unit: z.string().trim().max(20).nullable().optional(),
  yoyPct: decimalText.nullable().optional(),
  vsTimeProgressPp: decimalText.nullable().optional(),
  comparator: figureComparatorSchema.nullable().optional(),
  reason: z.string().trim().min(1).max(DOCUMENT_LIMITS.reasonLength),
});
export type FigureCorrection = z.infer<typeof figureCorrectionSchema>;

export const figureRejectionSchema = z.strictObject({
  reason: z.string().trim().min(1).max(DOCUMENT_LIMITS.reasonLength),
});
export type FigureRejection = z.infer<typeof figureRejectionSchema>;

export const documentFigureAnswerSchema = z.object({ figure: documentFigureSchema });
