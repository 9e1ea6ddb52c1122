// Reading inspection tours 观摩拉练: every tour is the city's and open to those who work on projects,
// but a leader sees the tours he judges or that stop at a project he contacts (包联). On a tour a
// district sees the route and its own nominations; a judge his own scores; everyone every score and
// the districts ranked once the city has closed it.
import { TOUR_LIMITS, type JudgeCandidateList, type Tour, type TourList } from '@hongtu/contracts/project-tours';
import { PERMISSIONS, fixedText, rankTourDistricts, tenthsText, tourActions, tourStopResults, TOUR_RESULT_PLACES, can } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { outOfScope } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';

/** A leader's tours: those he judges or whose route stops at a project he contacts. */
function leaderTours(db: Executor, actor: Actor) {
  return db.selectFrom('project_tours as t').select('t.id').where((eb) => eb.or([
    eb.exists(eb.selectFrom('project_tour_judges as j').select('j.id').whereRef('j.tour_id', '=', 't.id').where('j.user_id', '=', actor.userId)),
    eb.exists(eb.selectFrom('project_tour_stops as s').innerJoin('projects as p', 'p.id', 's.project_id').select('s.id')
      .whereRef('s.tour_id', '=', 't.id').where('s.position', 'is not', null).where('p.contact_leader', '=', actor.displayName)),
  ]));
}

