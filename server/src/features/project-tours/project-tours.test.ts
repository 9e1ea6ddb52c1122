// Inspection tours through the HTTP API on both databases: the city sets a tour, districts nominate
// their own projects (and see only their own nominations), the city fixes the route, judges score
// within each criterion's range (a judge sees only his own scores until the tour is closed, a user
// who is no judge of the tour cannot score it), and once closed the districts are ranked exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tourListSchema, tourSchema, type Tour } from '@hongtu/contracts/project-tours';
import { snapshotDatabase } from '../../test/db-snapshot';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertProject } from '../projects/projects.test-helpers';
import { insertTour, scoresFor, userId } from './project-tours.test-helpers';

type Json = Record<string, unknown>;

describeEachDialect('inspection tours (观摩拉练)', (dialect) => {
  let t: TestApp;
  const cookies = new Map<string, string>();
  const as = async (user: string) => {
    if (!cookies.has(user)) cookies.set(user, await t.login(user));
    return cookies.get(user)!;
  };
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, user: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url, headers: { cookie: await as(user), 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const tour = async (id: number, user: string): Promise<Tour> => {
    const { status, body } = await send('GET', `/api/project-tours/${id}`, user);
    expect(status, JSON.stringify(body)).toBe(200);
    return tourSchema.parse(body);
  };
  /** A refusal with its status and code, and nothing written but the refusal's own audit row. */
  const refused = async (request: () => Promise<{ status: number; body: Json }>, status: number, code: string) => {
    const kind = status === 404 || status === 403 ? 'denied' : 'failed';
    const before = await snapshotDatabase(t.database.db, kind);
    const { status: got, body } = await request();
    expect(got, JSON.stringify(body)).toBe(status);
    expect(body.code).toBe(code);
    expect(await snapshotDatabase(t.database.db, kind)).toBe(before);
    return body;
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  describe('a tour from its setting to its ranking', () => {
    let id: number;
    const projects: Record<string, number> = {};

    it('is set by the city with its criteria and judges, and audited', async () => {
      const judges = [await userId(t, 'reviewer'), await userId(t, 'leader'), await userId(t, 'wuchang')];
      const { status, body } = await send('POST', '/api/project-tours', 'reviewer', {
        name: '一季度重大項目現場拉練', tourDate: '2026-02-16', judgeIds: judges,
        criteria: [{ name: '投资强度', weight: 30 }, { name: '形象进度', weight: 30 }, { name: '科技含量', weight: 20 }, { name: '带动效应', weight: 20 }],
      });
      expect(status, JSON.stringify(body)).toBe(201);
      const created = tourSchema.parse(body);
      id = created.id;
      // Traditional characters are kept in Simplified form.
      expect(created).toMatchObject({ name: '一季度重大项目现场拉练', status: 'nominating', actions: { manage: true, nominate: false, score: false } });
      expect(created.criteria.map((c) => [c.name, c.weight])).toEqual([['投资强度', 30], ['形象进度', 30], ['科技含量', 20], ['带动效应', 20]]);
      expect(created.judges.map((j) => j.id)).toEqual(judges);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'project_tour.create').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json!)).toMatchObject({ tourDate: '2026-02-16', judgeIds: judges });
    });

    it('refuses criteria that do not add up to 100, writing nothing', async () => {
      const body = await refused(() => send('POST', '/api/project-tours', 'reviewer', { name: '坏的拉练', tourDate: '2026-02-16', criteria: [{ name: '投资强度', weight: 30 }, { name: '形象进度', weight: 30 }] }, 'en'), 400, 'TOUR_CRITERIA');
      expect(body.message).toContain('adding up to 100');
    });

    it('takes each district\'s nominations of its own projects, each seen by its district and the city only', async () => {
      projects.wuchangA = await insertProject(t, '420106', { name: '武昌观摩项目甲' });
      projects.wuchangB = await insertProject(t, '420106', { name: '武昌观摩项目乙' });
      projects.jiangan = await insertProject(t, '420102', { name: '江岸观摩项目' });
      for (const [user, project] of [['wuchang', projects.wuchangA], ['wuchang', projects.wuchangB], ['jiangan', projects.jiangan]] as const) {
        const { status, body } = await send('POST', `/api/project-tours/${id}/nominations`, user, { projectId: project });
        expect(status, JSON.stringify(body)).toBe(201);
      }
      expect((await tour(id, 'wuchang')).stops.map((s) => s.projectName)).toEqual(['武昌观摩项目甲', '武昌观摩项目乙']);
      expect((await tour(id, 'jiangan')).stops.map((s) => s.projectName)).toEqual(['江岸观摩项目']);
      expect((await tour(id, 'reviewer')).stops).toHaveLength(3);
    });

    it('refuses another district\'s project as if it did not exist, and a second nomination', async () => {
      await refused(() => send('POST', `/api/project-tours/${id}/nominations`, 'wuchang', { projectId: projects.jiangan! }), 404, 'NOT_FOUND');
      await refused(() => send('POST', `/api/project-tours/${id}/nominations`, 'wuchang', { projectId: projects.wuchangA! }), 409, 'TOUR_ALREADY_NOMINATED');
    });

    it('lets the city fix the route, which every district then sees', async () => {
      const all = await tour(id, 'reviewer');
      const stop = (name: string) => all.stops.find((s) => s.projectName === name)!.id;
      const route = [stop('江岸观摩项目'), stop('武昌观摩项目甲'), stop('武昌观摩项目乙')];
      const { status, body } = await send('PUT', `/api/project-tours/${id}/route`, 'reviewer', { stopIds: route });
      expect(status, JSON.stringify(body)).toBe(200);
      expect(tourSchema.parse(body).status).toBe('scoring');
      const seen = await tour(id, 'wuchang');
      expect(seen.stops.map((s) => [s.position, s.projectName])).toEqual([[1, '江岸观摩项目'], [2, '武昌观摩项目甲'], [3, '武昌观摩项目乙']]);
      expect(seen.actions).toMatchObject({ score: true, nominate: false });
      const late = await insertProject(t, '420106');
      await refused(() => send('POST', `/api/project-tours/${id}/nominations`, 'wuchang', { projectId: late }), 409, 'TOUR_NOT_NOMINATING');
    });

    it('takes each judge\'s scores within range, shows a judge only his own, refuses a score out of range in the judge\'s language', async () => {
      const view = await tour(id, 'reviewer');
      const [jiangan, wuchangA, wuchangB] = view.stops.map((s) => s.id);
      const criteria = view.criteria.map((c) => c.id);
      const score = async (user: string, stop: number, values: string[]) => {
        const { status, body } = await send('PUT', `/api/project-tours/${id}/stops/${stop}/scores`, user, scoresFor(criteria, values));
        expect(status, JSON.stringify(body)).toBe(200);
      };
      // 江岸: 85 and 86 → 85.5. 武昌: stop 甲 90 and 80 → 85; stop 乙 86 and 85.1 → 85.55; district 85.275 → 85.28.
      await score('reviewer', jiangan!, ['25', '30', '15', '15']);
      await score('leader', jiangan!, ['26', '30', '15', '15']);
      await score('reviewer', wuchangA!, ['30', '30', '15', '15']);
      await score('leader', wuchangA!, ['20', '30', '15', '15']);
      await score('reviewer', wuchangB!, ['26', '30', '15', '15']);
      await score('leader', wuchangB!, ['25.1', '30', '15', '15']);
      // The reviewer's first scores of 甲 replaced: he scores again.
      await score('reviewer', wuchangA!, ['30', '30', '15', '15']);

      const leaderView = await tour(id, 'leader');
      expect(leaderView.stops.find((s) => s.id === wuchangB)!.myScores).toEqual(Object.fromEntries(criteria.map((c, i) => [String(c), ['25.1', '30', '15', '15'][i]])));
      expect(leaderView.scores).toEqual([]);
      expect(leaderView.results).toEqual([]);
      // A judge of the tour who has not scored sees no one else's scores either.
      expect((await tour(id, 'wuchang')).stops.every((s) => Object.keys(s.myScores).length === 0)).toBe(true);

      const body = await refused(() => send('PUT', `/api/project-tours/${id}/stops/${jiangan}/scores`, 'wuchang', scoresFor(criteria, ['31', '30', '15', '15']), 'zh-TW'), 400, 'TOUR_SCORE_RANGE');
      expect(body.message).toBe('「投资强度」的得分須在0至30分之間，最多一位小數');
      await refused(() => send('PUT', `/api/project-tours/${id}/stops/${jiangan}/scores`, 'wuchang', scoresFor(criteria, ['12.25', '30', '15', '15'])), 400, 'TOUR_SCORE_RANGE');
      await refused(() => send('PUT', `/api/project-tours/${id}/stops/${jiangan}/scores`, 'wuchang', scoresFor(criteria.slice(0, 3))), 400, 'TOUR_SCORES_INCOMPLETE');
    });

    it('lets no one who is not a judge of the tour score it, nor a judge score a stop of another tour', async () => {
      const view = await tour(id, 'reviewer');
      const criteria = view.criteria.map((c) => c.id);
      // 江岸区's operator is no judge of this tour.
      await refused(() => send('PUT', `/api/project-tours/${id}/stops/${view.stops[0]!.id}/scores`, 'jiangan', scoresFor(criteria)), 404, 'NOT_FOUND');
      // 武昌区's operator judges this tour, not another one: that tour's stop is out of his reach.
      const other = await insertTour(t, { judges: [await userId(t, 'reviewer')], projects: [await insertProject(t, '420106')] });
      await refused(() => send('PUT', `/api/project-tours/${other.id}/stops/${other.stops[0]}/scores`, 'wuchang', scoresFor(other.criteria)), 404, 'NOT_FOUND');
      // Nor a stop of another tour through his own.
      await refused(() => send('PUT', `/api/project-tours/${id}/stops/${other.stops[0]}/scores`, 'wuchang', scoresFor(criteria)), 404, 'NOT_FOUND');
    });

    it('once closed, shows every score and ranks the districts by the mean of their stops, exactly', async () => {
      const { status, body } = await send('POST', `/api/project-tours/${id}/close`, 'reviewer');
      expect(status, JSON.stringify(body)).toBe(200);
      const closed = await tour(id, 'jiangan');
      expect(closed.status).toBe('closed');
      expect(closed.scores).toHaveLength(6 * 4);
      expect(closed.results.map((r) => [r.organisationName, r.score, r.rank, r.scoredStops])).toEqual([['江岸区', '85.50', 1, 1], ['武昌区', '85.28', 2, 2]]);
      expect(Object.values(closed.stopScores).sort()).toEqual(['85.00', '85.50', '85.55']);
      const view = await tour(id, 'reviewer');
      await refused(() => send('PUT', `/api/project-tours/${id}/stops/${view.stops[0]!.id}/scores`, 'reviewer', scoresFor(view.criteria.map((c) => c.id))), 409, 'TOUR_CLOSED');
    });
  });

  describe('the list', () => {
    it('pages the tours, latest first, and shows a leader only the tours of his projects or that he judges', async () => {
      const mine = await insertTour(t, { name: '领导包联项目的拉练', projects: [await insertProject(t, '420106', { contact_leader: '市领导' })] });
      const notMine = await insertTour(t, { name: '其他拉练', projects: [await insertProject(t, '420106')] });
      const list = async (user: string, query = '') => {
        const { status, body } = await send('GET', `/api/project-tours${query}`, user);
        expect(status, JSON.stringify(body)).toBe(200);
        return tourListSchema.parse(body);
      };
      const leader = await list('leader');
      expect(leader.items.map((i) => i.id)).toContain(mine.id);
      expect(leader.items.map((i) => i.id)).not.toContain(notMine.id);
      expect(leader.items.find((i) => i.id === mine.id)!.mine).toBe(true);
      expect((await send('GET', `/api/project-tours/${notMine.id}`, 'leader')).status).toBe(404);
      const all = await list('wuchang', '?pageSize=1');
      expect(all.items).toHaveLength(1);
      expect(all.total).toBeGreaterThanOrEqual(3);
      expect((await send('GET', '/api/project-tours?pageSize=1000', 'wuchang')).status).toBe(400);
    });
  });
});
