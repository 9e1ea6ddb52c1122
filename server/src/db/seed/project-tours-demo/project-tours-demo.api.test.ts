// The tours' demo as users see it, on both databases: seed 000's city tour, closed, its two stops
// with their sentences, the illustrative scores labelled, and 江夏区 ranked by the mean of its stops.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tourListSchema, tourSchema } from '@hongtu/contracts/project-tours';
import { describeEachDialect } from '../../../test/dialects';
import { buildTestApp, type TestApp } from '../../../test/test-app';
import { seedProjectsDemo } from '../projects-demo/load';
import { DEMO_TOUR } from './tour';

describeEachDialect('project tours demo', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    expect(await seedProjectsDemo(t.database, t.clock)).toBe(true);
  });
  afterAll(() => t.close());

  it('shows seed 000\'s tour with its cited stops and the district ranked from the illustrative scores', async () => {
    const get = async (url: string, user: string) => (await t.app.inject({ method: 'GET', url, headers: { cookie: await t.login(user) } })).json();
    const list = tourListSchema.parse(await get('/api/project-tours', 'wuchang'));
    const item = list.items.find((i) => i.name === DEMO_TOUR.name)!;
    expect(item).toMatchObject({ tourDate: '2019-02-16', status: 'closed', stops: 2 });
    const tour = tourSchema.parse(await get(`/api/project-tours/${item.id}`, 'wuchang'));
    expect(tour.source).toEqual({ file: DEMO_TOUR.file, quote: DEMO_TOUR.quote, note: DEMO_TOUR.note });
    expect(tour.stops.map((s) => [s.position, s.projectName, s.sourceQuote])).toEqual(DEMO_TOUR.stops.map((s, i) => [i + 1, s.projectName, s.quote]));
    // Stop 1: 90 and 91.5 → 90.75; stop 2: 77 and 79.5 → 78.25; 江夏区: 84.5.
    expect(Object.values(tour.stopScores).sort()).toEqual(['78.25', '90.75']);
    expect(tour.results).toEqual([{ organisationId: tour.stops[0]!.organisationId, organisationName: '江夏区', stops: 2, scoredStops: 2, score: '84.50', rank: 1 }]);
    expect(tour.scores).toHaveLength(2 * 2 * 4);
  });
});
