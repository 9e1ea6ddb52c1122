import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { PROJECT_INDICATOR_SET } from '@hongtu/domain';
import { ensureWarningRules } from './warning-rules.seed';

type Json = Record<string, unknown>;

describeEachDialect('warning rules configuration', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  const call = async (cookie: string, method: 'GET' | 'PUT', url: string, payload?: Json, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method, url, headers: { cookie, ...headers }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const rules = async () => (await call(reviewer, 'GET', '/api/warning-rules')).body.items as Json[];
  const rule = async (code: string) => (await rules()).find((r) => r.code === code)!;
  const audits = (action: string) => t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
  });
  afterAll(() => t.close());

  it('ships every preset, the Wuhan rule enabled and the others disabled', async () => {
    const items = await rules();
    expect(items.map((r) => [r.code, r.enabled])).toEqual([
      ['wuhan.progress_ratio', true],
      ['yinchuan.points_behind', false],
      ['yinchuan.not_started', false],
      ['yinchuan.not_in_statistics', false],
      ['sanya.progress_ratio', false],
      ['sanya.monthly_task_missed', false],
      ['county.monthly_task', false],
      ['targets.growth_shortfall', true],
      ['targets.not_met', true],
    ]);
    // The major-project rules apply to the investment indicators: GDP is not carded by time progress.
    expect((items[0]!.config as Json).scope).toEqual({ indicatorCodes: PROJECT_INDICATOR_SET });
    expect(((items[0]!.config as Json).scope as Json).indicatorCodes).not.toContain('gdp');
    const codes = new Set((await t.database.db.selectFrom('indicators').select('code').execute()).map((r) => r.code));
    expect(PROJECT_INDICATOR_SET.filter((c) => !codes.has(c))).toEqual([]);
    expect(items[0]).toMatchObject({ preset: 'wuhan_major_projects', presetName: '武汉市重大项目红黄牌', version: 1 });
    const en = await call(reviewer, 'GET', '/api/warning-rules', undefined, { 'accept-language': 'en' });
    expect((en.body.items as Json[])[0]!.presetName).toBe('Wuhan major projects');
  });

  it('changes a rule at its version, audited in the same transaction with before and after', async () => {
    const current = await rule('county.monthly_task');
    const config = { kind: 'metric_threshold', metric: 'monthly_task_completion', thresholds: [{ colour: 'yellow', op: 'lt', value: '55.5' }, { colour: 'watch', op: 'lt', value: '80' }], scope: { indicatorCodes: ['gdp'] } };
    const saved = await call(reviewer, 'PUT', '/api/warning-rules/county.monthly_task', { enabled: true, config, version: current.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ enabled: true, version: 2, config });
    const [entry] = await audits('warning_rule.put');
    expect(entry).toMatchObject({ entity_type: 'warning_rule', entity_id: 'county.monthly_task', result: 'success' });
    expect(JSON.parse(entry!.before_json!)).toMatchObject({ enabled: false, version: 1 });
    expect(JSON.parse(entry!.after_json!)).toMatchObject({ enabled: true, version: 2, config });
  });

  it('answers a stale version with 409, changes nothing and audits the refusal', async () => {
    const before = await rule('county.monthly_task');
    const stale = await call(reviewer, 'PUT', '/api/warning-rules/county.monthly_task', { enabled: false, config: before.config as Json, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(await rule('county.monthly_task')).toEqual(before);
    const failed = await audits('PUT /api/warning-rules/:code');
    expect(failed.at(-1)).toMatchObject({ result: 'failed' });
  });

  it('refuses invalid configurations and unknown rules', async () => {
    const current = await rule('wuhan.progress_ratio');
    const duplicate = { kind: 'metric_threshold', metric: 'progress_ratio', thresholds: [{ colour: 'red', op: 'lt', value: '60' }, { colour: 'red', op: 'lt', value: '80' }] };
    expect((await call(reviewer, 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: true, config: duplicate, version: current.version })).status).toBe(400);
    const empty = { kind: 'metric_threshold', metric: 'progress_ratio', thresholds: [] };
    expect((await call(reviewer, 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: true, config: empty, version: current.version })).status).toBe(400);
    const unknownScope = { ...(current.config as Json), scope: { indicatorCodes: ['no_such_indicator'] } };
    const scoped = await call(reviewer, 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: true, config: unknownScope, version: current.version });
    expect(scoped.status).toBe(400);
    expect(scoped.body.code).toBe('UNKNOWN_INDICATOR');
    const tooLong = { kind: 'consecutive_months', condition: { kind: 'planned_not_started' }, thresholds: [{ colour: 'red', minMonths: 99 }] };
    expect((await call(reviewer, 'PUT', '/api/warning-rules/yinchuan.not_started', { enabled: true, config: tooLong, version: 1 })).status).toBe(400);
    expect((await call(reviewer, 'PUT', '/api/warning-rules/no.such.rule', { enabled: true, config: current.config as Json, version: 1 })).status).toBe(404);
    expect(await rule('wuhan.progress_ratio')).toEqual(current);
  });

  it('explains a refused configuration in words, in the caller\'s language', async () => {
    const current = await rule('wuhan.progress_ratio');
    const put = (config: Json, locale: string) =>
      call(reviewer, 'PUT', '/api/warning-rules/wuhan.progress_ratio', { enabled: true, config, version: current.version }, { 'accept-language': locale });
    const duplicate = { kind: 'metric_threshold', metric: 'progress_ratio', thresholds: [{ colour: 'red', op: 'lt', value: '60' }, { colour: 'red', op: 'lt', value: '80' }] };
    const messages = async (config: Json, locale: string) => {
      const refused = await put(config, locale);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      return (refused.body.details as Json[]).map((d) => [d.path, d.message]);
    };
    expect(await messages(duplicate, 'zh-CN')).toEqual([['body.config', '红牌设置了多次，每种牌只能设置一个档位']]);
    expect(await messages(duplicate, 'zh-TW')).toEqual([['body.config', '紅牌設定了多次，每種牌只能設定一個檔位']]);
    expect(await messages(duplicate, 'en')).toEqual([['body.config', 'The red card is set more than once; each card may have one threshold only']]);
    const empty = { kind: 'metric_threshold', metric: 'progress_ratio', thresholds: [] };
    expect(await messages(empty, 'zh-CN')).toEqual([['body.config', '至少需要设置一个预警档位']]);
    expect(await messages(empty, 'en')).toEqual([['body.config', 'Set at least one threshold']]);
    for (const [, message] of await messages(duplicate, 'zh-CN')) expect(String(message)).not.toContain('{');
    expect(await rule('wuhan.progress_ratio')).toEqual(current);
  });

  it('installs presets idempotently and never overwrites a configured rule', async () => {
    const before = await rules();
    await ensureWarningRules(t.database.db, t.clock);
    expect(await rules()).toEqual(before);
    await t.database.db.deleteFrom('warning_rules').where('code', '=', 'sanya.progress_ratio').execute();
    await ensureWarningRules(t.database.db, t.clock);
    const after = await rules();
    expect(after.map((r) => r.code).sort()).toEqual(before.map((r) => r.code).sort());
    expect(after.find((r) => r.code === 'county.monthly_task')).toMatchObject({ enabled: true, version: 2 });
  });

  it('brings a rule the city never changed up to the preset as shipped, and leaves a changed one alone', async () => {
    const db = t.database.db;
    // As installed before the major-project rule had an indicator set: no scope, version 1.
    const unscoped = JSON.stringify({ kind: 'metric_threshold', metric: 'progress_ratio', thresholds: [{ colour: 'red', op: 'lt', value: '60' }, { colour: 'yellow', op: 'lt', value: '80' }] });
    await db.updateTable('warning_rules').set({ config_json: unscoped, version: 1 }).where('code', '=', 'wuhan.progress_ratio').execute();
    await db.updateTable('warning_rules').set({ config_json: unscoped }).where('code', '=', 'county.monthly_task').execute();
    await ensureWarningRules(db, t.clock);
    expect(((await rule('wuhan.progress_ratio')).config as Json).scope).toEqual({ indicatorCodes: PROJECT_INDICATOR_SET });
    expect((await rule('wuhan.progress_ratio')).version).toBe(1);
    // county.monthly_task is at version 2 (changed by the city above): untouched.
    expect(JSON.stringify((await rule('county.monthly_task')).config)).toBe(unscoped);
  });

  it('accepts a ceiling rule and an indicator set for a rule', async () => {
    const current = await rule('targets.not_met');
    const config = { kind: 'consecutive_months', condition: { kind: 'target_not_met' }, thresholds: [{ colour: 'yellow', minMonths: 2 }], scope: { indicatorCodes: ['registered_unemployment_rate'] } };
    const saved = await call(reviewer, 'PUT', '/api/warning-rules/targets.not_met', { enabled: true, config, version: current.version });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ config, version: (current.version as number) + 1 });
  });
});
