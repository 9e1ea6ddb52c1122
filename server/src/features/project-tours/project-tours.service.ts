// Inspection tours 观摩拉练 (docs/DOMAIN.md "Major projects" → "Inspection tours"): each use case one
// transaction with its audit row. The city sets the tour and its judges, districts nominate their
// own projects, the city fixes the route, each judge scores the stops of his tour, the city closes it.
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { CreateTour, TourScoresInput } from '@hongtu/contracts/project-tours';
import { can, checkTourCriteria, parseTourScore, tenthsText, type TourStatus } from '@hongtu/domain';
import { isUniqueViolation } from '../../db/conflicts';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { visibleTour } from './project-tours.read-model';

const STATUS_ERROR: Record<TourStatus, 'TOUR_NOT_NOMINATING' | 'TOUR_NOT_SCORING' | 'TOUR_CLOSED'> = {
  nominating: 'TOUR_NOT_NOMINATING', scoring: 'TOUR_NOT_SCORING', closed: 'TOUR_CLOSED',
};

/** The tour as a writer sees it: readable to him (404 otherwise), in one of the statuses the step allows (409 otherwise). */
async function tourFor(db: Executor, actor: Actor, id: number, statuses: readonly TourStatus[]) {
  const tour = await visibleTour(db, actor, id);
  if (!statuses.includes(tour.status)) throw new AppError(409, tour.status === 'closed' ? 'TOUR_CLOSED' : STATUS_ERROR[statuses[0]!]);
  return tour;
}

