import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { REPORT_TEMPLATE_LIMITS } from '@hongtu/contracts';
import { AppError } from '../../platform/errors/app-error';
import { checkReportTemplate } from './report-templates.check';
import { fillTemplate } from './report-templates.render';
import { makeTemplate, withParts } from './report-templates.test-helpers';
import { renderReportDocx } from './render/report-docx';
import { wuchangBulletin } from './render/render.fixtures';

const refusal = async (bytes: Buffer) => {
  try {
    await checkReportTemplate(bytes, '模板.docx');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the template was accepted');
};

describe('checkReportTemplate', () => {
  it('accepts a .docx with the known placeholders and {@body}, and lists them', async () => {
    const check = await checkReportTemplate(await makeTemplate());
    expect(check.placeholders.sort()).toEqual(['@body', 'dateLine', 'issuer', 'period', 'scope', 'title']);
  });

  it('refuses unknown placeholders, naming them', async () => {
    const error = await refusal(await makeTemplate(['{title}', '{@body}', '{主送机关}', '{#rows}{x}{/rows}']));
    expect(error.code).toBe('REPORT_TEMPLATE_UNKNOWN_PLACEHOLDERS');
    expect(error.params.names).toContain('{主送机关}');
    expect(error.params.names).toContain('{#rows}');
    expect(error.params.names).not.toContain('{title}');
    expect(error.params.known).toBe('{title} {issuer} {dateLine} {period} {scope} {@body}');
  });

  it('refuses malformed tags', async () => {
    const error = await refusal(await makeTemplate(['{title', '{@body}']));
    expect(error.code).toBe('REPORT_TEMPLATE_MALFORMED');
    expect(String(error.params.problems)).toContain('title');
  });

  it('refuses a template without {@body}, or with {body} written as text', async () => {
    expect((await refusal(await makeTemplate(['{title}', '{dateLine}']))).code).toBe('REPORT_TEMPLATE_NO_BODY');
    expect((await refusal(await makeTemplate(['{title}', '{body}']))).code).toBe('REPORT_TEMPLATE_UNKNOWN_PLACEHOLDERS');
  });

  it('refuses a macro-enabled file: a vbaProject.bin or the .docm content type', async () => {
    const template = await makeTemplate();
    expect((await refusal(withParts(template, { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }))).code).toBe('REPORT_TEMPLATE_MACRO');
    const types = (await JSZip.loadAsync(template)).file('[Content_Types].xml')!;
    const docm = (await types.async('string')).replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      'application/vnd.ms-word.document.macroEnabled.main+xml',
    );
    expect((await refusal(withParts(template, { '[Content_Types].xml': docm }))).code).toBe('REPORT_TEMPLATE_MACRO');
  });

  it('refuses what is not a .docx by its content: a workbook, a text renamed .docx', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').getCell('A1').value = '{title}';
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const notDocx = await refusal(xlsx);
    expect(notDocx.code).toBe('REPORT_TEMPLATE_NOT_DOCX');
    expect(notDocx.params.fileName).toBe('模板.docx');
    expect((await refusal(Buffer.from('{title} {@body}'))).code).toBe('REPORT_TEMPLATE_NOT_DOCX');
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([await makeTemplate(), Buffer.alloc(REPORT_TEMPLATE_LIMITS.uploadBytes)]);
    const error = await refusal(big);
    expect(error.code).toBe('REPORT_TEMPLATE_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.params.limit).toBe('2');
  });
});

describe('a report in a house-style template', () => {
  it('fills the fields, puts the body with its tables, appendix and charts at {@body}', async () => {
    // A template that declares no PNG pictures of its own.
    const plain = await makeTemplate();
    const types = await (await JSZip.loadAsync(plain)).file('[Content_Types].xml')!.async('string');
    const template = withParts(plain, { '[Content_Types].xml': types.replace(/<Default [^>]*Extension="png"\/>/, '') });
    expect(await (await JSZip.loadAsync(template)).file('[Content_Types].xml')!.async('string')).not.toContain('Extension="png"');
    const filled = await renderReportDocx(wuchangBulletin(), { template });
    const zip = await JSZip.loadAsync(filled);
    const xml = await zip.file('word/document.xml')!.async('string');
    const { value } = await mammoth.extractRawText({ buffer: filled });
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(0, 3)).toEqual(['武昌区发展和改革局文件', '武昌区2022年1-9月经济运行简报', '一、总体情况']);
    expect(lines).toContain('前三季度，全区经济增长态势稳中向好。GDP完成1202亿元、增速4.5%；地方一般公共预算收入117亿元；固定资产投资同比增长24.6%；招商引资实际到位资金739亿元。');
    expect(lines.at(-1)).toBe('2022年10月20日');
    expect(value).toContain('数据来源表');
    expect(xml).not.toContain('{@body}');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    // The header's placeholders are filled too.
    const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((f) => f.async('string')));
    expect(headers.join('')).toContain('武昌区 2022年前三季度');
    // The chart's picture, its relationship and its content type came along.
    expect(zip.file(/^word\/media\/report-image1\.png$/)).toHaveLength(1);
    expect(await zip.file('word/_rels/document.xml.rels')!.async('string')).toContain('Id="rIdReport1"');
    expect(xml).toContain('r:embed="rIdReport1"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(xml).toMatch(/<w:document[^>]*xmlns:wp="/);
  });

  it('marks a provisional report and keeps markup in the data as text', async () => {
    const filled = await fillTemplate(await makeTemplate(), wuchangBulletin({ provisional: true, title: '<b>武昌区</b>简报 {issuer}' }));
    const { value } = await mammoth.extractRawText({ buffer: filled });
    expect(value).toContain('<b>武昌区</b>简报 {issuer}（初步数据）');
    expect(value).toContain('=1+1');
    expect(value).toContain('<script>alert(1)</script>');
    const xml = await (await JSZip.loadAsync(filled)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<b>');
  });
});
