// The tours' demo: seed 000's city tour, closed, with its two cited stops and illustrative scores.
// Runs inside the major-projects demo's transaction (its audit row counts it).
import { parseTourScore } from '@hongtu/domain';
import type { Executor } from '../../database';
import { DEMO_TOUR } from './tour';

export async function seedProjectToursDemo(trx: Executor, organisationIds: ReadonlyMap<string, number>, now: string): Promise<{ tours: number; tourStops: number }> {
  const city = organisationIds.get('420100');
  if (city === undefined) return { tours: 0, tourStops: 0 };
  const projects = await trx.selectFrom('projects').select(['id', 'name', 'organisation_id'])
    .where('name', 'in', DEMO_TOUR.stops.map((s) => s.projectName)).where('source', '=', 'document').execute();
  const stops = DEMO_TOUR.stops.map((s) => ({ ...s, project: projects.find((p) => p.name === s.projectName) })).filter((s) => s.project !== undefined);
  if (stops.length === 0) return { tours: 0, tourStops: 0 };
  const tour = await trx.insertInto('project_tours').values({
    organisation_id: city, name: DEMO_TOUR.name, tour_date: DEMO_TOUR.tourDate, status: 'closed', created_by: null,
    source_file: DEMO_TOUR.file, source_quote: DEMO_TOUR.quote, demo_note: DEMO_TOUR.note, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  const criteria: { id: number; weight: number }[] = [];
  for (const [i, c] of DEMO_TOUR.criteria.entries()) {
    criteria.push({ id: (await trx.insertInto('project_tour_criteria').values({ tour_id: tour.id, position: i + 1, name: c.name, weight: c.weight }).returning('id').executeTakeFirstOrThrow()).id, weight: c.weight });
  }
  const stopIds: number[] = [];
  for (const [i, s] of stops.entries()) {
    stopIds.push((await trx.insertInto('project_tour_stops').values({
      tour_id: tour.id, project_id: s.project!.id, organisation_id: s.project!.organisation_id, position: i + 1, nominated_by: null, nominated_at: now, source_quote: s.quote,
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  const judges = await trx.selectFrom('users').select(['id', 'username']).where('username', 'in', [...DEMO_TOUR.judges]).execute();
  for (const judge of judges) {
    await trx.insertInto('project_tour_judges').values({ tour_id: tour.id, user_id: judge.id }).execute();
    const byStop = DEMO_TOUR.scores[judge.username as keyof typeof DEMO_TOUR.scores];
    for (const [i, stopId] of stopIds.entries()) {
      const typed = byStop[i]!;
      await trx.insertInto('project_tour_scores').values(criteria.map((c, k) => ({
        tour_id: tour.id, stop_id: stopId, judge_id: judge.id, criterion_id: c.id, tenths: parseTourScore(typed[k]!, c.weight)!, updated_at: now,
      }))).execute();
    }
  }
  return { tours: 1, tourStops: stopIds.length };
}
