// Reports (报告): the monthly bulletin, the ranking notice, the project dispatch list and the
// plan-execution report, generated from a published snapshot of a period as a background job and
// kept in an archive (POST answers 202 with the job, as documents' upload does). A report is first a document model (headings, paragraphs whose numbers are
// traceable runs, tables, charts); Word, Excel and the web preview are renderings of that model.
import { z } from 'zod';

export const REPORT_KINDS = [
  'monthly-bulletin', // 经济运行简报 (全市 / 全区)
  'ranking-notice', // 排名通报: ranks, red and yellow cards, who answers
  'project-dispatch', // 重点项目调度通报: behind, not started, problems overdue
  'execution-report', // 计划执行情况报告 (quarter, half-year, three quarters)
] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** The span a report covers: a month (2022-09), a quarter (2022-Q3), a half-year (2017-H1) or the first three quarters (2022-01..09). */
export const reportPeriodSchema = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4]|H[12]|01\.\.(0[1-9]|1[0-2]))$/);

/**
 * Where a number of the report comes from: the approved figure (organisation, indicator, period) and
 * the version and approval behind it, or a value computed from such figures (labelled so, with the
 * formula in words and the sources it was computed from).
 */
export const reportSourceSchema = z.object({
  id: z.string(),
  organisationId: z.number().int().nullable(),
  organisationName: z.string(),
  indicatorCode: z.string().nullable(),
  indicatorName: z.string(),
  periodKey: z.string(),
  /** What the number is: the year-to-date value, the growth, completion, gap to time progress, rank, a count … */
  measure: z.string(),
  /** Exact decimal text as stored or computed. */
  value: z.string(),
  unit: z.string(),
  /** "figure" read as approved; "computed" from other sources (then `formula` and `inputs`). */
  origin: z.enum(['figure', 'computed', 'record']),
  formula: z.string().nullable(),
  inputs: z.array(z.string()),
  /** The figure's submission and version, and who approved it when; null for computed values. */
  submissionId: z.number().int().nullable(),
  version: z.number().int().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});
export type ReportSource = z.infer<typeof reportSourceSchema>;

/** A run of text; a number's run names the source it was read from. */
export const reportRunSchema = z.object({ text: z.string(), sourceId: z.string().optional(), bold: z.boolean().optional() });
export type ReportRun = z.infer<typeof reportRunSchema>;

export const reportCellSchema = z.object({
  text: z.string(),
  /** The exact value for the workbook (a decimal as text), with its Excel number format. */
  value: z.string().nullable().optional(),
  numFmt: z.string().optional(),
  sourceId: z.string().optional(),
  /** A red or yellow card shown in the cell. */
  card: z.enum(['red', 'yellow']).optional(),
});
export type ReportCell = z.infer<typeof reportCellSchema>;

export const reportBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }),
  z.object({ kind: z.literal('paragraph'), runs: z.array(reportRunSchema) }),
  z.object({
    kind: z.literal('table'),
    title: z.string(),
    /** A short name for the workbook's sheet (≤ 31 characters). */
    sheetName: z.string().max(31),
    columns: z.array(z.object({ label: z.string(), width: z.number().optional() })),
    rows: z.array(z.array(reportCellSchema)),
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal('chart'),
    title: z.string(),
    /** A bar or line chart of one series per entry, drawn by ECharts on the server. */
    chart: z.object({
      type: z.enum(['bar', 'line']),
      categories: z.array(z.string()),
      series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
      unit: z.string(),
      /** A reference line, e.g. time progress. */
      markLine: z.object({ name: z.string(), value: z.number() }).optional(),
    }),
  }),
]);
export type ReportBlock = z.infer<typeof reportBlockSchema>;

/** The report as a document model; every rendering is made from it and only from it. */
export const reportDocumentSchema = z.object({
  kind: reportKindSchema,
  title: z.string(),
  /** 发文机关 / the issuing unit and the date line as they appear on the document. */
  issuer: z.string(),
  dateLine: z.string(),
  periodKey: z.string(),
  scopeOrganisationId: z.number().int(),
  scopeName: z.string(),
  /** Generated on data not fully approved, at the reviewer's request: marked 初步 / provisional everywhere. */
  provisional: z.boolean(),
  blocks: z.array(reportBlockSchema),
  sources: z.array(reportSourceSchema),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

export const generateReportBodySchema = z.strictObject({
  kind: reportKindSchema,
  period: reportPeriodSchema,
  /** The city or one district; absent → the caller's own unit. */
  organisationId: z.number().int().positive().optional(),
  /** Generate although the period has unapproved data, marking the report provisional. */
  provisional: z.boolean().default(false),
  /** A house-style .docx template uploaded before (its id); absent → the built-in GB/T 9704 layout. */
  templateId: z.number().int().positive().optional(),
});
export type GenerateReportBody = z.infer<typeof generateReportBodySchema>;

export const reportSummarySchema = z.object({
  id: z.number().int(),
  kind: reportKindSchema,
  periodKey: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  /** The n-th generation of this kind, period and unit. */
  revision: z.number().int(),
  provisional: z.boolean(),
  /** The published snapshot it was made from (its hash) and when. */
  snapshotHash: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportDetailSchema = reportSummarySchema.extend({ document: reportDocumentSchema });
export type ReportDetail = z.infer<typeof reportDetailSchema>;

/** What numbers changed between this revision and the previous one of the same report. */
export const reportDiffSchema = z.object({
  previousId: z.number().int().nullable(),
  changes: z.array(z.object({
    organisationName: z.string(),
    indicatorName: z.string(),
    measure: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
  })),
});
export type ReportDiff = z.infer<typeof reportDiffSchema>;

export const reportListQuerySchema = z.object({
  kind: reportKindSchema.optional(),
  period: z.string().max(20).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const reportListSchema = z.object({ items: z.array(reportSummarySchema), total: z.number().int() });
export const reportParamsSchema = z.strictObject({ id: z.coerce.number().int().positive() });

/** The job that generates a report (POST /api/reports answers it with 202); its result is a ReportSummary. */
export const REPORT_JOB_KIND = 'reports.generate';
/**
 * The job's progress phases, in order (its progress.phase; done counts them): reading the
 * snapshot, writing the text, drawing the charts, Word, Excel, archived.
 */
export const REPORT_JOB_PHASES = ['snapshot', 'text', 'charts', 'word', 'excel', 'archived'] as const;
export type ReportJobPhase = (typeof REPORT_JOB_PHASES)[number];
