// The district's project workbook on both databases: the export is the template; the import reads
// it back (library and the month's reports of all the district's projects at once) as a dry run,
// then commits all or nothing; problems are placed by sheet, row and column and block the commit.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectImportCheckSchema, projectImportCommitSchema, projectReportSchema, projectSchema, type ProjectImportCheck } from '@hongtu/contracts/projects';
import { describeEachDialect } from '../../test/dialects';
import { snapshotDatabase } from '../../test/db-snapshot';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { expectTotalsRecomputed, insertProject, multipart, projectBody } from './projects.test-helpers';

type Json = Record<string, unknown>;

/** The first sheet of a workbook as rows of cell values, header first. */
async function readBook(buffer: Buffer): Promise<{ headers: string[]; rows: ExcelJS.CellValue[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const all: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { headers: all[0]!.map(String), rows: all.slice(1) };
}

async function writeBook(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('重大项目');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeEachDialect('project library workbook', (dialect) => {
  let t: TestApp;
  let wuchang: string;

  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie: wuchang, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const exportBook = async (locale = 'zh-CN') => {
    const response = await t.app.inject({ method: 'GET', url: '/api/projects/export.xlsx?period=2026-02', headers: { cookie: wuchang, 'accept-language': locale } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('projects-420106-2026-02.xlsx');
    return readBook(response.rawPayload);
  };
  const upload = async (file: Buffer, locale = 'zh-CN') => {
    const body = multipart(file);
    const response = await t.app.inject({ method: 'POST', url: '/api/projects/import?period=2026-02', payload: body.payload, headers: { ...body.headers, cookie: wuchang, 'accept-language': locale } });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const check = async (file: Buffer, locale = 'zh-CN'): Promise<ProjectImportCheck> => {
    const { status, body } = await upload(file, locale);
    expect(status, JSON.stringify(body)).toBe(200);
    return projectImportCheckSchema.parse(body);
  };
  const commit = (batchId: number) => t.app.inject({ method: 'POST', url: `/api/project-imports/${batchId}/commit`, headers: { cookie: wuchang } });
  const set = (headers: string[], row: ExcelJS.CellValue[], header: string, value: ExcelJS.CellValue) => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`no column ${header}`);
    row[i] = value;
  };
  const create = async (change: Json) => {
    const { status, body } = await send('POST', '/api/projects', projectBody(change));
    expect(status, JSON.stringify(body)).toBe(201);
    return projectSchema.parse(body);
  };
  const projectCount = async () => Number((await t.database.db.selectFrom('projects').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchang = await t.login('wuchang');
  });
  afterAll(() => t.close());

  it('exports the library as the template and imports it back: new projects, changes, the month\'s reports', async () => {
    const a = await create({ name: '武昌滨江商务区A地块' });
    const b = await create({ name: '中南路数字产业园' });
    const jan = await send('PUT', `/api/projects/${a.id}/reports/2026-01`, { monthInvestment: '1000', ytdInvestment: '1000', version: 0 });
    expect(jan.status, JSON.stringify(jan.body)).toBe(200);

    const { headers, rows } = await exportBook();
    expect(headers.slice(0, 4)).toEqual(['项目编号', '项目名称', '所属区', '项目级别']);
    expect(headers).toContain('本年累计完成投资（万元）');
    const rowA = rows.find((r) => r[0] === a.code)!;
    const rowB = rows.find((r) => r[0] === b.code)!;
    expect(rowA[headers.indexOf('总投资（万元）')]).toBe(120000);
    expect(rowA[headers.indexOf('月报状态（仅供参考）')]).toBe('未填报');

    set(headers, rowA, '本月完成投资（万元）', 500);
    set(headers, rowA, '本年累计完成投资（万元）', '1,500');
    set(headers, rowA, '形象进度', '主体结构封顶');
    set(headers, rowA, '是否入库纳统', '是');
    set(headers, rowB, '年度计划投资（万元）', 20000);
    const rowC: ExcelJS.CellValue[] = headers.map(() => null);
    for (const [h, v] of [
      ['项目名称', '积玉桥社区养老服务中心'], ['项目级别', '区重点'], ['项目类别', '社会民生'], ['总投资（万元）', 8000], ['计划年度', 2026],
      ['年度计划投资（万元）', 3000], ['年度状态', '新开工'], ['项目阶段', '供地'], ['计划开工日期', '2026/4/1'],
      ['本月完成投资（万元）', 200], ['本年累计完成投资（万元）', 200],
    ] as const) set(headers, rowC, h, v);

    const file = await writeBook(headers, [rowA, rowB, rowC]);
    const before = await projectCount();
    const report = await check(file);
    expect(report, JSON.stringify(report.problems)).toMatchObject({ blocking: false, creates: 1, updates: 1, unchanged: 1, reports: 2, problemCount: 0, periodKey: '2026-02' });
    expect(await projectCount()).toBe(before);

    const committed = await commit(report.batchId);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(projectImportCommitSchema.parse(committed.json())).toMatchObject({ created: 1, updated: 1, reports: 2, repeated: false });
    const again = await commit(report.batchId);
    expect(again.json()).toMatchObject({ repeated: true, created: 0 });
    // The district's stored totals counted the new project and the changed plan in the same transaction.
    await expectTotalsRecomputed(t);

    const feb = projectReportSchema.parse((await send('GET', `/api/projects/${a.id}/reports/2026-02`)).body);
    expect(feb).toMatchObject({ status: 'draft', monthInvestment: '500', ytdInvestment: '1500', progressText: '主体结构封顶', inStatistics: true, previousYtd: '1000' });
    expect(feb.events.map((e) => e.action)).toEqual(['import']);
    expect(projectSchema.parse((await send('GET', `/api/projects/${b.id}`)).body)).toMatchObject({ annualPlan: '20000', version: 2 });
    const c = await t.database.db.selectFrom('projects').selectAll().where('name', '=', '积玉桥社区养老服务中心').executeTakeFirstOrThrow();
    expect(c).toMatchObject({ level: 'district', category: 'social_livelihood', year_status: 'new_start', stage: 'land', planned_start: '2026-04-01', source: 'imported' });
    expect(c.code).toMatch(/^420106-2026-\d{3}$/);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project.import').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ created: [c.code], updated: [b.code] });

    // The month imported again over its drafts: each report changed at the version read, its event added.
    const second = await exportBook();
    const rowA2 = second.rows.find((r) => r[0] === a.code)!;
    set(second.headers, rowA2, '本月完成投资（万元）', 600);
    set(second.headers, rowA2, '本年累计完成投资（万元）', 1600);
    set(second.headers, rowA2, '形象进度', '二次结构施工');
    set(second.headers, rowA2, '是否入库纳统', '否');
    const again2 = await check(await writeBook(second.headers, [rowA2]));
    expect(again2, JSON.stringify(again2.problems)).toMatchObject({ blocking: false, reports: 1 });
    expect((await commit(again2.batchId)).statusCode).toBe(200);
    const feb2 = projectReportSchema.parse((await send('GET', `/api/projects/${a.id}/reports/2026-02`)).body);
    expect(feb2).toMatchObject({ status: 'draft', version: feb.version + 1, monthInvestment: '600', ytdInvestment: '1600', progressText: '二次结构施工', inStatistics: false });
    expect(feb2.events.map((e) => e.action)).toEqual(['import', 'import']);
    await expectTotalsRecomputed(t);
  });

  it('reads headers in Traditional characters and English', async () => {
    const p = await create({ name: '繁體表頭測試項目' });
    for (const locale of ['zh-TW', 'en']) {
      const { headers, rows } = await exportBook(locale);
      const row = rows.find((r) => r[0] === p.code)!;
      expect(row[headers.indexOf(locale === 'en' ? 'Level' : '項目級別')]).toBe(locale === 'en' ? 'City key' : '市重點');
      const report = await check(await writeBook(headers, [row]), locale);
      expect(report).toMatchObject({ blocking: false, creates: 0, updates: 0, unchanged: 1, reports: 0 });
    }
  });

  describe('problems block the file and are placed where the user finds them', () => {
    it('a start before signing, an unknown category, another district\'s project, a bad date; the commit refused', async () => {
      const theirs = await insertProject(t, '420102');
      const theirCode = (await t.database.db.selectFrom('projects').select('code').where('id', '=', theirs).executeTakeFirstOrThrow()).code;
      const headers = ['项目编号', '项目名称', '项目级别', '项目类别', '总投资（万元）', '年度计划投资（万元）', '年度状态', '项目阶段', '实际签约日期', '实际开工日期'];
      const file = await writeBook(headers, [
        [null, '开工早于签约的项目', '区重点', '先进制造业', 50000, 10000, '续建', '在建', '2025-05-01', '2025-03-01'],
        [null, '类别不明的项目', '区重点', '航天', 50000, 10000, '前期', '洽谈', null, null],
        [theirCode, '别区的项目', '区重点', '先进制造业', 50000, 10000, '前期', '洽谈', null, null],
        [null, '日期不对的项目', '区重点', '先进制造业', 50000, 10000, '前期', '洽谈', '2025-02-30', null],
        [null, '计划超总投资', '区重点', '先进制造业', 50000, 60000, '前期', '洽谈', null, null],
      ]);
      const before = await projectCount();
      const report = await check(file);
      expect(report.blocking).toBe(true);
      expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
        [2, 'J', 'PROJECT_MILESTONE_ORDER'],
        [3, 'D', 'PROJECT_IMPORT_UNKNOWN_VALUE'],
        [4, 'A', 'PROJECT_IMPORT_OTHER_DISTRICT'],
        [5, 'I', 'PROJECT_IMPORT_DATE_INVALID'],
        [6, 'F', 'PROJECT_ANNUAL_PLAN_ABOVE_TOTAL'],
      ]);
      expect(report.problems[0]!.message).toBe('实际开工日期（2025-03-01）早于实际签约日期（2025-05-01）');
      expect(report.problems[1]!.message).toBe('“项目类别”的值“航天”无法识别');
      expect(report.problems[2]!.message).toBe('该行属于江岸区，只能导入本区的项目');
      const snapshot = await snapshotDatabase(t.database.db, 'failed');
      const refused = await commit(report.batchId);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().code).toBe('IMPORT_BLOCKED');
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(snapshot);
      expect(await projectCount()).toBe(before);
    });

    it('a year to date that does not add up, a report the city has', async () => {
      const p = await create({ name: '月报不合的项目' });
      await send('PUT', `/api/projects/${p.id}/reports/2026-01`, { monthInvestment: '1000', ytdInvestment: '1000', version: 0 });
      const q = await create({ name: '已报送的项目' });
      await send('PUT', `/api/projects/${q.id}/reports/2026-02`, { monthInvestment: '100', ytdInvestment: '100', version: 0 });
      expect((await send('POST', `/api/projects/${q.id}/reports/2026-02/submit`, { version: 1 })).status).toBe(200);
      const headers = ['项目编号', '项目名称', '本月完成投资（万元）', '本年累计完成投资（万元）'];
      const report = await check(await writeBook(headers, [[p.code, p.name, 500, 1600], [q.code, q.name, 100, 100]]));
      expect(report.problems.map((x) => [x.row, x.column, x.code])).toEqual([[2, 'D', 'PROJECT_REPORT_YTD_MISMATCH'], [3, 'D', 'PROJECT_IMPORT_REPORT_LOCKED']]);
      expect(report.problems[1]!.message).toBe('该项目本月月报已报送待审，不能再导入修改');
    });

    it('a file that is not a project sheet', async () => {
      const { status, body } = await upload(await writeBook(['指标名称', '本年累计'], [['地区生产总值', 1202]]));
      expect(status).toBe(422);
      expect(body.code).toBe('PROJECT_IMPORT_NO_HEADER');
    });
  });

  it('refuses to commit a file checked against a project changed since (409, nothing written)', async () => {
    const p = await create({ name: '检查后被修改的项目' });
    const report = await check(await writeBook(['项目编号', '项目名称', '年度计划投资（万元）'], [[p.code, p.name, 25000]]));
    expect(report).toMatchObject({ blocking: false, updates: 1 });
    const changed = await send('PUT', `/api/projects/${p.id}`, projectBody({ name: p.name, version: 1, annualPlan: '26000' }));
    expect(changed.status).toBe(200);
    const snapshot = await snapshotDatabase(t.database.db, 'failed');
    const refused = await commit(report.batchId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('PROJECT_IMPORT_STALE');
    expect(await snapshotDatabase(t.database.db, 'failed')).toBe(snapshot);
  });
});
