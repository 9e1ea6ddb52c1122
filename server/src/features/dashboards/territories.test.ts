import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { overviewSchema, rankingSchema } from '@hongtu/contracts';
import { territoriesSchema } from '@hongtu/contracts/territories';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;
const FAI = 'fixed_asset_investment';

describeEachDialect('territorial scope', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};

  const call = async (who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: Json) => {
    const response = await t.app.inject({ method, url, headers: { cookie: cookies[who]! }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.body ? (response.json() as Json) : {} };
  };
  const averages = async () => {
    const { status, body } = await call('reviewer', 'GET', '/api/dashboard/overview?period=2026-02');
    expect(status).toBe(200);
    const overview = overviewSchema.parse(body);
    return { ...overview.averages.find((a) => a.indicatorCode === FAI)!, territory: overview.territory };
  };
  const ranking = async (who = 'reviewer') => {
    const { status, body } = await call(who, 'GET', `/api/dashboard/ranking?period=2026-02&indicator=${FAI}&measure=ytdValue`);
    expect(status).toBe(200);
    return rankingSchema.parse(body);
  };
  const rowOf = (r: Awaited<ReturnType<typeof ranking>>, code: string) => r.rows.find((x) => x.organisationId === org[code]);
  const overlapRows = async () => t.database.db.selectFrom('territory_overlaps').selectAll().execute();

  async function insertMonth(code: string, year: number, month: number, ytd: string) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', year).where('month', '=', month).executeTakeFirstOrThrow();
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', FAI).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status: 'approved', submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled(ytd), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['admin', 'reviewer', 'wuchang']) cookies[who] = await t.login(who);
    for (const code of ['420100', '420106', '420111', 'WH-DHGX', 'WH-JKQ']) org[code] = await t.orgId(code);
    for (const [year, month] of [[2025, 2], [2026, 2]]) expect((await call('reviewer', 'POST', '/api/periods', { year, month })).status).toBeLessThan(300);
    // 洪山区 50 (last year 40), 东湖高新区 40 (20), 武昌区 10 (10): Σ 100 on Σ 70.
    for (const [code, now, before] of [['420111', '50', '40'], ['WH-DHGX', '40', '20'], ['420106', '10', '10']] as const) {
      await insertMonth(code, 2026, 2, now);
      await insertMonth(code, 2025, 2, before);
    }
  });
  afterAll(() => t.close());

  describe('overlaps', () => {
    it('sums every unit while none overlaps, and says there is no city figure of its own', async () => {
      const a = await averages();
      expect(a).toMatchObject({ citySumYtd: '100', cityYoy: '42.857143', cityOwnYtd: null, cityOwnYoy: null });
      expect(a.territory).toEqual({ rankZonesSeparately: false, excludedFromCitySums: [] });
    });

    it('lets the administrator record that a zone is the same territory as a district (audited); the zone then counts once', async () => {
      const created = await call('admin', 'POST', '/api/territories/overlaps', { organisationId: org['WH-DHGX'], overlapsOrganisationId: org['420111'], kind: 'same_territory' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ organisationName: '东湖高新区', overlapsOrganisationName: '洪山区', kind: 'same_territory' });
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'territory.overlap_create').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ entity_type: 'organisation', entity_id: String(org['420100']) });
      // Σ 60 on Σ 50: 洪山区 and 武昌区; 东湖高新区 is still ranked on its own figure.
      const a = await averages();
      expect(a).toMatchObject({ citySumYtd: '60', cityYoy: '20' });
      expect(a.territory).toEqual({ rankZonesSeparately: false, excludedFromCitySums: [org['WH-DHGX']] });
      const r = await ranking();
      expect(r.average).toBe('30');
      expect(rowOf(r, 'WH-DHGX')).toMatchObject({ rank: 2, ytdValue: '40', rankPart: null });
      const listed = territoriesSchema.parse((await call('wuchang', 'GET', '/api/territories')).body);
      expect(listed.overlaps).toHaveLength(1);
      expect(listed.cityId).toBe(org['420100']);
      // The province's administrator is given the first city of his subtree.
      expect(territoriesSchema.parse((await call('admin', 'GET', '/api/territories')).body).cityId).toBe(org['420100']);
    });

    it('refuses an overlap of a unit with itself, with the city or the other way round, and anyone but the administrator; nothing changes', async () => {
      const before = await overlapRows();
      const self = await call('admin', 'POST', '/api/territories/overlaps', { organisationId: org['WH-JKQ'], overlapsOrganisationId: org['WH-JKQ'], kind: 'contains_part' });
      expect(self).toMatchObject({ status: 400, body: { code: 'TERRITORY_OVERLAP_INVALID' } });
      const city = await call('admin', 'POST', '/api/territories/overlaps', { organisationId: org['WH-JKQ'], overlapsOrganisationId: org['420100'], kind: 'contains_part' });
      expect(city.status).toBe(400);
      const reverse = await call('admin', 'POST', '/api/territories/overlaps', { organisationId: org['420111'], overlapsOrganisationId: org['WH-DHGX'], kind: 'contains_part' });
      expect(reverse.status).toBe(400);
      const badKind = await call('admin', 'POST', '/api/territories/overlaps', { organisationId: org['WH-JKQ'], overlapsOrganisationId: org['420106'], kind: 'nearby' });
      expect(badKind.status).toBe(400);
      const reviewer = await call('reviewer', 'POST', '/api/territories/overlaps', { organisationId: org['WH-JKQ'], overlapsOrganisationId: org['420106'], kind: 'contains_part' });
      expect(reviewer.status).toBe(403);
      expect(await overlapRows()).toEqual(before);
    });
  });

  describe('the city figure', () => {
    it('is the city\'s own figure when the city reports one, beside the computed sum of its units', async () => {
      await insertMonth('420100', 2026, 2, '120');
      await insertMonth('420100', 2025, 2, '100');
      const a = await averages();
      expect(a).toMatchObject({ cityOwnYtd: '120', cityOwnYoy: '20', citySumYtd: '60' });
      const r = await ranking();
      expect(r.cityOwnValue).toBe('120');
      expect(r.average).toBe('30');
      // The city organisation is not a row of the ranking.
      expect(r.rows.some((x) => x.organisationId === org['420100'])).toBe(false);
    });
  });

  describe('zones ranked apart', () => {
    it('ranks zones and districts in separate groups when the city says so (audited), and together again when not', async () => {
      const set = await call('admin', 'PUT', '/api/territories/settings', { cityId: org['420100'], rankZonesSeparately: true });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body).toMatchObject({ rankZonesSeparately: true });
      const r = await ranking();
      expect(rowOf(r, 'WH-DHGX')).toMatchObject({ rank: 1, rankPart: 'zone' });
      expect(rowOf(r, '420111')).toMatchObject({ rank: 1, rankPart: 'district' });
      expect(rowOf(r, '420106')).toMatchObject({ rank: 2, rankPart: 'district' });
      expect(r.territory?.rankZonesSeparately).toBe(true);
      // Districts first, then zones.
      const ranked = r.rows.filter((x) => x.rank !== null).map((x) => x.organisationId);
      expect(ranked).toEqual([org['420111'], org['420106'], org['WH-DHGX']]);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'territory.settings_update').execute();
      expect(audit).toHaveLength(1);
      const operator = await call('wuchang', 'PUT', '/api/territories/settings', { cityId: org['420100'], rankZonesSeparately: false });
      expect(operator.status).toBe(403);
      const notCity = await call('admin', 'PUT', '/api/territories/settings', { cityId: org['420106'], rankZonesSeparately: false });
      expect(notCity).toMatchObject({ status: 400, body: { code: 'TERRITORY_NOT_A_CITY' } });
      expect((await ranking()).territory?.rankZonesSeparately).toBe(true);
      await call('admin', 'PUT', '/api/territories/settings', { cityId: org['420100'], rankZonesSeparately: false });
      expect(rowOf(await ranking(), 'WH-DHGX')).toMatchObject({ rank: 2, rankPart: null });
    });
  });

  describe('removing an overlap', () => {
    it('counts the zone in the city\'s sums again', async () => {
      const [row] = await overlapRows();
      expect((await call('admin', 'DELETE', `/api/territories/overlaps/${row!.id}`)).status).toBe(204);
      expect(await averages()).toMatchObject({ citySumYtd: '100', cityYoy: '42.857143' });
      expect((await call('admin', 'DELETE', `/api/territories/overlaps/${row!.id}`)).status).toBe(404);
    });
  });
});
