import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_FIGURE_INDICATORS, DOCUMENT_NAMES_OF, extractFigures } from '@hongtu/domain';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { buildFigureContext, defaultEntity, type FigureContext } from './documents.context';

describeEachDialect('documents: the places a document names', (dialect) => {
  let t: TestApp;
  let context: FigureContext;
  let city: number;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    context = await buildFigureContext(t.database.db);
    city = await t.orgId('420100');
  });
  afterAll(() => t.close());

  it('names the city by 武汉 but not by 武汉 inside 武汉大学 (the uploader\'s unit then, or none)', async () => {
    expect(await defaultEntity(t.database.db, context, ['武汉发布：全市经济运行情况'], city)).toMatchObject({ key: '420100' });
    expect(await defaultEntity(t.database.db, context, ['武汉大学经济与管理学院', '武汉理工大学年度报告'], city)).toBeNull();
    const wuchang = await t.orgId('420106');
    expect(await defaultEntity(t.database.db, context, ['武汉大学经济与管理学院'], wuchang)).toMatchObject({ key: '420106' });
    expect(await defaultEntity(t.database.db, context, ['武昌站片区改造', '武昌区人民政府'], city)).toMatchObject({ key: '420106' });
  });

  it('gives no figure to the city for 武汉 inside 武汉大学', () => {
    const figures = extractFigures('武汉大学科技园全年实现营业收入50亿元。武汉全年实现地区生产总值18866.43亿元。', { ...context.extraction, documentDate: '2023-01-05', defaultEntity: null });
    expect(figures.map((f) => [f.entityRef.key, f.value])).toEqual([[null, '50'], ['420100', '18866.43']]);
  });

  it('reads documents with the names the evaluation reads them with: the catalogue\'s, the shipped aliases and the documents\' own', () => {
    const withDocumentNames = (list: ReadonlyArray<{ code: string; names: readonly string[] }>) =>
      new Map(list.map((i) => [i.code, [...new Set([...i.names, ...(DOCUMENT_NAMES_OF[i.code] ?? [])])].sort()]));
    // the same codes with the same names: what the evaluation measures is what an upload reads
    expect(withDocumentNames(context.extraction.indicators)).toEqual(withDocumentNames(DEFAULT_FIGURE_INDICATORS));
    const figures = extractFigures('1-10月，全省外贸进出口总值1.62万亿元，增长7%。', { ...context.extraction, documentDate: '2022-11-18', defaultEntity: null });
    expect(figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([['foreign_trade', '1.62', '万亿元']]);
  });
});
