import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { buildZip, counts, multipart, openPeriod, readZip, upload, withPart, workbook } from './spreadsheets.test-helpers';
import { IMPORT_LIMITS } from '../../platform/imports/limits';

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

describeEachDialect('Excel import refuses unsafe and unreadable files', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  let key: string;
  let valid: Buffer;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
    key = await openPeriod(t, 2080, 3);
    valid = await workbook([['指标名称', '本年累计'], ['地区生产总值', 100]]);
  });
  afterAll(() => t.close());

  /** Uploads a file and expects a refusal: status, code, message, and no batch or figure written. */
  async function expectRefused(file: Buffer, status: number, code: string, message: string, options: { fileName?: string; locale?: string } = {}) {
    const before = await counts(t);
    const response = await upload(t, operator, key, org, file, options);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ code, message });
    expect(await counts(t)).toEqual(before);
    return response;
  }

  it('accepts the valid control file (so each refusal below is about its one defect)', async () => {
    const response = await upload(t, operator, key, org, valid);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rowsParsed: 1, problems: [] });
    const rebuilt = await upload(t, operator, key, org, buildZip(readZip(valid)));
    expect(rebuilt.statusCode, rebuilt.body).toBe(200);
    // Uploads are not bound by the 1 MiB JSON body limit: 3 MiB of incompressible pictures pass.
    const picture = { name: 'xl/media/image1.bin', data: randomBytes(3 * 1024 * 1024), method: 0 as const };
    const large = await upload(t, operator, key, org, buildZip([...readZip(valid), picture]));
    expect(large.statusCode, large.body).toBe(200);
  });

  it('refuses .xlsm files, VBA projects and the macro-enabled content type', async () => {
    const zh = '不接受含宏的文件（.xlsm 或包含 VBA 宏），请另存为不含宏的 .xlsx 后上传';
    await expectRefused(valid, 422, 'IMPORT_MACRO', zh, { fileName: '月报.xlsm' });
    await expectRefused(buildZip([...readZip(valid), { name: 'xl/vbaProject.bin', data: Buffer.from('VBA project') }]), 422, 'IMPORT_MACRO', zh);
    const macroType = withPart(readZip(valid), '[Content_Types].xml', (xml) => xml.replace(MAIN_TYPE, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    await expectRefused(buildZip(macroType), 422, 'IMPORT_MACRO',
      'Files with macros (.xlsm or VBA content) are not accepted; save it as a macro-free .xlsx and upload it', { locale: 'en' });
  });

  it('refuses a formula without a cached value, and reads one with a cached value', async () => {
    const noValue = await workbook([['指标名称', '本年累计'], ['地区生产总值', null]], (s) => { s.getCell('B2').value = { formula: 'C2*2' }; });
    await expectRefused(noValue, 422, 'IMPORT_FORMULA_NO_VALUE',
      '工作表“Sheet1”的 B2 单元格是没有计算结果的公式，请在 Excel 中打开并保存后再上传（或粘贴为数值）');
    const cached = await workbook([['指标名称', '本年累计'], ['地区生产总值', null]], (s) => { s.getCell('B2').value = { formula: '100*2', result: 200 }; });
    const response = await upload(t, operator, key, org, cached);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rowsParsed: 1, problems: [] });
  });

  it('refuses external links to other workbooks', async () => {
    const entries = withPart(readZip(valid), '[Content_Types].xml', (xml) => xml.replace('</Types>',
      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
    const link = Buffer.from('<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1"/></externalLink>');
    const message = '文件包含指向其他工作簿的外部链接，请在 Excel 中“断开链接”（保留数值）后上传';
    await expectRefused(buildZip([...entries, { name: 'xl/externalLinks/externalLink1.xml', data: link }]), 422, 'IMPORT_EXTERNAL_LINK', message);
    // The content type alone (the part stored elsewhere) is refused too.
    await expectRefused(buildZip(entries), 422, 'IMPORT_EXTERNAL_LINK', message);
  });

  it('refuses a file over the upload limit', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.uploadBytes + 1, 0x41);
    await expectRefused(big, 413, 'IMPORT_TOO_LARGE', '文件超过大小上限（5 MiB），请删除无关的工作表或图片后重试');
  });

  it('refuses zip bombs by the declared and by the real uncompressed size', async () => {
    const zeros = Buffer.alloc(IMPORT_LIMITS.uncompressedBytes + 1024);
    const message = '文件解压后超过 50 MiB，不予处理';
    const honest = buildZip([...readZip(valid), { name: 'xl/media/padding.bin', data: zeros }]);
    expect(honest.length).toBeLessThan(IMPORT_LIMITS.uploadBytes);
    await expectRefused(honest, 422, 'IMPORT_ZIP_BOMB', message);
    const lying = buildZip([...readZip(valid), { name: 'xl/media/padding.bin', data: zeros, declaredSize: 1000 }]);
    await expectRefused(lying, 422, 'IMPORT_ZIP_BOMB', message);
    // Declared sizes over the limit are refused from the central directory alone, before anything is inflated.
    const declared = buildZip([...readZip(valid), { name: 'xl/media/padding.bin', data: Buffer.from('tiny'), declaredSize: IMPORT_LIMITS.uncompressedBytes }]);
    await expectRefused(declared, 422, 'IMPORT_ZIP_BOMB', message);
    // Many entries, each well under the limit, add up.
    const chunk = Buffer.alloc(IMPORT_LIMITS.uncompressedBytes / 4);
    const many = buildZip([...readZip(valid), ...Array.from({ length: 6 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: chunk }))]);
    await expectRefused(many, 422, 'IMPORT_ZIP_BOMB', message);
  });

  it('refuses what is not an xlsx: plain text, a zip without a workbook, a damaged zip, a legacy or encrypted file', async () => {
    const message = '无法读取该文件：不是有效的 Excel 工作簿（.xlsx），或文件已损坏';
    await expectRefused(Buffer.from('指标名称,本年累计\n地区生产总值,100\n'), 422, 'IMPORT_NOT_XLSX', message);
    await expectRefused(buildZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w/>') }]),
      422, 'IMPORT_NOT_XLSX', message);
    await expectRefused(valid.subarray(0, Math.floor(valid.length / 2)), 422, 'IMPORT_NOT_XLSX', message);
    const mismatch = buildZip(readZip(valid).map((e) => (e.name === 'xl/workbook.xml' ? { ...e, declaredSize: e.data.length + 1 } : e)));
    await expectRefused(mismatch, 422, 'IMPORT_NOT_XLSX', message);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    await expectRefused(ole, 422, 'IMPORT_LEGACY_OR_ENCRYPTED', '该文件是旧版 .xls 格式或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后上传');
  });

  it('asks for a file when the request has none', async () => {
    const send = (init: { payload: Buffer | object; headers?: Record<string, string> }): Promise<LightMyRequestResponse> =>
      t.app.inject({ method: 'POST', url: `/api/submissions/${key}/${org}/import`, ...init, headers: { ...init.headers, cookie: operator } });
    const before = await counts(t);
    const json = await send({ payload: {} });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'IMPORT_NO_FILE', message: '请选择要上传的 Excel 文件（.xlsx），表单字段名为 file' });
    const wrongField = multipart(valid, 'a.xlsx', 'attachment');
    expect((await send({ payload: wrongField.payload, headers: wrongField.headers })).json().code).toBe('IMPORT_NO_FILE');
    expect(await counts(t)).toEqual(before);
  });
});
