import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthCrossCheckSchema, referenceFigureListSchema, referenceFigureSchema } from '@hongtu/contracts/reference-figures';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertDocumentFigure, insertMonthFigure } from './reference-figures.test-helpers';

describeEachDialect('reference-figures (参考数据)', (dialect) => {
  let t: TestApp;
  let wuchang: number;
  let jiangan: number;
  let city: number;
  let reviewer: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    wuchang = await t.orgId('420106');
    jiangan = await t.orgId('420102');
    city = (await t.database.db.selectFrom('users').select('organisation_id').where('username', '=', 'reviewer').executeTakeFirstOrThrow()).organisation_id;
    reviewer = await t.login('reviewer');
    await insertMonthFigure(t.database.db, { organisationId: wuchang, year: 2031, month: 3, indicator: 'gdp', ytd: '356', yoy: '8.46' });
    await insertMonthFigure(t.database.db, { organisationId: wuchang, year: 2031, month: 3, indicator: 'fixed_asset_investment', ytd: '359.6' });
  });
  afterAll(() => t.close());

  const accept = async (payload: Record<string, unknown>, cookie = reviewer) => t.app.inject({ method: 'POST', url: '/api/reference-figures', payload, headers: { cookie } });
  const count = async () => Number((await t.database.db.selectFrom('reference_figures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const figureStatus = async (id: number) => (await t.database.db.selectFrom('document_figures').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  describe('accepting a document figure', () => {
    it('stores the figure as written as the district-month reference, marks the figure accepted and audits it; the review sees 360 亿元 against 356', async () => {
      const figureId = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2031-Q1', value: '360', unit: '亿元', yoyPct: '8.5' });
      const response = await accept({ figureId });
      expect(response.statusCode, response.body).toBe(201);
      const stored = referenceFigureSchema.parse(response.json());
      expect(stored).toMatchObject({ organisationId: wuchang, periodKey: '2031-03', indicatorCode: 'gdp', value: '360', unit: '亿元', yoyPct: '8.5', figureId, figurePeriod: '2031-Q1' });
      expect(stored.quote).toContain('360亿元');
      expect(await figureStatus(figureId)).toBe('accepted');
      const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'reference_figure.accept').where('entity_id', '=', String(stored.id)).execute();
      expect(audit).toHaveLength(1);

      const check = await t.app.inject({ method: 'GET', url: `/api/reference-figures/cross-check/2031-03/${wuchang}`, headers: { cookie: reviewer } });
      expect(check.statusCode, check.body).toBe(200);
      const item = monthCrossCheckSchema.parse(check.json()).items.find((i) => i.reference.id === stored.id)!;
      expect(item.status).toBe('differs');
      expect(item.value).toEqual({ status: 'differs', reference: '360', submitted: '356', difference: '-4' });
      expect(item.growth.status).toBe('agrees');
    });

    it('takes the reviewer\'s corrections: another indicator, month, value and unit (万元 converted exactly)', async () => {
      const figureId = await insertDocumentFigure(t.database.db, { organisationId: null, documentOrganisationId: city, indicatorMatched: false, indicator: '固投', period: '2031' });
      const response = await accept({ figureId, organisationId: wuchang, indicatorCode: 'fixed_asset_investment', periodKey: '2031-03', value: '3596000', unit: '万元', yoyPct: null });
      expect(response.statusCode, response.body).toBe(201);
      const check = monthCrossCheckSchema.parse((await t.app.inject({ method: 'GET', url: `/api/reference-figures/cross-check/2031-03/${wuchang}`, headers: { cookie: reviewer } })).json());
      const item = check.items.find((i) => i.reference.figureId === figureId)!;
      expect(item.value).toEqual({ status: 'agrees', reference: '3596000', submitted: '3596000', difference: '0' });
    });

    it('refuses a figure twice, a rejected one, a missing one, one without a district or with a unit of another kind, storing nothing', async () => {
      const twice = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2031-Q1' });
      expect((await accept({ figureId: twice })).statusCode).toBe(201);
      const before = await count();
      const again = await accept({ figureId: twice });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('REFERENCE_FIGURE_ALREADY_ACCEPTED');

      const rejected = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, status: 'rejected' });
      expect((await accept({ figureId: rejected })).json().code).toBe('REFERENCE_FIGURE_REJECTED');
      expect((await accept({ figureId: 99_999_999 })).statusCode).toBe(404);

      const noDistrict = await insertDocumentFigure(t.database.db, { organisationId: null, documentOrganisationId: city });
      const a = await accept({ figureId: noDistrict });
      expect(a.statusCode).toBe(422);
      expect(a.json().code).toBe('REFERENCE_FIGURE_NO_DISTRICT');
      const cityItself = await accept({ figureId: noDistrict, organisationId: city });
      expect(cityItself.json().code).toBe('REFERENCE_FIGURE_NO_DISTRICT');

      const households = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, value: '12', unit: '家' });
      const b = await accept({ figureId: households });
      expect(b.statusCode).toBe(422);
      expect(b.json().code).toBe('REFERENCE_FIGURE_UNIT_MISMATCH');
      const english = await t.app.inject({ method: 'POST', url: '/api/reference-figures', payload: { figureId: households }, headers: { cookie: reviewer, 'accept-language': 'en' } });
      expect(english.json().message).toBeTypeOf('string');

      const span = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2016..2020' });
      expect((await accept({ figureId: span })).json().code).toBe('REFERENCE_FIGURE_NO_PERIOD');

      const target = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2031-Q1', kind: 'target' });
      expect((await accept({ figureId: target })).json().code).toBe('REFERENCE_FIGURE_NOT_ACTUAL');
      const notDue = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2031-01..08' });
      const august = await accept({ figureId: notDue });
      expect(august.statusCode).toBe(422);
      expect(august.json().code).toBe('REFERENCE_FIGURE_NOT_DUE');

      expect(await count()).toBe(before);
      expect(await figureStatus(households)).toBe('extracted');
    });

    it('withdraws a reference figure accepted by mistake: the row goes, the figure is open again and may be accepted anew, the audit keeps it', async () => {
      const figureId = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: city, period: '2031-Q1' });
      const stored = referenceFigureSchema.parse((await accept({ figureId })).json());
      const gone = await t.app.inject({ method: 'DELETE', url: `/api/reference-figures/${stored.id}`, headers: { cookie: reviewer } });
      expect(gone.statusCode, gone.body).toBe(204);
      expect(await figureStatus(figureId)).toBe('extracted');
      expect(await t.database.db.selectFrom('reference_figures').select('id').where('id', '=', stored.id).executeTakeFirst()).toBeUndefined();
      const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', String(stored.id)).orderBy('id').execute();
      expect(audit.map((a) => a.action)).toEqual(['reference_figure.accept', 'reference_figure.withdraw']);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/reference-figures/${stored.id}`, headers: { cookie: reviewer } })).statusCode).toBe(404);
      expect((await accept({ figureId })).statusCode).toBe(201);
    });

    it('is the city\'s: a district operator may not accept a figure into its own data', async () => {
      const figureId = await insertDocumentFigure(t.database.db, { organisationId: wuchang, documentOrganisationId: wuchang });
      const response = await accept({ figureId }, await t.login('wuchang'));
      expect(response.statusCode).toBe(403);
      expect(await figureStatus(figureId)).toBe('extracted');
    });
  });

  describe('reading', () => {
    it('shows a district its own reference figures and the city all of them', async () => {
      const other = await insertDocumentFigure(t.database.db, { organisationId: jiangan, documentOrganisationId: city, period: '2031-Q1' });
      expect((await accept({ figureId: other })).statusCode).toBe(201);
      const list = async (user: string) => {
        const response = await t.app.inject({ method: 'GET', url: '/api/reference-figures?periodKey=2031-03', headers: { cookie: await t.login(user) } });
        expect(response.statusCode, response.body).toBe(200);
        return new Set(referenceFigureListSchema.parse(response.json()).items.map((i) => i.organisationId));
      };
      expect(await list('wuchang')).toEqual(new Set([wuchang]));
      const byFigure = await t.app.inject({ method: 'GET', url: `/api/reference-figures?figureId=${other}`, headers: { cookie: reviewer } });
      expect(referenceFigureListSchema.parse(byFigure.json()).items.map((i) => [i.figureId, i.organisationId])).toEqual([[other, jiangan]]);
      const hidden = await t.app.inject({ method: 'GET', url: `/api/reference-figures?figureId=${other}`, headers: { cookie: await t.login('wuchang') } });
      expect(referenceFigureListSchema.parse(hidden.json()).items).toEqual([]);
      expect(await list('reviewer')).toEqual(new Set([wuchang, jiangan]));
      const foreign = await t.app.inject({ method: 'GET', url: `/api/reference-figures/cross-check/2031-03/${jiangan}`, headers: { cookie: await t.login('wuchang') } });
      expect(foreign.statusCode).toBe(404);
    });
  });
});
