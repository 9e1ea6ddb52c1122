import { afterAll, beforeAll, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { bulletinSchema } from '@hongtu/contracts/bulletins';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { bulletinChanges } from './bulletins.service';

type Json = Record<string, unknown>;
const FAI = 'fixed_asset_investment';

describeEachDialect('published bulletins', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};
  const figureIds: Record<string, number> = {};

  const call = async (who: string, method: 'GET' | 'POST', url: string) => {
    const response = await t.app.inject({ method, url, headers: { cookie: cookies[who]! } });
    return { status: response.statusCode, body: response.body ? (response.json() as Json) : {} };
  };
  const bulletin = async (who = 'reviewer') => {
    const { status, body } = await call(who, 'GET', '/api/bulletins/2026-02');
    expect(status, JSON.stringify(body)).toBe(200);
    return bulletinSchema.parse(body);
  };
  const ytdOf = (b: Awaited<ReturnType<typeof bulletin>>, code: string) =>
    b.overview.rows.find((r) => r.organisationId === org[code])?.cells.find((c) => c.indicatorCode === FAI)?.ytdValue;

  async function insertMonth(code: string, ytd: string) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', 2).executeTakeFirstOrThrow();
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', FAI).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status: 'approved', submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    figureIds[code] = (await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled(ytd), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).returning('id').executeTakeFirstOrThrow()).id;
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'wuchang']) cookies[who] = await t.login(who);
    for (const code of ['420106', '420102']) org[code] = await t.orgId(code);
    const opened = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie: cookies.reviewer! }, payload: { year: 2026, month: 2 } });
    expect(opened.statusCode).toBeLessThan(300);
    await insertMonth('420106', '10');
    await insertMonth('420102', '20');
  });
  afterAll(() => t.close());

  it('has no bulletin before the month is published', async () => {
    expect((await call('reviewer', 'GET', '/api/bulletins/2026-02')).status).toBe(404);
  });

  it('lets the city reviewer publish the month (audited), and a district operator not', async () => {
    expect((await call('wuchang', 'POST', '/api/bulletins/2026-02')).status).toBe(403);
    const published = await call('reviewer', 'POST', '/api/bulletins/2026-02');
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body.hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'bulletin.publish').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'reporting_period', entity_id: '2026-02' });
    const b = await bulletin();
    expect(b).toMatchObject({ periodKey: '2026-02', publication: 1, intact: true, hash: published.body.hash, publishedBy: '市发改委审核员' });
    expect(ytdOf(b, '420106')).toBe('10');
    expect(b.changes).toEqual([]);
  });

  it('serves the bulletin as published after a figure is revised, with what changed since', async () => {
    await t.database.db.updateTable('figures').set({ ytd_value: toScaled('30') }).where('id', '=', figureIds['420106']!).execute();
    const b = await bulletin();
    expect(ytdOf(b, '420106')).toBe('10');
    expect(b.changes).toContainEqual({ organisationId: org['420106'], organisationName: '武昌区', indicatorCode: FAI, field: 'ytdValue', published: '10', current: '30' });
    // Without targets or last year's figures the month ranks on growth, which neither unit has: only the amount moved.
    expect(b.changes).toHaveLength(1);
  });

  it('shows a district its own rows only', async () => {
    const b = await bulletin('wuchang');
    expect(b.overview.rows.map((r) => r.organisationId)).toEqual([org['420106']]);
    expect(b.changes.every((c) => c.organisationId === org['420106'])).toBe(true);
  });

  it('keeps the vintage the figure was published at, and names the one it has settled to since', async () => {
    const cellOf = (b: Awaited<ReturnType<typeof bulletin>>) => b.overview.rows.find((r) => r.organisationId === org['420106'])?.cells.find((c) => c.indicatorCode === FAI);
    await t.database.db.updateTable('figures').set({ vintage: 'verified' }).where('id', '=', figureIds['420106']!).execute();
    const b = await bulletin();
    expect(cellOf(b)?.vintage).toBe('flash');
    expect(b.changes).toContainEqual({ organisationId: org['420106'], organisationName: '武昌区', indicatorCode: FAI, field: 'vintage', published: 'flash', current: 'verified' });
    // A bulletin published before vintages were sent holds none: no change of vintage is made up for it.
    const published = { ...b.overview, rows: b.overview.rows.map((r) => ({ ...r, cells: r.cells.map(({ vintage: _vintage, ...c }) => c) })) };
    expect(bulletinChanges(published, b.overview).filter((c) => c.field === 'vintage')).toEqual([]);
  });

  it('says when the stored answer no longer matches its hash', async () => {
    const row = await t.database.db.selectFrom('published_bulletins').select(['id', 'body_json']).executeTakeFirstOrThrow();
    await t.database.db.updateTable('published_bulletins').set({ body_json: row.body_json.replace('"10"', '"11"') }).where('id', '=', row.id).execute();
    expect((await bulletin()).intact).toBe(false);
  });
});
