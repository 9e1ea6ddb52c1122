import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_DOCUMENTS, seedDocumentsDemo } from './load';

describeEachDialect('demo documents', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('takes in the five seed documents once, each with its figures and every quote where its offsets say', async () => {
    expect(await seedDocumentsDemo(t.database, t.clock)).toBe(true);
    expect(await seedDocumentsDemo(t.database, t.clock)).toBe(false);
    const docs = await t.database.db.selectFrom('documents').select(['id', 'original_name', 'text', 'language', 'figure_count']).orderBy('original_name').execute();
    expect(docs.map((d) => d.original_name)).toEqual(DEMO_DOCUMENTS.map((d) => d.file));
    expect(docs.find((d) => d.original_name.startsWith('003'))!.language).toBe('zh-Hant');
    for (const doc of docs) {
      const figures = await t.database.db.selectFrom('document_figures').select(['quote', 'start_offset', 'end_offset']).where('document_id', '=', doc.id).execute();
      expect(figures.length, doc.original_name).toBe(doc.figure_count);
      for (const f of figures) expect(doc.text.slice(f.start_offset, f.end_offset)).toBe(f.quote);
    }
    expect(docs.reduce((n, d) => n + d.figure_count, 0)).toBeGreaterThan(50);
  });
});
