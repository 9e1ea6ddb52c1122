import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DialectName } from '../../db/connection';
import type { Db } from '../../db/database';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { auditRowHash } from './audit-hash';
import { AuditTrail } from './audit-trail';

/** Changes an audit row the way an intruder with database access would: triggers off. */
async function tamper(db: Db, dialect: DialectName, statement: ReturnType<typeof sql>): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(db);
    await sql`drop trigger audit_log_no_delete`.execute(db);
    await statement.execute(db);
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  } else {
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
    await statement.execute(db);
    await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
  }
}

describeEachDialect('audit trail', (dialect) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    admin = await t.login('admin');
    auditor = await t.login('auditor');
  });
  afterAll(() => t.close());

  it('records a write with actor, role, organisation, IP, time, entity and before → after', async () => {
    const parentId = await t.orgId('420106');
    const created = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: admin },
      payload: { code: 'AUDIT-ST1', name: '审计测试街道', kind: 'street', parentId },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const renamed = await t.app.inject({
      method: 'PATCH', url: `/api/organisations/${id}`, headers: { cookie: admin }, payload: { name: '改名后的街道', version: 1 },
    });
    expect(renamed.statusCode).toBe(200);
    const row = await t.database.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'organisation.update').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect(row.actor_name).toBe('admin');
    expect(row.actor_role).toBe('system_admin');
    expect(row.organisation_id).toBe(await t.orgId('420000'));
    expect(row.ip).toBe('127.0.0.1');
    expect(row.at).toBe(t.clock.now().toISOString());
    expect(JSON.parse(row.before_json!).name).toBe('审计测试街道');
    expect(JSON.parse(row.after_json!).name).toBe('改名后的街道');
    expect(row.result).toBe('success');
  });

  it('shows the auditor the trail, filtered by actor and entity', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/audit?actor=admin&entityType=organisation', headers: { cookie: auditor } });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: { actorName: string; entityType: string }[]; total: number };
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.items.every((e) => e.actorName === 'admin' && e.entityType === 'organisation')).toBe(true);
  });

  it('takes % and _ in the actor filter literally, not as wildcards', async () => {
    for (const actor of ['%', '_', 'a_min']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/audit?actor=${encodeURIComponent(actor)}`, headers: { cookie: auditor } });
      expect(response.statusCode, response.body).toBe(200);
      expect((response.json() as { total: number }).total, actor).toBe(0);
    }
  });

  it('filters by every entity type of the vocabulary: submissions and targets too, and by exact action', async () => {
    const reviewer = await t.login('reviewer');
    const operator = await t.login('wuchang');
    const wuchang = await t.orgId('420106');
    const inject = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect((await inject(reviewer, 'POST', '/api/periods', { year: 2026, month: 3 })).statusCode).toBe(201);
    expect((await inject(reviewer, 'PUT', '/api/targets', {
      year: 2026, organisationId: wuchang, indicatorCode: 'gdp', amountTarget: '1,202', amountComparator: 'ge',
      growthTarget: '6.5', growthComparator: 'ge', noTarget: false, schedule: null, version: 0,
    })).statusCode).toBe(200);
    expect((await inject(operator, 'PUT', `/api/submissions/2026-03/${wuchang}/figures`, {
      figures: [{ indicatorCode: 'gdp', ytdValue: '1234.5', reportedYoy: '5.2', note: null, version: 0 }],
    })).statusCode).toBe(200);

    type Page = { items: { action: string; entityType: string | null }[]; total: number };
    const list = async (query: string) => {
      const response = await inject(auditor, 'GET', `/api/audit?${query}`);
      expect(response.statusCode, query).toBe(200);
      return response.json() as Page;
    };
    const submissions = await list('entityType=submission');
    expect(submissions.total).toBeGreaterThanOrEqual(1);
    expect(submissions.items.every((e) => e.entityType === 'submission')).toBe(true);
    expect(submissions.items.map((e) => e.action)).toContain('submission.save');
    const targets = await list('entityType=target');
    expect(targets.total).toBe(1);
    expect(targets.items[0]).toMatchObject({ action: 'target.put', entityType: 'target' });
    const periods = await list('action=period.open');
    expect(periods.items.map((e) => e.action)).toEqual(['period.open']);

    for (const query of ['entityType=nonsense', 'action=target', 'action=GET%20%2Fapi%2Faudit']) {
      expect((await inject(auditor, 'GET', `/api/audit?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('exports the trail as an xlsx workbook', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/export?entityType=organisation', headers: { cookie: auditor } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses the application\'s own updates and deletes of audit rows', async () => {
    const db = t.database.db;
    await expect(db.updateTable('audit_log').set({ action: 'forged' }).where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
  });

  it('verifies an untouched chain as intact', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
    expect(response.json()).toMatchObject({ intact: true, brokenAt: null });
    expect(response.json().checked).toBeGreaterThan(3);
  });

  it('writes the hash the verifier recomputes, whatever the row holds (the database computes it on PostgreSQL)', async () => {
    const trail = new AuditTrail(t.database.db, dialect, t.clock);
    const awkward = ['引号"与\\反斜杠', '换行\n与\t制表', '😀 emoji 與繁體', '\u2028\u2029', ''];
    for (const [i, text] of awkward.entries()) {
      await trail.appendAlone({ actor: null, ip: text, requestId: `hash-${i}`, locale: 'zh-CN', userAgent: null, audited: false }, {
        action: 'organisation.update', entityType: 'organisation', entityId: text, before: { text }, after: i % 2 === 0 ? undefined : { n: i },
      });
    }
    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('request_id', 'like', 'hash-%').orderBy('id').execute();
    expect(rows.map((r) => r.entity_id)).toEqual(awkward);
    for (const row of rows) expect(row.hash).toBe(auditRowHash(row));
    const previous = await t.database.db.selectFrom('audit_log').select('hash').where('id', '<', rows[0]!.id).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(rows[0]!.prev_hash).toBe(previous.hash);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
    expect(response.json()).toMatchObject({ intact: true, brokenAt: null });
  });

  it('reports the row edited behind the application\'s back', async () => {
    const target = await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'organisation.create').executeTakeFirstOrThrow();
    await tamper(t.database.db, dialect, sql`update audit_log set after_json = '{"name":"forged"}' where id = ${target.id}`);
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
    expect(response.json()).toMatchObject({ intact: false, brokenAt: { id: target.id, reason: 'hash_mismatch' } });
  });

  it('reports a deleted row as a missing row', async () => {
    const rows = await t.database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    const first = rows[0]!.id;
    await tamper(t.database.db, dialect, sql`delete from audit_log where id = ${first}`);
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: { cookie: auditor } });
    expect(response.json()).toMatchObject({ intact: false, brokenAt: { id: first, reason: 'missing_row' } });
  });

  it('reports the newest rows deleted against a head kept earlier, and a replaced head', async () => {
    const { db } = t.database;
    // A fresh chain: the earlier cases broke this one on purpose.
    await tamper(db, dialect, sql`delete from audit_log`);
    const verify = async (query = '') => (await t.app.inject({ method: 'GET', url: `/api/audit/verify${query}`, headers: { cookie: auditor } })).json();
    const head = async () => (await t.app.inject({ method: 'GET', url: '/api/audit/head', headers: { cookie: auditor } })).json() as { id: number; hash: string; count: number };
    for (const [i, name] of ['锚点一', '锚点二', '锚点三'].entries()) {
      const created = await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { code: `anchor-${i}`, name, kind: 'street', parentId: await t.orgId('420106') } });
      expect(created.statusCode, created.body).toBe(201);
    }
    const kept = await head();
    expect(kept.count).toBeGreaterThanOrEqual(3);
    const anchored = `?anchorId=${kept.id}&anchorHash=${kept.hash}`;
    expect(await verify(anchored)).toMatchObject({ intact: true, brokenAt: null });
    // Without the anchor, deleting the newest row leaves a chain that still links.
    await tamper(db, dialect, sql`delete from audit_log where id = ${kept.id}`);
    expect(await verify()).toMatchObject({ intact: true });
    expect(await verify(anchored)).toMatchObject({ intact: false, brokenAt: { id: kept.id, reason: 'truncated' } });
    expect(await verify(`?anchorId=${kept.id - 1}&anchorHash=${'0'.repeat(64)}`)).toMatchObject({ intact: false, brokenAt: { id: kept.id - 1, reason: 'anchor_mismatch' } });
    expect((await t.app.inject({ method: 'GET', url: `/api/audit/verify?anchorId=${kept.id}`, headers: { cookie: auditor } })).statusCode).toBe(400);
  });
});

