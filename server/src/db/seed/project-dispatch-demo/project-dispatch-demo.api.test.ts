// The dispatch demo as the city reviewer and the leader see it, on both databases: the schematic
// boundaries with their source, the demo year's projects on the map inside their districts, the
// documents' events with their quotes, and the leader's own projects.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectDashboardSchema, projectEventListSchema, projectMapSchema } from '@hongtu/contracts/project-dispatch';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { seedProjectsDemo } from '../projects-demo/load';
import { DOCUMENT_EVENTS } from './events';
import { SCHEMATIC_SOURCE } from './wuhan-schematic';

describeEachDialect('project dispatch demo', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedProjectsDemo(t.database, t.clock)).toBe(true);
  });
  afterAll(() => t.close());

  it('shows the schematic map, the events and the leader\'s projects', async () => {
    const get = async (url: string, user: string) => (await t.app.inject({ method: 'GET', url, headers: { cookie: await t.login(user) } })).json();
    const map = projectMapSchema.parse(await get('/api/project-dispatch/map?period=2026-10', 'reviewer'));
    expect(map.boundary).toMatchObject({ source: SCHEMATIC_SOURCE, unmatched: [] });
    expect(map.points).toHaveLength(4);
    expect(map.points.every((p) => p.inside === true)).toBe(true);

    const events = projectEventListSchema.parse(await get('/api/project-dispatch/events', 'reviewer'));
    expect(events.items).toHaveLength(DOCUMENT_EVENTS.length);
    expect(events.items.find((e) => e.organisationName === '蔡甸区')).toMatchObject({ kind: 'mass_start', projectCount: 6, totalInvestment: '280', source: { file: '000_0042b9a55ec5e1ea.txt' } });

    const board = projectDashboardSchema.parse(await get('/api/project-dispatch/dashboard?period=2026-10', 'leader'));
    expect(board.own.map((p) => p.name).sort()).toEqual(['二七滨江总部基地', '武昌滨江商务区数字产业园'].sort());
  });
});
