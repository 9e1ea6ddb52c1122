import type { TestApp } from '../../test/test-app';
import { unique } from '../../test/permission-fixtures';

/** A stored document of an organisation (by code) with one extracted figure, written directly. */
export async function insertDocument(t: TestApp, organisationCode: string, text = '全区地区生产总值完成525.69亿元，同比增长8.1%。'): Promise<{ documentId: number; figureId: number }> {
  const db = t.database.db;
  const organisationId = await t.orgId(organisationCode);
  const hash = unique('h');
  const { id } = await db.insertInto('documents').values({
    organisation_id: organisationId, title: `测试文档${hash}`, issuer: '区发改委', published_on: '2018-01-02', index_no: null, doc_no: null,
    source_url: null, language: 'zh-Hans', format: 'txt', original_name: 'test.txt', content_hash: hash, series_key: `title:${hash}`, version: 1,
    text, text_simplified: text, search_text: text, byte_size: Buffer.byteLength(text), figure_count: 1, created_by: null, created_at: '2026-01-01T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  const figure = await db.insertInto('document_figures').values({
    document_id: id, position: 0, entity: '武昌区', entity_kind: 'organisation', entity_key: organisationCode, organisation_id: organisationId,
    indicator: 'GDP', indicator_matched: 1, period: '2017-H1', kind: 'actual', value: '525.69', unit: '亿元', yoy_pct: '8.1',
    vs_time_progress_pp: null, comparator: null, quote: text, start_offset: 0, end_offset: text.length, status: 'extracted',
    corrected_by: null, corrected_at: null, reason: null, accepted_by: null, accepted_at: null,
  }).returning('id').executeTakeFirstOrThrow();
  return { documentId: id, figureId: figure.id };
}
