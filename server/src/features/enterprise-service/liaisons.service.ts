import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { LiaisonBoard, RecordVisit } from '@hongtu/contracts/enterprise-service';
import { daysSinceVisit, needsVisit, visitCutoff } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';
import { assertEnterpriseVisible, enterpriseSummaries } from '../enterprises/enterprises.public';
import { chinaToday } from './problems.read-model';
import { insertProblem } from './problems.service';

/** 一企一专人 and 千名干部进千企: liaisons of key enterprises, their visits, the enterprises not visited for N days. */
export function createLiaisonService({ db, clock, audit }: Deps) {
  return {
    /** Sets (or changes) the liaison cadre of an enterprise: an active user of the enterprise's district. */
    async setLiaison(ctx: RequestContext, body: { enterpriseId: number; userId: number; version?: number }) {
      await db.transaction().execute(async (trx) => {
        const enterprise = await assertEnterpriseVisible(ctx, trx, body.enterpriseId);
        const district = await trx.selectFrom('organisations').select('path').where('id', '=', enterprise.organisationId).executeTakeFirstOrThrow();
        const cadre = await trx.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .select(['u.id', 'u.display_name', 'u.status', 'o.path']).where('u.id', '=', body.userId).executeTakeFirst();
        if (!cadre || cadre.status !== 'active' || !cadre.path.startsWith(district.path)) {
          throw new AppError(422, 'ENTERPRISE_LIAISON_USER', {}, [{ path: 'userId', message: 'liaison' }]);
        }
        const at = clock.now().toISOString();
        const existing = await trx.selectFrom('enterprise_liaisons as l').leftJoin('users as u', 'u.id', 'l.user_id')
          .select(['l.id', 'l.version', 'u.display_name']).where('l.enterprise_id', '=', enterprise.id).executeTakeFirst();
        if (existing) {
          if (body.version !== existing.version) throw staleVersion();
          await trx.updateTable('enterprise_liaisons').set({ user_id: cadre.id, version: existing.version + 1, updated_at: at }).where('id', '=', existing.id).execute();
        } else {
          await trx.insertInto('enterprise_liaisons').values({
            enterprise_id: enterprise.id, organisation_id: enterprise.organisationId, user_id: cadre.id, last_visited_on: null, assigned_at: at, updated_at: at,
          }).execute();
        }
        await audit.append(trx, ctx, {
          action: AuditActions.enterpriseLiaisonSet, entityType: AuditEntityTypes.enterpriseLiaison, entityId: enterprise.id,
          ...(existing ? { before: { enterprise: enterprise.name, liaison: existing.display_name } } : {}),
          after: { enterprise: enterprise.name, liaison: cadre.display_name },
        });
      });
    },

    /** Records a visit and, in the same transaction, the problems the enterprise raised on it. */
    async recordVisit(ctx: RequestContext, body: RecordVisit) {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const enterprise = await assertEnterpriseVisible(ctx, trx, body.enterpriseId);
        const now = clock.now();
        const today = chinaToday(now);
        if (body.visitedOn > today) throw new AppError(422, 'ENTERPRISE_VISIT_DATE', { today }, [{ path: 'visitedOn', message: 'future' }]);
        const at = now.toISOString();
        const visit = await trx.insertInto('enterprise_visits').values({
          enterprise_id: enterprise.id, organisation_id: enterprise.organisationId, visited_on: body.visitedOn, visitor_id: actor.userId, summary: body.summary, created_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        const liaison = await trx.selectFrom('enterprise_liaisons').select(['id', 'last_visited_on']).where('enterprise_id', '=', enterprise.id).executeTakeFirst();
        if (liaison && (liaison.last_visited_on === null || liaison.last_visited_on < body.visitedOn)) {
          await trx.updateTable('enterprise_liaisons').set({ last_visited_on: body.visitedOn }).where('id', '=', liaison.id).execute();
        }
        await audit.append(trx, ctx, {
          action: AuditActions.enterpriseVisitRecord, entityType: AuditEntityTypes.enterpriseVisit, entityId: visit.id,
          after: { enterprise: enterprise.name, visitedOn: body.visitedOn, summary: body.summary, problems: body.problems.length },
        });
        const problemIds: number[] = [];
        for (const p of body.problems) {
          const made = await insertProblem(trx, ctx, {
            enterpriseId: enterprise.id, districtId: enterprise.organisationId, category: p.category, title: p.title, description: p.description,
            departmentId: p.departmentId, raisedVia: 'liaison', visitId: visit.id, now,
          });
          await audit.append(trx, ctx, {
            action: AuditActions.enterpriseProblemRaise, entityType: AuditEntityTypes.enterpriseProblem, entityId: made.id,
            after: { enterprise: enterprise.name, category: p.category, title: p.title, department: made.department, raisedVia: 'liaison', visit: visit.id, acknowledgeDueOn: made.acknowledgeDueOn, answerDueOn: made.answerDueOn },
          });
          problemIds.push(made.id);
        }
        return { id: visit.id, enterpriseId: enterprise.id, visitedOn: body.visitedOn, visitorName: actor.displayName, summary: body.summary, problemIds };
      });
    },

    /** The key enterprises in the reader's scope with their liaison and last visit; those not visited for N days first. */
    async board(ctx: RequestContext, query: { page: number; pageSize: number; gapDays: number; unvisited?: 'true' | 'false' }): Promise<LiaisonBoard> {
      const actor = requireActor(ctx);
      const today = chinaToday(clock.now());
      const cutoff = visitCutoff(today, query.gapDays);
      const base = db.selectFrom('enterprise_liaisons as l')
        .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
        .innerJoin('users as u', 'u.id', 'l.user_id')
        .where((eb) => pathInScope(eb, 'o.path', actor));
      const stale = base.where((eb) => eb.or([eb('l.last_visited_on', 'is', null), eb('l.last_visited_on', '<=', cutoff)]));
      const listed = query.unvisited === 'true' ? stale : base;
      const [total, unvisited] = await Promise.all([
        listed.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        stale.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const rows = await listed.select(['l.enterprise_id', 'l.user_id', 'l.last_visited_on', 'l.version', 'o.name as district_name', 'u.display_name'])
        .orderBy((eb) => eb.case().when('l.last_visited_on', 'is', null).then(0).else(1).end())
        .orderBy('l.last_visited_on').orderBy('l.enterprise_id')
        .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
      const ids = rows.map((r) => r.enterprise_id);
      const names = await enterpriseSummaries(db, ids);
      const visits = ids.length === 0 ? [] : await db.selectFrom('enterprise_visits').select((eb) => ['enterprise_id', eb.fn.countAll<number>().as('n')])
        .where('enterprise_id', 'in', ids).groupBy('enterprise_id').execute();
      const open = ids.length === 0 ? [] : await db.selectFrom('enterprise_problems').select((eb) => ['enterprise_id', eb.fn.countAll<number>().as('n')])
        .where('enterprise_id', 'in', ids).where('status', '!=', 'closed').groupBy('enterprise_id').execute();
      const visitCount = new Map(visits.map((v) => [v.enterprise_id, Number(v.n)]));
      const openCount = new Map(open.map((v) => [v.enterprise_id, Number(v.n)]));
      return {
        today, gapDays: query.gapDays, total: Number(total.n), unvisited: Number(unvisited.n),
        items: rows.map((r) => ({
          enterpriseId: r.enterprise_id, enterpriseName: names.get(r.enterprise_id)?.name ?? '', creditCode: names.get(r.enterprise_id)?.creditCode ?? '',
          districtName: r.district_name, liaisonUserId: r.user_id, liaisonName: r.display_name, lastVisitedOn: r.last_visited_on,
          daysSinceVisit: daysSinceVisit(r.last_visited_on, today), needsVisit: needsVisit(r.last_visited_on, today, query.gapDays),
          visits: visitCount.get(r.enterprise_id) ?? 0, openProblems: openCount.get(r.enterprise_id) ?? 0, version: r.version,
        })),
      };
    },

    /** The cadres a district may name as liaisons: active users of its own subtree. */
    /**
     * Who may be made a liaison: for an enterprise, the active users of the organisation serving it
     * (its district or zone; the city's own users for one the city serves) — setLiaison's own rule;
     * without one, the active users of the reader's subtree.
     */
    async cadres(ctx: RequestContext, enterpriseId?: number) {
      const actor = requireActor(ctx);
      let path = actor.organisationPath;
      if (enterpriseId !== undefined) {
        const enterprise = await assertEnterpriseVisible(ctx, db, enterpriseId);
        path = (await db.selectFrom('organisations').select('path').where('id', '=', enterprise.organisationId).executeTakeFirstOrThrow()).path;
      }
      const rows = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.id', 'u.display_name']).where('u.status', '=', 'active').where('o.path', 'like', `${path}%`)
        .orderBy('u.id').limit(500).execute();
      return { items: rows.map((r) => ({ id: r.id, name: r.display_name })) };
    },
  };
}
