import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exactNumber, renderReportXlsx, SOURCES_SHEET } from './report-xlsx';
import { wuchangBulletin } from './render.fixtures';

const read = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
};

describe('renderReportXlsx', () => {
  it('makes one sheet per table in the document order, then the sources', async () => {
    const doc = wuchangBulletin();
    doc.blocks.push({
      kind: 'table', title: '表2 各区排名', sheetName: '各区排名',
      columns: [{ label: '区' }, { label: '排名' }],
      rows: [[{ text: '武昌区' }, { text: '1', value: '1', numFmt: '0' }]],
    });
    const workbook = await read(await renderReportXlsx(doc));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['主要指标', '各区排名', SOURCES_SHEET]);
  });

  it('gives sheets names Excel accepts, unique in the workbook', async () => {
    const doc = wuchangBulletin();
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    doc.blocks.push({ ...table, sheetName: '主要指标' }, { ...table, sheetName: '红/黄牌[通报]?' }, { ...table, sheetName: '数据来源' });
    const workbook = await read(await renderReportXlsx(doc));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['主要指标', '主要指标(2)', '红_黄牌_通报__', '数据来源(2)', SOURCES_SHEET]);
  });

  it('writes a title row, the header and exact values as numbers with their format', async () => {
    const sheet = (await read(await renderReportXlsx(wuchangBulletin()))).getWorksheet('主要指标')!;
    expect(sheet.getCell('A1').value).toBe('表1 主要指标完成情况');
    expect([1, 2, 3, 4].map((c) => sheet.getRow(2).getCell(c).value)).toEqual(['指标', '1-9月累计', '增速（%）', '评价']);
    const gdp = sheet.getCell('B3');
    expect(gdp.value).toBe(1202);
    expect(gdp.numFmt).toBe('0');
    expect(sheet.getCell('C3').value).toBe(4.5);
    expect(sheet.getCell('C3').numFmt).toBe('0.0');
    // A cell without an exact value is its text.
    expect(sheet.getCell('B4').value).toBe('—');
    expect(sheet.getCell('A3').value).toBe('地区生产总值（亿元）');
  });

  it('fills card cells red and yellow', async () => {
    const sheet = (await read(await renderReportXlsx(wuchangBulletin()))).getWorksheet('主要指标')!;
    const argb = (ref: string) => (sheet.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(argb('D3')).toBe('FFFFE699');
    expect(argb('D5')).toBe('FFF4B6B6');
    expect(argb('D4')).toBeUndefined();
  });

  it('writes text that starts like a formula as text, never as a formula', async () => {
    const buffer = await renderReportXlsx(wuchangBulletin({ scopeName: '=HYPERLINK("x")' }));
    const sheet = (await read(buffer)).getWorksheet('主要指标')!;
    for (const [ref, text] of [['A5', '=1+1'], ['B5', '<script>alert(1)</script>'], ['C5', '-2']] as const) {
      expect(sheet.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(ref).value).toBe(text);
      expect(sheet.getCell(ref).numFmt).toBe('@');
    }
    expect(sheet.getCell('A7').value).toBe('注：@SUM(A1) 为区报送的备注原文。');
    const zip = await JSZip.loadAsync(buffer);
    for (const file of zip.file(/^xl\/worksheets\/.+\.xml$/)) expect(await file.async('string')).not.toContain('<f>');
  });

  it('lists every source last with its value as a number, its unit and where it comes from', async () => {
    const sheet = (await read(await renderReportXlsx(wuchangBulletin()))).getWorksheet(SOURCES_SHEET)!;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getRow(2).getCell(c).value)).toEqual(['序号', '单位', '指标', '口径', '数值', '计量单位', '来源']);
    expect(sheet.getRow(3).values).toEqual([undefined, '1', '武昌区', '地区生产总值', '1-9月累计值（2022-09）', 1202, '亿元', '报送第 311 号第 2 版，市发改委 王审核 2022-10-14 09:20 审核通过']);
    expect(sheet.getCell('G10').value).toBe('计算：1-9月累计值 ÷ 年度目标 × 100（据序号 6、7）');
    expect(sheet.getCell('E10').value).toBe(137.6);
  });

  it('marks a provisional report 初步数据 in the titles', async () => {
    const workbook = await read(await renderReportXlsx(wuchangBulletin({ provisional: true })));
    for (const sheet of workbook.worksheets) expect(String(sheet.getCell('A1').value)).toContain('初步数据');
  });

  it('makes a workbook of the sources alone for a document without tables', async () => {
    const workbook = await read(await renderReportXlsx(wuchangBulletin({ blocks: [], sources: [] })));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SOURCES_SHEET]);
    expect(workbook.getWorksheet(SOURCES_SHEET)!.getCell('A3').value).toBeNull();
  });

  it('keeps a decimal Excel cannot hold exactly as text', () => {
    expect(exactNumber('525.69')).toBe(525.69);
    expect(exactNumber('-3.82')).toBe(-3.82);
    expect(exactNumber('1234567890.123456789')).toBeNull();
    expect(exactNumber('1e3')).toBeNull();
    expect(exactNumber('=1+1')).toBeNull();
  });
});
