import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileStoreFor } from '../../platform/files/file-store';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { makeTemplate, withParts } from './report-templates.test-helpers';
import type { ReportTemplate, ReportTemplateList } from './report-templates.schema';

let counter = 0;
/** A multipart body: an optional `name` field, then the file. */
function multipart(file: Buffer, fileName: string, name?: string) {
  const boundary = `----hongtutemplate${(counter++).toString(16)}`;
  const field = name === undefined ? '' : `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${name}\r\n`;
  const head = Buffer.from(`${field}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describeEachDialect('report templates: upload and list', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: string;
  let jiangan: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    [reviewer, wuchang, jiangan] = await Promise.all([t.login('reviewer'), t.login('wuchang'), t.login('jiangan')]);
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.database.db.selectFrom('report_templates').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const upload = (cookie: string, file: Buffer, fileName: string, name?: string, locale = 'zh-CN') => {
    const { payload, headers } = multipart(file, fileName, name);
    return t.app.inject({ method: 'POST', url: '/api/report-templates', payload, headers: { ...headers, cookie, 'accept-language': locale } });
  };
  const list = async (cookie: string): Promise<ReportTemplateList> => {
    const response = await t.app.inject({ method: 'GET', url: '/api/report-templates', headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('keeps the city reviewer\'s template with its placeholders and an audit row; the districts may use it', async () => {
    const bytes = await makeTemplate();
    const response = await upload(reviewer, bytes, '市发改委简报模板.docx', '市发改委 简报版式');
    expect(response.statusCode, response.body).toBe(201);
    const template = response.json() as ReportTemplate;
    expect(template).toMatchObject({ name: '市发改委 简报版式', fileName: '市发改委简报模板.docx', sizeBytes: bytes.length });
    expect(template.placeholders.sort()).toEqual(['@body', 'dateLine', 'issuer', 'period', 'scope', 'title']);
    const trail = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'report_template').where('entity_id', '=', String(template.id)).execute();
    expect(trail.map((r) => r.action)).toEqual(['report_template.upload']);
    for (const cookie of [reviewer, wuchang, jiangan]) expect((await list(cookie)).items.map((i) => i.id)).toContain(template.id);
  });

  it('keeps the bytes as uploaded, named after the file when no name is sent', async () => {
    const bytes = await makeTemplate(['{title}', '{@body}']);
    const template = (await upload(reviewer, bytes, 'plain.docx')).json() as ReportTemplate;
    expect(template.name).toBe('plain');
    const row = await t.database.db.selectFrom('report_templates').select(['file_key', 'sha256']).where('id', '=', template.id).executeTakeFirstOrThrow();
    expect((await fileStoreFor(undefined).get(row.file_key)).equals(bytes)).toBe(true);
    expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await list(wuchang)).items.find((i) => i.id === template.id)?.placeholders.sort()).toEqual(['@body', 'period', 'scope', 'title']); // the header's too
  });

  it('refuses a name longer than the limit', async () => {
    const before = await count();
    const response = await upload(reviewer, await makeTemplate(), 'x.docx', '简'.repeat(101));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('REPORT_TEMPLATE_NAME');
    expect(await count()).toBe(before);
  });

  it('shows a district its own templates and those above it, not another district\'s', async () => {
    const jianganOrg = await t.orgId('420102');
    const uploader = await t.userId('jiangan');
    const row = await t.database.db.insertInto('report_templates').values({
      organisation_id: jianganOrg, name: '江岸区版式', file_name: 'jiangan.docx', file_key: 'ab/cd/abcdabcdabcdabcdabcdabcdabcdabcd', sha256: '0'.repeat(64),
      size_bytes: 1, placeholders_json: '["@body"]', uploaded_by: uploader, created_at: '2026-12-01T00:00:00.000Z',
    }).returning('id').executeTakeFirstOrThrow();
    expect((await list(jiangan)).items.map((i) => i.id)).toContain(row.id);
    expect((await list(wuchang)).items.map((i) => i.id)).not.toContain(row.id);
    expect((await list(reviewer)).items.map((i) => i.id)).toContain(row.id);
  });

  it('refuses a district operator\'s upload', async () => {
    const before = await count();
    expect((await upload(wuchang, await makeTemplate(), 'x.docx')).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses bad templates with a clear message in the caller\'s language, keeping nothing', async () => {
    const before = await count();
    const template = await makeTemplate();
    const cases: [Buffer, string, string, Record<string, string>][] = [
      [await makeTemplate(['{title}', '{@body}', '{主送机关}']), 'REPORT_TEMPLATE_UNKNOWN_PLACEHOLDERS', 'u.docx', { 'zh-CN': '{主送机关}', 'zh-TW': '不認識的佔位符', en: 'not known' }],
      [await makeTemplate(['{title', '{@body}']), 'REPORT_TEMPLATE_MALFORMED', 'm.docx', { 'zh-CN': '占位符书写有误', 'zh-TW': '佔位符書寫有誤', en: 'malformed' }],
      [withParts(template, { 'word/vbaProject.bin': new Uint8Array([1]) }), 'REPORT_TEMPLATE_MACRO', 'macro.docm', { 'zh-CN': '含有宏', 'zh-TW': '含有巨集', en: 'macros' }],
      [Buffer.from('<html>{title}</html>'), 'REPORT_TEMPLATE_NOT_DOCX', 'fake.docx', { 'zh-CN': '“fake.docx”不是 Word .docx 文件', 'zh-TW': '「fake.docx」不是 Word .docx 檔案', en: '"fake.docx" is not a Word .docx file' }],
      [await makeTemplate(['{title}']), 'REPORT_TEMPLATE_NO_BODY', 'n.docx', { 'zh-CN': '{@body}', 'zh-TW': '{@body}', en: '{@body}' }],
    ];
    for (const [bytes, code, fileName, texts] of cases) {
      for (const [locale, text] of Object.entries(texts)) {
        const response = await upload(reviewer, bytes, fileName, undefined, locale);
        expect(response.statusCode, response.body).toBe(422);
        expect(response.json().code).toBe(code);
        expect(response.json().message).toContain(text);
        expect(response.body).not.toMatch(/at .*\.ts:\d+|stack/i);
      }
    }
    const large = await upload(reviewer, Buffer.alloc(2 * 1024 * 1024 + 1, 1), 'big.docx', undefined, 'en');
    expect(large.statusCode).toBe(413);
    expect(large.json().message).toContain('2 MB');
    const noFile = await t.app.inject({ method: 'POST', url: '/api/report-templates', payload: {}, headers: { cookie: reviewer } });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().code).toBe('REPORT_TEMPLATE_NO_FILE');
    expect(await count()).toBe(before);
  });
});
