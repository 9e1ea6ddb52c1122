import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkApproveResultSchema, messageListSchema, reminderResultSchema, reminderStatusSchema, todoListSchema } from '@hongtu/contracts/notifications';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

// The test clock stands at 2026-03-05 10:00 in Beijing: February's deadline (the 5th) is today,
// January's (set to 2026-02-05) has passed.
describeEachDialect('to-dos, messages, 催报 and bulk approval (待办与消息)', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: string;
  let jiangan: string;
  let xisaishan: string;
  const ids: Record<string, number> = {};
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json, language = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie, 'accept-language': language }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const month = (key: string, org: string) => `/api/submissions/${key}/${ids[org]}`;
  const fillAndSubmit = async (cookie: string, key: string, org: string, value = '1234.5') => {
    const saved = await call(cookie, 'PUT', `${month(key, org)}/figures`, {
      figures: [{ indicatorCode: 'general_budget_revenue', ytdValue: value, reportedYoy: null, note: null, version: 0 }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await call(cookie, 'POST', `${month(key, org)}/submit`, { version: saved.body.version as number });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    return submitted.body;
  };
  const messages = async (cookie: string) => {
    const r = await call(cookie, 'GET', '/api/notifications/messages');
    expect(r.status).toBe(200);
    return messageListSchema.parse(r.body);
  };
  const todos = async (cookie: string) => {
    const r = await call(cookie, 'GET', '/api/notifications/todos');
    expect(r.status).toBe(200);
    return todoListSchema.parse(r.body).items;
  };
  const count = async (table: 'notifications' | 'audit_log', action?: string) =>
    Number((await t.database.db.selectFrom(table as 'audit_log').select((eb) => eb.fn.countAll().as('n'))
      .$if(action !== undefined, (q) => q.where('action', '=', action!)).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchang = await t.login('wuchang');
    jiangan = await t.login('jiangan');
    xisaishan = await t.login('xisaishan');
    for (const [name, code] of [['wuchang', '420106'], ['jiangan', '420102'], ['hanyang', '420105']] as const) ids[name] = await t.orgId(code);
    expect((await call(reviewer, 'POST', '/api/periods', { year: 2026, month: 1, deadlineDate: '2026-02-05' })).status).toBe(201);
    expect((await call(reviewer, 'POST', '/api/periods', { year: 2026, month: 2 })).status).toBe(201);
  });
  afterAll(() => t.close());

  describe('to-dos derived from the months', () => {
    it('tells the operator which months are due and how many days are left', async () => {
      expect(await todos(wuchang)).toEqual([
        expect.objectContaining({ kind: 'fill', periodKey: '2026-01', daysLeft: -28, urgency: 'overdue' }),
        expect.objectContaining({ kind: 'fill', periodKey: '2026-02', daysLeft: 0, urgency: 'today' }),
      ]);
      expect(await todos(await t.login('leader'))).toEqual([]);
    });

    it('tells the reviewer how many months await review and how many districts are late, in the city only', async () => {
      await fillAndSubmit(wuchang, '2026-01', 'wuchang');
      await fillAndSubmit(jiangan, '2026-01', 'jiangan');
      const items = await todos(reviewer);
      expect(items).toEqual([
        expect.objectContaining({ kind: 'review', periodKey: '2026-01', count: 2 }),
        // Wuhan's 13 districts and 4 zones, less the two that submitted; 西塞山区 (黄石市) is not the reviewer's.
        expect.objectContaining({ kind: 'remind', periodKey: '2026-01', count: 15 }),
      ]);
      expect((await todos(wuchang)).map((i) => i.periodKey)).toEqual(['2026-02']);
    });
  });

  describe('messages', () => {
    it('sends a returned figure to the district\'s operators only, with its reason, unread until read', async () => {
      const current = await call(wuchang, 'GET', month('2026-01', 'wuchang'));
      const returned = await call(reviewer, 'POST', `${month('2026-01', 'wuchang')}/return`, {
        version: current.body.version as number, reason: '数值有误，请核实后重报',
        figures: [{ indicatorCode: 'general_budget_revenue', reason: '数值有误，请核实后重报' }],
      });
      expect(returned.status, JSON.stringify(returned.body)).toBe(200);
      const mine = await messages(wuchang);
      expect(mine.unread).toBe(1);
      expect(mine.items[0]).toMatchObject({ kind: 'returned', periodKey: '2026-01', organisationName: '武昌区', reason: '数值有误，请核实后重报', senderName: '市发改委审核员', read: false });
      expect((await messages(jiangan)).items).toEqual([]);
      expect((await messages(reviewer)).items).toEqual([]);
      expect(await todos(wuchang)).toEqual([
        expect.objectContaining({ kind: 'returned', periodKey: '2026-01', count: 1 }),
        expect.objectContaining({ kind: 'fill', periodKey: '2026-02' }),
      ]);

      // Another user's message is never marked read on their behalf.
      const theirs = await call(jiangan, 'POST', '/api/notifications/messages/read', { ids: [mine.items[0]!.id] });
      expect(theirs.body).toEqual({ unread: 0 });
      expect((await messages(wuchang)).unread).toBe(1);
      const read = await call(wuchang, 'POST', '/api/notifications/messages/read', { ids: [mine.items[0]!.id] });
      expect(read.body).toEqual({ unread: 0 });
      expect((await messages(wuchang)).items[0]!.read).toBe(true);
    });
  });

  describe('催报', () => {
    it('reminds every late district of the reviewer\'s scope at once, and logs it', async () => {
      const before = await count('notifications');
      const r = await call(reviewer, 'POST', '/api/notifications/reminders', { periodKey: '2026-01' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const result = reminderResultSchema.parse(r.body);
      // 武昌区 was returned (late again), 江岸区 submitted: 16 of Wuhan's 17 reporting units.
      expect(result.reminded).toHaveLength(16);
      expect(result.reminded.map((d) => d.organisationName)).toContain('武昌区');
      expect(result.reminded.map((d) => d.organisationName)).not.toContain('江岸区');
      expect(result.channels).toEqual(['in_app']);
      // The demo has operators in 武昌区 only among them: one message each.
      expect(await count('notifications')).toBe(before + result.reminded.reduce((n, d) => n + d.recipients, 0));
      expect((await messages(wuchang)).items[0]).toMatchObject({ kind: 'reminded', periodKey: '2026-01', read: false });
      expect((await messages(jiangan)).items).toEqual([]);
      expect((await messages(xisaishan)).items).toEqual([]);
      const logged = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'period.remind').execute();
      expect(logged).toHaveLength(1);
      expect(logged[0]!.entity_id).toBe('2026-01');
    });

    it('refuses a month with nobody late, and a district operator, writing nothing', async () => {
      const [notes, audits] = [await count('notifications'), await count('audit_log', 'period.remind')];
      const early = await call(reviewer, 'POST', '/api/notifications/reminders', { periodKey: '2026-02' });
      expect(early.status, JSON.stringify(early.body)).toBe(409);
      expect(early.body.code).toBe('NOTHING_TO_REMIND');
      expect(String(early.body.message)).toContain('2026-03-05');
      expect((await call(wuchang, 'POST', '/api/notifications/reminders', { periodKey: '2026-01' })).status).toBe(403);
      expect((await call(reviewer, 'POST', '/api/notifications/reminders', { periodKey: '2026-13' })).status).toBe(400);
      expect([await count('notifications'), await count('audit_log', 'period.remind')]).toEqual([notes, audits]);
    });
  });

  describe('催报 at most once per district and month in 4 hours', () => {
    const remind = (language = 'zh-CN') => call(reviewer, 'POST', '/api/notifications/reminders', { periodKey: '2026-01' }, language);
    const status = async () => {
      const r = await call(reviewer, 'GET', '/api/notifications/reminders?periodKey=2026-01');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return reminderStatusSchema.parse(r.body);
    };
    // The reminder above was sent at the test clock's 2026-03-05 10:00 in Beijing.
    const first = '2026-03-05T02:00:00.000Z';

    it('shows the reviewer when the month was last reminded and who waits until when', async () => {
      const shown = await status();
      expect(shown).toMatchObject({ periodKey: '2026-01', intervalHours: 4, lastRemindedAt: first, remindable: 0 });
      expect(shown.waiting).toHaveLength(16);
      expect(shown.waiting[0]).toMatchObject({ lastRemindedAt: first, nextAt: '2026-03-05T06:00:00.000Z' });
      // February: nobody late, nobody reminded, no time to show.
      const february = await call(reviewer, 'GET', '/api/notifications/reminders?periodKey=2026-02');
      expect(reminderStatusSchema.parse(february.body)).toEqual({ periodKey: '2026-02', intervalHours: 4, lastRemindedAt: null, remindable: 0, waiting: [] });
      expect((await call(wuchang, 'GET', '/api/notifications/reminders?periodKey=2026-01')).status).toBe(403);
    });

    it('refuses a repeat inside the window with the time of the last reminder, in the reader\'s language, writing nothing', async () => {
      t.clock.advanceMinutes(1);
      const [notes, audits] = [await count('notifications'), await count('audit_log', 'period.remind')];
      const again = await remind();
      expect(again.status, JSON.stringify(again.body)).toBe(409);
      expect(again.body.code).toBe('REMINDED_RECENTLY');
      expect(again.body.message).toBe('2026年1月份已于 2026-03-05 10:00 催报过；同一区同一月份 4 小时内只催报一次，2026-03-05 14:00 后可再次催报');
      const tw = await remind('zh-TW');
      expect(String(tw.body.message)).toContain('已於 2026-03-05 10:00 催報過');
      const en = await remind('en');
      expect(String(en.body.message)).toContain('at 2026-03-05 10:00 (Beijing time)');
      expect([await count('notifications'), await count('audit_log', 'period.remind')]).toEqual([notes, audits]);
    });

    it('reminds a district that fell late since, and leaves out the ones reminded within the window', async () => {
      // 江岸区 had submitted; its month comes back and it is late again, never reminded.
      const current = await call(reviewer, 'GET', month('2026-01', 'jiangan'));
      const returned = await call(reviewer, 'POST', `${month('2026-01', 'jiangan')}/return`, { version: current.body.version as number, reason: '请补报' });
      expect(returned.status, JSON.stringify(returned.body)).toBe(200);
      const r = await remind();
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const result = reminderResultSchema.parse(r.body);
      expect(result.reminded.map((d) => d.organisationName)).toEqual(['江岸区']);
      expect(result.skipped).toHaveLength(16);
      expect(result.skipped.map((d) => d.organisationName)).toContain('武昌区');
      const logged = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'period.remind').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(JSON.parse(logged.after_json!).organisations).toEqual([{ id: ids.jiangan, name: '江岸区' }]);
    });

    it('reminds again once 4 hours have passed since a district\'s last reminder, not a minute before', async () => {
      t.clock.advanceMinutes(238);
      // 2026-03-05 13:59 in Beijing: everyone is still within the window.
      reviewer = await t.login('reviewer');
      expect((await remind()).status).toBe(409);
      t.clock.advanceMinutes(1);
      const r = await remind();
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const result = reminderResultSchema.parse(r.body);
      expect(result.reminded).toHaveLength(16);
      expect(result.skipped.map((d) => [d.organisationName, d.nextAt])).toEqual([['江岸区', '2026-03-05T06:01:00.000Z']]);
      expect((await status()).lastRemindedAt).toBe('2026-03-05T06:00:00.000Z');
      wuchang = await t.login('wuchang');
      jiangan = await t.login('jiangan');
      expect((await messages(wuchang)).items.filter((m) => m.kind === 'reminded' && m.periodKey === '2026-01')).toHaveLength(2);
    });
  });

  describe('bulk approval', () => {
    it('approves the clean submissions one by one, each audited, and says which it skipped and why', async () => {
      await fillAndSubmit(wuchang, '2026-02', 'wuchang');
      await fillAndSubmit(jiangan, '2026-02', 'jiangan');
      // 江岸区's growth turns implausible behind the checks' back: a finding the reviewer must look at.
      const submission = await t.database.db.selectFrom('submissions as s').innerJoin('reporting_periods as p', 'p.id', 's.period_id').select('s.id')
        .where('s.organisation_id', '=', ids.jiangan!).where('p.year', '=', 2026).where('p.month', '=', 2).executeTakeFirstOrThrow();
      await t.database.db.updateTable('figures').set({ reported_yoy: 1_000_000_000_000 }).where('submission_id', '=', submission.id).execute();
      const approvals = await count('audit_log', 'submission.approve');

      const r = await call(reviewer, 'POST', '/api/periods/2026-02/approve-clean', {});
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const result = bulkApproveResultSchema.parse(r.body);
      expect(result.approved).toEqual([{ organisationId: ids.wuchang, organisationName: '武昌区' }]);
      expect(result.skipped).toContainEqual({ organisationId: ids.jiangan, organisationName: '江岸区', reason: 'findings' });
      expect(result.skipped).toContainEqual({ organisationId: ids.hanyang, organisationName: '汉阳区', reason: 'not_submitted' });
      expect(result.skipped).toHaveLength(16);
      expect(await count('audit_log', 'submission.approve')).toBe(approvals + 1);
      expect((await call(reviewer, 'GET', month('2026-02', 'jiangan'))).body.status).toBe('submitted');
      expect((await messages(wuchang)).items[0]).toMatchObject({ kind: 'approved', periodKey: '2026-02' });

      // Again: nothing left to approve, the approved month is not listed.
      const again = bulkApproveResultSchema.parse((await call(reviewer, 'POST', '/api/periods/2026-02/approve-clean', {})).body);
      expect(again.approved).toEqual([]);
      expect(again.skipped.map((s) => s.organisationId)).not.toContain(ids.wuchang);
    });

    it('refuses a district operator and touches only the districts asked for', async () => {
      const refused = await call(wuchang, 'POST', '/api/periods/2026-02/approve-clean', {});
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      const only = bulkApproveResultSchema.parse((await call(reviewer, 'POST', '/api/periods/2026-02/approve-clean', { organisationIds: [ids.hanyang] })).body);
      expect(only).toEqual({ periodKey: '2026-02', approved: [], skipped: [{ organisationId: ids.hanyang, organisationName: '汉阳区', reason: 'not_submitted' }] });
    });
  });
});
