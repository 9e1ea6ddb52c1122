// Test records: a stored document with one figure (as the documents feature stores them), and a
// district-month's figure, written straight into the tables.
import { dec, toScaled } from '@hongtu/domain';
import type { Db } from '../../db/database';

let counter = 0;

export interface FigureFields {
  organisationId: number | null;
  documentOrganisationId: number;
  indicator?: string;
  indicatorMatched?: boolean;
  period?: string;
  value?: string | null;
  unit?: string | null;
  yoyPct?: string | null;
  status?: 'extracted' | 'corrected' | 'rejected' | 'accepted';
  kind?: 'actual' | 'target' | 'plan' | 'forecast';
}

/** A document of its own with one figure; answers the figure's id. */
export async function insertDocumentFigure(db: Db, f: FigureFields): Promise<number> {
  const n = counter++;
  const quote = `全区实现地区生产总值${f.value ?? '360'}${f.unit ?? '亿元'}`;
  const text = `武昌区政府工作报告（测试${n}）\n${quote}，同比增长8.5%。`;
  const doc = await db.insertInto('documents').values({
    organisation_id: f.documentOrganisationId, title: `武昌区经济运行情况（测试${n}）`, issuer: '武昌区人民政府', published_on: '2026-04-20',
    index_no: null, doc_no: null, source_url: null, language: 'zh-Hans', format: 'txt', original_name: `test-${n}.txt`,
    content_hash: `hash-${Date.now()}-${n}-${Math.random()}`, series_key: `series-${Date.now()}-${n}-${Math.random()}`, version: 1,
    text, text_simplified: text, search_text: text, byte_size: text.length, figure_count: 1, created_by: null, created_at: '2026-04-20T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  const start = text.indexOf(quote);
  const row = await db.insertInto('document_figures').values({
    document_id: doc.id, position: 0, entity: '武昌区', entity_kind: f.organisationId === null ? 'unresolved' : 'organisation', entity_key: null,
    organisation_id: f.organisationId, indicator: f.indicator ?? 'gdp', indicator_matched: f.indicatorMatched === false ? 0 : 1,
    period: f.period ?? '2026-Q1', kind: f.kind ?? 'actual', value: f.value === undefined ? '360' : f.value, unit: f.unit === undefined ? '亿元' : f.unit,
    yoy_pct: f.yoyPct ?? null, vs_time_progress_pp: null, comparator: null, quote, start_offset: start, end_offset: start + quote.length,
    status: f.status ?? 'extracted', corrected_by: null, corrected_at: null, reason: null, accepted_by: null, accepted_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A reporting period (year, month) if missing, the district's submission and its figure of the indicator. */
export async function insertMonthFigure(db: Db, o: { organisationId: number; year: number; month: number; indicator: string; ytd: string; yoy?: string | null }): Promise<void> {
  let period = await db.selectFrom('reporting_periods').select('id').where('year', '=', o.year).where('month', '=', o.month).executeTakeFirst();
  period ??= await db.insertInto('reporting_periods').values({ year: o.year, month: o.month, deadline: '2999-01-01T00:00:00.000Z', status: 'open', created_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  let submission = await db.selectFrom('submissions').select('id').where('period_id', '=', period.id).where('organisation_id', '=', o.organisationId).executeTakeFirst();
  submission ??= await db.insertInto('submissions')
    .values({ period_id: period.id, organisation_id: o.organisationId, status: 'submitted', submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
    .returning('id').executeTakeFirstOrThrow();
  const indicator = await db.selectFrom('indicators').select('id').where('code', '=', o.indicator).executeTakeFirstOrThrow();
  await db.insertInto('figures').values({
    submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled(dec(o.ytd)), reported_yoy: o.yoy ? toScaled(dec(o.yoy)) : null,
    note: null, source: 'entered', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x', adjusted_base: null, reported_yoy_comparable: null, comparable_reason: null,
  }).execute();
}

/** A reference figure of the district's March 2026 GDP (360 亿元) made from a document figure, written straight into the table. */
export async function insertReferenceFigure(db: Db, r: { organisationId: number; figureId: number; acceptedBy: number }): Promise<number> {
  const figure = await db.selectFrom('document_figures').select(['document_id', 'quote']).where('id', '=', r.figureId).executeTakeFirstOrThrow();
  const indicator = await db.selectFrom('indicators').select('id').where('code', '=', 'gdp').executeTakeFirstOrThrow();
  const row = await db.insertInto('reference_figures').values({
    organisation_id: r.organisationId, year: 2026, month: 3, indicator_id: indicator.id, value: '360', unit: '亿元', yoy_pct: null, comparator: null,
    kind: 'actual', figure_period: '2026-Q1', document_id: figure.document_id, document_title: '测试文件', figure_id: r.figureId, quote: figure.quote,
    accepted_by: r.acceptedBy, accepted_at: '2026-04-21T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
