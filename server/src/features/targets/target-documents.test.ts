import { afterAll, beforeAll, expect, it } from 'vitest';
import { targetDocumentListSchema, targetDocumentSchema } from '@hongtu/contracts/target-documents';
import { ELF_BYTES, SMALL_PDF } from '../../platform/files/test-photo';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { multipart } from '../projects/projects.test-helpers';

describeEachDialect('target documents (目标责任书 / 下达文件)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const post = async (user: string, query: string, file: Buffer, name: string, locale = 'zh-CN') => {
    const body = multipart(file, name);
    return t.app.inject({ method: 'POST', url: `/api/target-documents?${query}`, payload: body.payload, headers: { ...body.headers, cookie: await as(user), 'accept-language': locale } });
  };
  const call = async (user: string, method: 'GET' | 'DELETE', url: string) => t.app.inject({ method, url, headers: { cookie: await as(user) } });
  const count = async (table: 'target_documents' | 'audit_log') => {
    const db = t.database.db;
    // Of the audit trail, the documents' own rows (sign-ins and refusals are audited too).
    const row = table === 'audit_log'
      ? await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', 'like', 'target_document.%').executeTakeFirstOrThrow()
      : await db.selectFrom('target_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('keeps the city\'s notice and each district\'s letter, audited; a district reads its own and the city\'s, never a sibling\'s', async () => {
    const audits = await count('audit_log');
    const notice = await post('reviewer', 'year=2026&kind=notice', SMALL_PDF, '关于下达2026年主要经济指标目标的通知.pdf');
    expect(notice.statusCode, notice.body).toBe(201);
    const cityNotice = targetDocumentSchema.parse(notice.json());
    expect(cityNotice).toMatchObject({ year: 2026, kind: 'notice', organisationName: '武汉市', fileName: '关于下达2026年主要经济指标目标的通知.pdf', mediaType: 'application/pdf', sizeBytes: SMALL_PDF.length });
    const wuchang = targetDocumentSchema.parse((await post('reviewer', `year=2026&kind=responsibility&organisationId=${await t.orgId('420106')}`, SMALL_PDF, '武昌区目标责任书.pdf')).json());
    const jiangan = targetDocumentSchema.parse((await post('reviewer', `year=2026&kind=responsibility&organisationId=${await t.orgId('420102')}`, SMALL_PDF, '江岸区目标责任书.pdf')).json());
    expect(await count('audit_log')).toBe(audits + 3);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'target_document.add').where('entity_id', '=', String(wuchang.id)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ year: 2026, kind: 'responsibility', fileName: '武昌区目标责任书.pdf' });

    const cityList = targetDocumentListSchema.parse((await call('reviewer', 'GET', '/api/target-documents?year=2026')).json());
    expect(cityList.items.map((d) => d.id)).toEqual([jiangan.id, wuchang.id, cityNotice.id]);
    const districtList = targetDocumentListSchema.parse((await call('wuchang', 'GET', '/api/target-documents?year=2026')).json());
    expect(districtList.items.map((d) => d.id)).toEqual([wuchang.id, cityNotice.id]);
    expect(targetDocumentListSchema.parse((await call('wuchang', 'GET', '/api/target-documents?year=2025')).json()).items).toEqual([]);

    const file = await call('wuchang', 'GET', `/api/target-documents/${wuchang.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="target-document-\d+\.pdf"; filename\*=UTF-8''/);
    expect(Buffer.compare(file.rawPayload, SMALL_PDF)).toBe(0);
    expect((await call('wuchang', 'GET', `/api/target-documents/${cityNotice.id}`)).statusCode).toBe(200);
    expect((await call('wuchang', 'GET', `/api/target-documents/${jiangan.id}`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a document by its bytes, whatever its name, in the caller\'s language; nothing kept', async () => {
    const [rows, audits] = [await count('target_documents'), await count('audit_log')];
    const refused = await post('reviewer', 'year=2026&kind=notice', ELF_BYTES, '通知.pdf');
    expect(refused.statusCode).toBe(415);
    expect(refused.json()).toMatchObject({ code: 'TARGET_DOCUMENT_TYPE', message: expect.stringContaining('“通知.pdf”不是可接受的文件类型') });
    expect((await post('reviewer', 'year=2026&kind=notice', ELF_BYTES, '通知.pdf', 'zh-TW')).json().message).toContain('不是可接受的檔案類型');
    expect((await post('reviewer', 'year=2026&kind=notice', ELF_BYTES, 'notice.pdf', 'en')).json().message).toContain('is not a type that can be kept');
    expect((await post('reviewer', 'year=2026&kind=bogus', SMALL_PDF, 'x.pdf')).statusCode).toBe(400);
    expect((await post('wuchang', 'year=2026&kind=notice', SMALL_PDF, 'x.pdf')).statusCode).toBe(403);
    expect([await count('target_documents'), await count('audit_log')]).toEqual([rows, audits]);
  });

  it('takes a document off, audited with what it was; it can no longer be read', async () => {
    const added = targetDocumentSchema.parse((await post('reviewer', `year=2027&kind=other&organisationId=${await t.orgId('420106')}`, SMALL_PDF, '补充说明.pdf')).json());
    expect((await call('wuchang', 'DELETE', `/api/target-documents/${added.id}`)).statusCode).toBe(403);
    const removed = await call('reviewer', 'DELETE', `/api/target-documents/${added.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'target_document.remove').where('entity_id', '=', String(added.id)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toMatchObject({ year: 2027, kind: 'other', fileName: '补充说明.pdf' });
    expect((await call('reviewer', 'GET', `/api/target-documents/${added.id}`)).statusCode).toBe(404);
    expect((await call('reviewer', 'DELETE', `/api/target-documents/${added.id}`)).statusCode).toBe(404);
  });
});
