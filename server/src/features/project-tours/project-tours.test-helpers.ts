import { DEFAULT_TOUR_CRITERIA, type TourStatus } from '@hongtu/domain';
import type { TestApp } from '../../test/test-app';

/** Test support for tours: records written directly (the API is what the tests exercise). */

export interface TourFixture { id: number; criteria: number[]; stops: number[] }

/**
 * A tour of the city with the default criteria (30, 30, 20, 20), the given judges (user ids) and
 * stops at the given projects (on the route in that order unless `nominatedOnly`).
 */
export async function insertTour(t: TestApp, options: { status?: TourStatus; judges?: number[]; projects?: number[]; nominatedOnly?: boolean; name?: string } = {}): Promise<TourFixture> {
  const db = t.database.db;
  const city = await t.orgId('420100');
  const tour = await db.insertInto('project_tours').values({
    organisation_id: city, name: options.name ?? '测试观摩拉练', tour_date: '2026-02-16', status: options.status ?? 'scoring', created_by: null, source_file: null, source_quote: null, demo_note: null,
    created_at: '2026-02-01T00:00:00.000Z', updated_at: '2026-02-01T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  const criteria: number[] = [];
  for (const [i, c] of DEFAULT_TOUR_CRITERIA.entries()) {
    criteria.push((await db.insertInto('project_tour_criteria').values({ tour_id: tour.id, position: i + 1, name: c.name, weight: c.weight }).returning('id').executeTakeFirstOrThrow()).id);
  }
  for (const user_id of options.judges ?? []) await db.insertInto('project_tour_judges').values({ tour_id: tour.id, user_id }).execute();
  const stops: number[] = [];
  for (const [i, projectId] of (options.projects ?? []).entries()) {
    const project = await db.selectFrom('projects').select('organisation_id').where('id', '=', projectId).executeTakeFirstOrThrow();
    stops.push((await db.insertInto('project_tour_stops').values({
      tour_id: tour.id, project_id: projectId, organisation_id: project.organisation_id, position: options.nominatedOnly ? null : i + 1, nominated_by: null, nominated_at: '2026-02-02T00:00:00.000Z', source_quote: null,
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return { id: tour.id, criteria, stops };
}

/** A user's id by username. */
export async function userId(t: TestApp, username: string): Promise<number> {
  return (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/** Full marks but a little: a valid set of scores for the default criteria. */
export const scoresFor = (criteria: number[], values = ['27.5', '28', '18', '19.5']) => ({ scores: criteria.map((criterionId, i) => ({ criterionId, score: values[i]! })) });