/** The tour if the user may read it (404 otherwise), with whether he is one of its judges. */
export async function visibleTour(db: Executor, actor: Actor, id: number) {
  let query = db.selectFrom('project_tours as t').innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .selectAll('t').select('o.name as organiser_name').where('t.id', '=', id);
  if (actor.role === 'leader') query = query.where('t.id', 'in', leaderTours(db, actor));
  const tour = await query.executeTakeFirst();
  if (!tour) throw outOfScope();
  const judge = await db.selectFrom('project_tour_judges').select('id').where('tour_id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  return { ...tour, judge: judge !== undefined };
}

export function createProjectToursReadModel({ db }: Deps) {
  return {
    /** Tours, latest first, a page at a time. */
    async list(ctx: RequestContext, page: { page: number; pageSize: number }): Promise<TourList> {
      const actor = requireActor(ctx);
      let query = db.selectFrom('project_tours as t');
      if (actor.role === 'leader') query = query.where('t.id', 'in', leaderTours(db, actor));
      const [{ n }] = [await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()];
      const rows = await query
        .select(['t.id', 't.name', 't.tour_date', 't.status'])
        .select((eb) => [
          eb.selectFrom('project_tour_stops as s').select((e) => e.fn.countAll().as('c')).whereRef('s.tour_id', '=', 't.id').where('s.position', 'is not', null).as('stops'),
          eb.selectFrom('project_tour_stops as s').innerJoin('projects as p', 'p.id', 's.project_id').select((e) => e.fn.countAll().as('c'))
            .whereRef('s.tour_id', '=', 't.id').where('s.position', 'is not', null).where('p.contact_leader', '=', actor.displayName).as('mine'),
        ])
        .orderBy('t.tour_date', 'desc').orderBy('t.id', 'desc')
        .limit(page.pageSize).offset((page.page - 1) * page.pageSize)
        .execute();
      return {
        total: Number(n),
        items: rows.map((r) => ({ id: r.id, name: r.name, tourDate: r.tour_date, status: r.status, stops: Number(r.stops ?? 0), mine: Number(r.mine ?? 0) > 0 })),
      };
    },

    /** Active accounts whose role may score, the city's first, for the tour form. */
    async judgeCandidates(): Promise<JudgeCandidateList> {
      const rows = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.id', 'u.display_name', 'u.role', 'o.name as organisation_name', 'o.path'])
        .where('u.status', '=', 'active').where('u.role', 'in', [...PERMISSIONS['tour.score']])
        .orderBy('o.path').orderBy('u.id').limit(TOUR_LIMITS.judgeCandidates).execute();
      return { items: rows.map((r) => ({ id: r.id, name: r.display_name, organisationName: r.organisation_name, role: r.role })) };
    },

    async get(ctx: RequestContext, id: number): Promise<Tour> {
      const actor = requireActor(ctx);
      const tour = await visibleTour(db, actor, id);
      const closed = tour.status === 'closed';
      const [criteria, judges, stops, scores] = await Promise.all([
        db.selectFrom('project_tour_criteria').select(['id', 'name', 'weight']).where('tour_id', '=', id).orderBy('position').execute(),
        db.selectFrom('project_tour_judges as j').innerJoin('users as u', 'u.id', 'j.user_id').select(['u.id', 'u.display_name']).where('j.tour_id', '=', id).orderBy('j.id').execute(),
        db.selectFrom('project_tour_stops as s').innerJoin('projects as p', 'p.id', 's.project_id').innerJoin('organisations as o', 'o.id', 's.organisation_id')
          .select(['s.id', 's.project_id', 'p.name as project_name', 's.organisation_id', 'o.name as organisation_name', 'o.path', 's.position', 'p.contact_leader', 's.source_quote'])
          .where('s.tour_id', '=', id).orderBy('s.position').orderBy('s.id').execute(),
        db.selectFrom('project_tour_scores as sc').innerJoin('users as u', 'u.id', 'sc.judge_id')
          .select(['sc.stop_id', 'sc.judge_id', 'u.display_name', 'sc.criterion_id', 'sc.tenths'])
          .where('sc.tour_id', '=', id)
          .$if(!closed, (q) => q.where('sc.judge_id', '=', actor.userId))
          .orderBy('sc.stop_id').orderBy('sc.judge_id').orderBy('sc.criterion_id').execute(),
      ]);
      // The route is everyone's; a nomination not (yet) on it only its district's and the city's.
      const visible = stops.filter((s) => s.position !== null || isInScope(actor, s.path))
        .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
      const route = stops.filter((s) => s.position !== null);
      const stopResults = closed
        ? tourStopResults(route.map((s) => ({ stopId: s.id, districtId: s.organisation_id })), criteria.map((c) => c.id),
          scores.map((s) => ({ stopId: s.stop_id, judgeId: s.judge_id, criterionId: s.criterion_id, tenths: s.tenths })))
        : [];
      const names = new Map(stops.map((s) => [s.organisation_id, s.organisation_name]));
      return {
        id: tour.id, name: tour.name, tourDate: tour.tour_date, status: tour.status, organiserName: tour.organiser_name,
        source: tour.source_file && tour.source_quote ? { file: tour.source_file, quote: tour.source_quote, note: tour.demo_note } : null,
        criteria, judges: judges.map((j) => ({ id: j.id, name: j.display_name })),
        stops: visible.map((s) => ({
          id: s.id, projectId: s.project_id, projectName: s.project_name, organisationId: s.organisation_id, organisationName: s.organisation_name,
          position: s.position, contactLeader: s.contact_leader, sourceQuote: s.source_quote,
          myScores: Object.fromEntries(scores.filter((x) => x.stop_id === s.id && x.judge_id === actor.userId).map((x) => [String(x.criterion_id), tenthsText(x.tenths)])),
        })),
        scores: closed ? scores.map((s) => ({ stopId: s.stop_id, judgeName: s.display_name, criterionId: s.criterion_id, score: tenthsText(s.tenths) })) : [],
        stopScores: Object.fromEntries(stopResults.map((r) => [String(r.stopId), fixedText(r.score, TOUR_RESULT_PLACES, true)])),
        results: closed ? rankTourDistricts(stopResults).map((r) => ({
          organisationId: r.districtId, organisationName: names.get(r.districtId) ?? '', stops: r.stops, scoredStops: r.scoredStops, score: r.published, rank: r.rank,
        })) : [],
        version: tour.version, updatedAt: tour.updated_at,
        actions: tourActions({ status: tour.status, city: can(actor.role, 'tour.manage'), operator: can(actor.role, 'tour.nominate'), judge: tour.judge && can(actor.role, 'tour.score') }),
      };
    },
  };
}
