import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { commit, openPeriod, upload, workbook } from '../spreadsheets/spreadsheets.test-helpers';
import { DEFAULT_ALIASES, ensureIndicatorAliases } from './indicator-aliases.seed';

describeEachDialect('indicator aliases', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let operator: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
  });
  afterAll(() => t.close());

  const list = async (cookie = operator) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/indicator-aliases', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: { id: number; indicatorCode: string; alias: string; origin: string }[] }).items;
  };
  const create = (alias: string, indicatorCode = 'fixed_asset_investment', locale = 'zh-CN') =>
    t.app.inject({ method: 'POST', url: '/api/indicator-aliases', headers: { cookie: reviewer, 'accept-language': locale }, payload: { indicatorCode, alias } });
  const remove = (id: number) => t.app.inject({ method: 'DELETE', url: `/api/indicator-aliases/${id}`, headers: { cookie: reviewer } });
  const audits = (action: string) => t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
  const aliasRows = async () => Number((await t.database.db.selectFrom('indicator_aliases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('ships the aliases district files use, to every reader', async () => {
    const items = await list();
    const of = (alias: string) => items.find((i) => i.alias === alias);
    expect(of('固投')).toMatchObject({ indicatorCode: 'fixed_asset_investment', origin: 'default' });
    expect(of('全社会固定资产投资')).toMatchObject({ indicatorCode: 'fixed_asset_investment' });
    expect(of('社零')).toMatchObject({ indicatorCode: 'retail_sales' });
    expect(of('一般公共预算收入')).toMatchObject({ indicatorCode: 'general_budget_revenue' });
    expect(of('地方公共财政预算收入')).toMatchObject({ indicatorCode: 'general_budget_revenue' });
    expect(of('规上工业增加值')).toMatchObject({ indicatorCode: 'industrial_value_added' });
    expect(of('GDP')).toMatchObject({ indicatorCode: 'gdp' });
    expect(items.length).toBe(Object.values(DEFAULT_ALIASES).flat().length);
  });

  it('lets the city add an alias (audited), which the import then recognises', async () => {
    const created = await create('区属固定资产投资');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ indicatorCode: 'fixed_asset_investment', alias: '区属固定资产投资', origin: 'city' });
    const [row] = await audits('indicator_alias.create');
    expect(row).toMatchObject({ entity_type: 'indicator_alias', entity_id: String(created.json().id) });
    expect(JSON.parse(row!.after_json!)).toMatchObject({ alias: '区属固定资产投资', indicatorCode: 'fixed_asset_investment' });

    const org = await t.orgId('420106');
    const key = await openPeriod(t, 2071, 3);
    const file = await workbook([['指标名称', '本年累计', '同比增速（%）'], ['區屬固定資產投資', 120, null], ['社零', 80, null], ['GDP', 300, 5.2]]);
    const dry = await upload(t, operator, key, org, file);
    expect(dry.json()).toMatchObject({ rowsParsed: 3, problems: [] });
    const done = await commit(t, operator, dry.json().batchId);
    const codes = done.json().submission.figures.filter((f: { ytdValue: string | null }) => f.ytdValue !== null).map((f: { indicatorCode: string }) => f.indicatorCode).sort();
    expect(codes).toEqual(['fixed_asset_investment', 'gdp', 'retail_sales']);
  });

  it('refuses an alias that is already a name or an alias, or nothing once normalised, in the caller\'s language', async () => {
    const before = await aliasRows();
    const name = await create('地區生產總值');
    expect(name.statusCode).toBe(409);
    expect(name.json()).toMatchObject({ code: 'INDICATOR_ALIAS_TAKEN', message: '“地區生產總值”已是指标“地区生产总值”的名称或别名' });
    const alias = await create('  社零 ', 'gdp', 'en');
    expect(alias.statusCode).toBe(409);
    expect(alias.json()).toMatchObject({ code: 'INDICATOR_ALIAS_TAKEN', message: '"社零" is already a name or alias of the indicator "社会消费品零售总额"' });
    const blank = await create('（万元）');
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('INDICATOR_ALIAS_BLANK');
    const unknown = await create('某指标', 'no_such_indicator');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('UNKNOWN_INDICATOR');
    expect(await aliasRows()).toBe(before);
  });

  it('removes an alias (audited); a removed default is not installed again, and the city may add it back', async () => {
    const gu = (await list()).find((i) => i.alias === '固投')!;
    const removed = await remove(gu.id);
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await list()).some((i) => i.alias === '固投')).toBe(false);
    expect(JSON.parse((await audits('indicator_alias.delete'))[0]!.before_json!)).toMatchObject({ alias: '固投', origin: 'default' });
    expect((await remove(gu.id)).statusCode).toBe(404);

    await ensureIndicatorAliases(t.database.db, t.clock);
    expect((await list()).some((i) => i.alias === '固投')).toBe(false);
    const org = await t.orgId('420106');
    const key = await openPeriod(t, 2072, 3);
    const dry = await upload(t, operator, key, org, await workbook([['指标名称', '本年累计'], ['固投', 120]]));
    expect(dry.json().problems).toMatchObject([{ code: 'IMPORT_UNKNOWN_INDICATOR' }]);

    const again = await create('固投', 'industrial_investment');
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ id: gu.id, indicatorCode: 'industrial_investment', origin: 'city' });
  });

  it('refuses a district operator (403) and changes nothing', async () => {
    const before = await aliasRows();
    const response = await t.app.inject({ method: 'POST', url: '/api/indicator-aliases', headers: { cookie: operator }, payload: { indicatorCode: 'gdp', alias: '本区GDP' } });
    expect(response.statusCode).toBe(403);
    expect(await aliasRows()).toBe(before);
  });
});
