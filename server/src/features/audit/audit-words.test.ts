import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { AuditEntry } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('the audit trail in words', (dialect) => {
  let t: TestApp;
  let auditor: string;
  let wuchang: number;
  let submissionId: number;
  let streetId: number;

  const inject = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, payload?: object, locale = 'zh-CN') =>
    t.app.inject({ method, url, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
  const ok = async (response: Promise<{ statusCode: number; body: string }>, status = 200) => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r;
  };
  const entries = async (query: string, locale = 'zh-CN') => {
    const response = await ok(inject(auditor, 'GET', `/api/audit?pageSize=100&${query}`, undefined, locale));
    return (JSON.parse(response.body) as { items: AuditEntry[] }).items;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    auditor = await t.login('auditor');
    const admin = await t.login('admin');
    const reviewer = await t.login('reviewer');
    const operator = await t.login('wuchang');
    wuchang = await t.orgId('420106');
    // A month's whole journey: opened, saved, submitted, returned with a reason, submitted again, approved.
    await ok(inject(reviewer, 'POST', '/api/periods', { year: 2026, month: 3 }), 201);
    const month = `/api/submissions/2026-03/${wuchang}`;
    await ok(inject(operator, 'PUT', `${month}/figures`, { figures: [{ indicatorCode: 'gdp', ytdValue: '1234.5', reportedYoy: '5.2', note: null, version: 0 }] }));
    const current = async () => JSON.parse((await ok(inject(operator, 'GET', month))).body) as { id: number; version: number };
    await ok(inject(operator, 'POST', `${month}/submit`, { version: (await current()).version }));
    await ok(inject(reviewer, 'POST', `${month}/return`, { version: (await current()).version, reason: '地区生产总值与统计局口径不一致' }));
    await ok(inject(operator, 'POST', `${month}/submit`, { version: (await current()).version }));
    await ok(inject(reviewer, 'POST', `${month}/approve`, { version: (await current()).version }));
    submissionId = (await current()).id;
    // An organisation created and deleted: its rows still name it.
    const street = JSON.parse((await ok(inject(admin, 'POST', '/api/organisations', { code: 'WORDS-ST', name: '临时街道', kind: 'street', parentId: wuchang }), 201)).body) as { id: number };
    streetId = street.id;
    await ok(inject(admin, 'DELETE', `/api/organisations/${street.id}`), 204);
    await ok(inject(admin, 'POST', '/api/users', { username: 'zhang.san', displayName: '张三', role: 'leader', organisationId: wuchang, password: 'Words#Test2026' }), 201);
    // A sign-in under a name no account has, and another district's record asked for by an operator.
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ghost', password: 'Wrong#Pass1' } });
    await inject(operator, 'GET', `/api/organisations/${await t.orgId('420102')}`);
  });
  afterAll(() => t.close());

  it('says what the reviewer did to which month: 审核通过 / 退回 with the reason, 武昌区 2026年3月报送', async () => {
    const rows = await entries('entityType=submission');
    const approve = rows.find((e) => e.action === 'submission.approve')!;
    expect(approve).toMatchObject({
      entityLabel: '武昌区 2026年3月报送', description: '审核通过：武昌区 2026年3月报送', actorName: 'reviewer', actorDisplayName: '市发改委审核员',
    });
    expect(rows.find((e) => e.action === 'submission.return')!.description).toBe('退回：武昌区 2026年3月报送（原因：地区生产总值与统计局口径不一致）');
    expect(rows.filter((e) => e.action === 'submission.submit').map((e) => e.description)).toEqual(['提交审核：武昌区 2026年3月报送', '提交审核：武昌区 2026年3月报送']);
    // In the caller's language.
    const en = (await entries('entityType=submission&action=submission.approve', 'en'))[0]!;
    expect(en.description).toBe('Approve: 武昌区 report of 2026-03');
    const tw = (await entries('entityType=submission&action=submission.approve', 'zh-TW'))[0]!;
    expect(tw.description).toBe('審核通過：武昌区 2026年3月報送');
    expect((await entries('action=period.open'))[0]!.description).toBe('开启报告期：2026年3月');
  });

  it('names objects deleted since, people and refused requests', async () => {
    const organisation = await entries(`entityType=organisation&entityId=${streetId}`);
    expect(organisation.map((e) => e.description)).toEqual(['删除组织：临时街道', '新建组织：临时街道']);
    expect((await entries('action=user.create')).find((e) => e.entityLabel === '张三（zhang.san）')!.description).toBe('新建用户：张三（zhang.san）');
    const ghost = (await entries('entityType=user&entityId=ghost'))[0]!;
    expect(ghost).toMatchObject({ entityLabel: 'ghost', result: 'denied', description: '登录：ghost（原因：用户名或密码错误）' });
    const refused = (await entries('entityType=request&actor=wuchang'))[0]!;
    expect(refused.description).toBe(`请求：GET /api/organisations/${await t.orgId('420102')}`);
    expect(refused.result).toBe('denied');
  });

  it('follows one object by its id, and takes every entity type of the vocabulary', async () => {
    const history = await entries(`entityType=submission&entityId=${submissionId}`);
    expect(history.map((e) => e.action)).toEqual([
      'submission.approve', 'submission.submit', 'submission.return', 'submission.submit', 'submission.save',
    ]);
    expect((await entries('entityType=submission&entityId=999999'))).toEqual([]);
    expect((await inject(auditor, 'GET', `/api/audit?entityId=${'x'.repeat(201)}`)).statusCode).toBe(400);
  });

  it('exports the words under Chinese headers, with the codes and each row\'s hashes to verify by', async () => {
    const response = await ok(inject(auditor, 'GET', '/api/audit/export?entityType=submission'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((response as unknown as { rawPayload: Buffer }).rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('审计日志');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['编号', '时间（北京时间）', '操作人', '姓名', '角色', '组织', 'IP', '操作', '对象类型', '对象', '操作内容', '结果',
      '变更前', '变更后', '请求编号', '操作代码', '对象编号', '上一条哈希', '本条哈希']);
    const rows = [];
    for (let i = 2; i <= sheet.rowCount; i++) rows.push(Object.fromEntries(header.map((h, c) => [h as string, sheet.getRow(i).getCell(c + 1).value])));
    const approve = rows.find((r) => r['操作代码'] === 'submission.approve')!;
    expect(approve).toMatchObject({
      操作人: 'reviewer', 姓名: '市发改委审核员', 角色: '市级审核员', 操作: '审核通过', 对象类型: '月报',
      对象: '武昌区 2026年3月报送', 操作内容: '审核通过：武昌区 2026年3月报送', 结果: '成功', 对象编号: String(submissionId),
    });
    const stored = await t.database.db.selectFrom('audit_log').select(['id', 'prev_hash', 'hash']).where('entity_type', '=', 'submission').orderBy('id', 'desc').execute();
    expect(rows.map((r) => [r['编号'], r['上一条哈希'], r['本条哈希']])).toEqual(stored.map((s) => [s.id, s.prev_hash, s.hash]));

    const en = await ok(inject(auditor, 'GET', '/api/audit/export?entityType=submission', undefined, 'en'));
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load((en as unknown as { rawPayload: Buffer }).rawPayload as unknown as ArrayBuffer);
    expect((enBook.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['ID', 'Time (Asia/Shanghai)', 'Actor']);
  });
});
