import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { loadWorkbook, readZip, XLSX_TYPE } from '../spreadsheets/spreadsheets.test-helpers';
import {
  commitTargets,
  downloadTargets,
  putTarget,
  storedTargets,
  targetCounts,
  templateRow,
  uploadTargets,
} from './targets.test-helpers';

describeEachDialect('Targets from Excel: template and round trip', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: number;
  const year = 2026;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchang = await t.orgId('420106');
    await putTarget(t, reviewer, { year, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1300', growthTarget: '7', schedule: { kind: 'quarterly', shares: ['30', '50', '75', '100'] } });
    await putTarget(t, reviewer, { year, organisationId: wuchang, indicatorCode: 'fdi', noTarget: true });
    await putTarget(t, reviewer, { year, organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: '1400.25', schedule: { kind: 'monthly', shares: ['5', '12', '22', '30', '38', '47', '55', '63', '72', '81', '90', '100'] } });
  });
  afterAll(() => t.close());

  it('downloads the year\'s targets in long format: one row per district × indicator, pre-filled, input cells unlocked', async () => {
    const response = await downloadTargets(t, reviewer, year);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain('filename="targets-2026.xlsx"');
    const sheet = (await loadWorkbook(response.rawPayload)).worksheets[0]!;
    expect(sheet.name).toBe('年度目标');
    expect(sheet.getCell('A1').value).toBe('2026年 主要经济指标年度目标');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '组织编码', '组织名称', '指标编码', '指标名称', '单位', '目标值', '目标比较', '增速目标(%)', '增速比较', '一季度占比(%)', '无目标', '一季度目标值', '一季度目标比较',
    ]);
    const wuhan = await t.database.db.selectFrom('organisations').select('path').where('code', '=', '420100').executeTakeFirstOrThrow();
    const units = await t.database.db.selectFrom('organisations').select('id').where('path', 'like', `${wuhan.path}%`).where('kind', 'in', ['district', 'zone']).execute();
    const indicators = await t.database.db.selectFrom('indicators').select('id').execute();
    expect(sheet.rowCount).toBe(3 + units.length * indicators.length);

    const gdp = templateRow(sheet, '420106', 'gdp');
    expect((gdp.values as unknown[]).slice(1)).toEqual(['420106', '武昌区', 'gdp', '地区生产总值', '亿元', 1300, '≥', 7, '≥', 30]);
    expect(templateRow(sheet, '420106', 'fdi').getCell(11).value).toBe('是');
    // A monthly schedule shows its cumulative share at the end of March.
    expect(templateRow(sheet, '420106', 'retail_sales').getCell(10).value).toBe(22);
    expect(templateRow(sheet, '420102', 'gdp').getCell(6).value).toBeNull();
    for (const column of [6, 7, 8, 9, 10, 11, 12, 13]) expect(gdp.getCell(column).protection?.locked).toBe(false);
    for (const column of [1, 2, 3, 4, 5]) expect(gdp.getCell(column).protection?.locked).not.toBe(false);
    const xml = readZip(response.rawPayload).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toContain('<f>');
  });

  it('writes headers and names in the caller\'s language; each template uploads back unchanged', async () => {
    for (const locale of ['en', 'zh-TW', 'zh-CN']) {
      const file = (await downloadTargets(t, reviewer, year, locale)).rawPayload;
      const sheet = (await loadWorkbook(file)).worksheets[0]!;
      if (locale === 'en') expect(sheet.getCell('F3').value).toBe('Target');
      if (locale === 'zh-TW') expect(templateRow(sheet, '420106', 'gdp').getCell(5).value).toBe('億元');
      const before = await targetCounts(t);
      const dry = await uploadTargets(t, reviewer, year, file, { locale });
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ rowsParsed: 3, inserts: 0, updates: 0, unchanged: 3, problems: [], blocking: false });
      expect(await targetCounts(t)).toEqual({ ...before, batches: before.batches + 1 });
    }
  });

  let filled: Buffer;
  let firstBatch: number;

  it('round trip: fill the template, dry run writes no target, commit writes versions and ONE audit row', async () => {
    const wb = await loadWorkbook((await downloadTargets(t, reviewer, year)).rawPayload);
    const sheet = wb.worksheets[0]!;
    const gdp = templateRow(sheet, '420106', 'gdp');
    gdp.getCell(6).value = 1350.5;
    gdp.getCell(10).value = 35;
    const retail = templateRow(sheet, '420102', 'retail_sales');
    retail.getCell(6).value = '1,234.5';
    retail.getCell(7).value = '以上';
    retail.getCell(8).value = '8.5';
    const unemployment = templateRow(sheet, '420102', 'registered_unemployment_rate');
    unemployment.getCell(6).value = 4.5;
    unemployment.getCell(9).value = '以内';
    filled = Buffer.from(await wb.xlsx.writeBuffer());

    const before = await targetCounts(t);
    const beforeTargets = await storedTargets(t, year);
    const dry = await uploadTargets(t, reviewer, year, filled, { fileName: '2026年目标.xlsx' });
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    firstBatch = report.batchId;
    expect(report).toMatchObject({
      fileName: '2026年目标.xlsx', year, rowsParsed: 5, organisations: 2, inserts: 2, updates: 1, unchanged: 2,
      problems: [], problemCount: 0, blocking: false, alreadyImported: false,
    });
    expect(await targetCounts(t)).toEqual({ ...before, batches: before.batches + 1 });
    expect(await storedTargets(t, year)).toEqual(beforeTargets);

    const committed = await commitTargets(t, reviewer, report.batchId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toEqual({ batchId: report.batchId, status: 'committed', year, inserted: 2, updated: 1, unchanged: 2, repeated: false });

    const list = (await t.app.inject({ method: 'GET', url: `/api/targets?year=${year}`, headers: { cookie: reviewer } })).json().items;
    const target = (org: number, code: string) => list.find((x: { organisationId: number; indicatorCode: string }) => x.indicatorCode === code && x.organisationId === org);
    const jiangan = await t.orgId('420102');
    expect(target(wuchang, 'gdp')).toMatchObject({
      amountTarget: '1350.5', amountComparator: 'ge', growthTarget: '7', growthComparator: 'ge', version: 2, source: 'imported',
      sourceRef: '2026年目标.xlsx', schedule: { kind: 'quarterly', shares: ['35', '50', '75', '100'] },
    });
    expect(target(jiangan, 'retail_sales')).toMatchObject({ amountTarget: '1234.5', amountComparator: 'ge', growthTarget: '8.5', growthComparator: 'ge', version: 1, schedule: null });
    // A comparator left empty follows the indicator's direction (unemployment: lower is better).
    expect(target(jiangan, 'registered_unemployment_rate')).toMatchObject({ amountTarget: '4.5', amountComparator: 'le', growthTarget: null, version: 1 });
    // Untouched rows keep their version and their schedule (the monthly one survives the round trip).
    expect(target(wuchang, 'retail_sales')).toMatchObject({ version: 1, schedule: { kind: 'monthly' } });
    expect(target(wuchang, 'fdi')).toMatchObject({ noTarget: true, version: 1 });

    expect(await targetCounts(t)).toEqual({ targets: before.targets + 2, batches: before.batches + 1, imports: before.imports + 1 });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'target.import').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'target_import_batch', entity_id: String(report.batchId), result: 'success' });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ batchId: report.batchId, sha256: report.fileSha256, rows: 5, inserted: 2, updated: 1, unchanged: 2 });
    const batch = await t.database.db.selectFrom('imports').selectAll().where('id', '=', report.batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ status: 'committed', committed_by: await t.userId('reviewer') });
    expect(JSON.parse(batch.before_json!)).toEqual([expect.objectContaining({ amountTarget: '1300', version: 1, schedule: '{"kind":"quarterly","shares":["30","50","75","100"]}' })]);
  });

  it('re-uploading the same file changes nothing; committing a batch again changes nothing', async () => {
    const before = await targetCounts(t);
    const targets = await storedTargets(t, year);
    const dry = await uploadTargets(t, reviewer, year, filled);
    expect(dry.json()).toMatchObject({ rowsParsed: 5, inserts: 0, updates: 0, unchanged: 5, alreadyImported: true, blocking: false });
    const again = await commitTargets(t, reviewer, dry.json().batchId);
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, repeated: false });
    const repeated = await commitTargets(t, reviewer, firstBatch);
    expect(repeated.statusCode, repeated.body).toBe(200);
    expect(repeated.json()).toMatchObject({ batchId: firstBatch, inserted: 0, updated: 0, repeated: true });
    expect(await storedTargets(t, year)).toEqual(targets);
    // The new batch's commit is one more (empty) import row; the repeat is recorded as a repeat.
    expect(await targetCounts(t)).toEqual({ ...before, batches: before.batches + 1, imports: before.imports + 1 });
    const repeats = await t.database.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'target.import_repeat').execute();
    expect(repeats).toEqual([{ entity_id: String(firstBatch) }]);
  });
});