export function createProjectTourService({ db, clock, audit }: Deps) {
  return {
    /** A tour of the city: name, date, criteria whose weights add up to 100, judges who may score. */
    async create(ctx: RequestContext, input: CreateTour): Promise<number> {
      const actor = requireActor(ctx);
      const criteria = input.criteria.map((c) => ({ name: toSimplified(c.name), weight: c.weight }));
      const issue = checkTourCriteria(criteria);
      if (issue !== null) throw new AppError(400, 'TOUR_CRITERIA', { total: 100 }, [{ path: 'criteria', message: 'TOUR_CRITERIA' }]);
      const judgeIds = [...new Set(input.judgeIds)];
      const at = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        if (judgeIds.length > 0) {
          const users = await trx.selectFrom('users').select(['id', 'role', 'status']).where('id', 'in', judgeIds).execute();
          const bad = judgeIds.findIndex((id) => { const u = users.find((x) => x.id === id); return !u || u.status !== 'active' || !can(u.role, 'tour.score'); });
          if (bad >= 0) throw new AppError(400, 'TOUR_JUDGE', {}, [{ path: `judgeIds.${bad}`, message: 'TOUR_JUDGE' }]);
        }
        const row = await trx.insertInto('project_tours').values({
          organisation_id: actor.organisationId, name: toSimplified(input.name), tour_date: input.tourDate, status: 'nominating',
          created_by: actor.userId, source_file: null, source_quote: null, demo_note: null, created_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('project_tour_criteria').values(criteria.map((c, i) => ({ tour_id: row.id, position: i + 1, name: c.name, weight: c.weight }))).execute();
        if (judgeIds.length > 0) await trx.insertInto('project_tour_judges').values(judgeIds.map((user_id) => ({ tour_id: row.id, user_id }))).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectTourCreate, entityType: AuditEntityTypes.projectTour, entityId: row.id,
          after: { name: input.name, tourDate: input.tourDate, criteria, judgeIds },
        });
        return row.id;
      });
    },

    /** A district nominates one of its own projects while the tour takes nominations. */
    async nominate(ctx: RequestContext, tourId: number, projectId: number): Promise<void> {
      const actor = requireActor(ctx);
      try {
        await db.transaction().execute(async (trx) => {
          await tourFor(trx, actor, tourId, ['nominating']);
          const project = await trx.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
            .select(['p.id', 'p.organisation_id', 'o.path']).where('p.id', '=', projectId).executeTakeFirst();
          if (!project || !isInOwnScope(actor, project.path)) throw outOfScope();
          const taken = await trx.selectFrom('project_tour_stops').select('id').where('tour_id', '=', tourId).where('project_id', '=', projectId).executeTakeFirst();
          if (taken) throw new AppError(409, 'TOUR_ALREADY_NOMINATED');
          const stop = await trx.insertInto('project_tour_stops').values({
            tour_id: tourId, project_id: projectId, organisation_id: project.organisation_id, position: null, nominated_by: actor.userId, nominated_at: clock.now().toISOString(), source_quote: null,
          }).returning('id').executeTakeFirstOrThrow();
          await audit.append(trx, ctx, {
            action: AuditActions.projectTourNominate, entityType: AuditEntityTypes.projectTour, entityId: tourId,
            after: { stopId: stop.id, projectId, organisationId: project.organisation_id },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError(409, 'TOUR_ALREADY_NOMINATED');
        throw error;
      }
    },

    /** The city fixes the route: the stops in visiting order; the tour then takes scores. A scored stop stays on it. */
    async fixRoute(ctx: RequestContext, tourId: number, stopIds: readonly number[]): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const tour = await tourFor(trx, actor, tourId, ['nominating', 'scoring']);
        const stops = await trx.selectFrom('project_tour_stops').select(['id', 'position']).where('tour_id', '=', tourId).execute();
        const bad = stopIds.findIndex((id, i) => !stops.some((s) => s.id === id) || stopIds.indexOf(id) !== i);
        if (bad >= 0) throw new AppError(400, 'TOUR_STOP_UNKNOWN', {}, [{ path: `stopIds.${bad}`, message: 'TOUR_STOP_UNKNOWN' }]);
        const scored = await trx.selectFrom('project_tour_scores').select('stop_id').distinct().where('tour_id', '=', tourId).execute();
        if (scored.some((s) => !stopIds.includes(s.stop_id))) throw new AppError(409, 'TOUR_STOP_SCORED');
        await trx.updateTable('project_tour_stops').set({ position: null }).where('tour_id', '=', tourId).execute();
        for (const [i, id] of stopIds.entries()) await trx.updateTable('project_tour_stops').set({ position: i + 1 }).where('id', '=', id).execute();
        await trx.updateTable('project_tours').set({ status: 'scoring', version: tour.version + 1, updated_at: clock.now().toISOString() }).where('id', '=', tourId).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectTourRoute, entityType: AuditEntityTypes.projectTour, entityId: tourId,
          before: { status: tour.status, route: stops.filter((s) => s.position !== null).sort((a, b) => a.position! - b.position!).map((s) => s.id) },
          after: { status: 'scoring', route: stopIds },
        });
      });
    },

    /**
     * A judge's scores of one stop of his tour: every criterion once, each within 0..its weight with
     * one decimal at most; scoring again replaces his earlier scores of the stop. Nothing is written on a refusal.
     */
    async score(ctx: RequestContext, tourId: number, stopId: number, input: TourScoresInput): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const tour = await tourFor(trx, actor, tourId, ['scoring']);
        if (!tour.judge) throw outOfScope();
        const stop = await trx.selectFrom('project_tour_stops').select(['id', 'position']).where('id', '=', stopId).where('tour_id', '=', tourId).executeTakeFirst();
        if (!stop || stop.position === null) throw outOfScope();
        const criteria = await trx.selectFrom('project_tour_criteria').selectAll().where('tour_id', '=', tourId).orderBy('position').execute();
        const tenths = input.scores.map((s, i) => {
          const criterion = criteria.find((c) => c.id === s.criterionId);
          if (!criterion || input.scores.findIndex((x) => x.criterionId === s.criterionId) !== i) {
            throw new AppError(400, 'TOUR_SCORES_INCOMPLETE', {}, [{ path: `scores.${i}.criterionId`, message: 'TOUR_SCORES_INCOMPLETE' }]);
          }
          const value = parseTourScore(s.score, criterion.weight);
          if (value === null) throw new AppError(400, 'TOUR_SCORE_RANGE', { criterion: criterion.name, weight: criterion.weight }, [{ path: `scores.${i}.score`, message: 'TOUR_SCORE_RANGE' }]);
          return { criterion, value };
        });
        if (tenths.length !== criteria.length) throw new AppError(400, 'TOUR_SCORES_INCOMPLETE', {}, [{ path: 'scores', message: 'TOUR_SCORES_INCOMPLETE' }]);
        const before = await trx.selectFrom('project_tour_scores').select(['criterion_id', 'tenths']).where('stop_id', '=', stopId).where('judge_id', '=', actor.userId).execute();
        await trx.deleteFrom('project_tour_scores').where('stop_id', '=', stopId).where('judge_id', '=', actor.userId).execute();
        const at = clock.now().toISOString();
        await trx.insertInto('project_tour_scores').values(tenths.map(({ criterion, value }) => ({
          tour_id: tourId, stop_id: stopId, judge_id: actor.userId, criterion_id: criterion.id, tenths: value, updated_at: at,
        }))).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectTourScore, entityType: AuditEntityTypes.projectTour, entityId: tourId,
          ...(before.length > 0 ? { before: { stopId, scores: Object.fromEntries(before.map((b) => [b.criterion_id, tenthsText(b.tenths)])) } } : {}),
          after: { stopId, scores: Object.fromEntries(tenths.map(({ criterion, value }) => [criterion.id, tenthsText(value)])) },
        });
      });
    },

    /** The city closes the tour: no more scores; every score and the districts' ranking become visible. */
    async close(ctx: RequestContext, tourId: number): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const tour = await tourFor(trx, actor, tourId, ['scoring']);
        await trx.updateTable('project_tours').set({ status: 'closed', version: tour.version + 1, updated_at: clock.now().toISOString() }).where('id', '=', tourId).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectTourClose, entityType: AuditEntityTypes.projectTour, entityId: tourId,
          before: { status: tour.status }, after: { status: 'closed' },
        });
      });
    },
  };
}
