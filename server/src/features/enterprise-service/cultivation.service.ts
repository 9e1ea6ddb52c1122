import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { CandidateItem, CultivationBoard, SaveCandidate } from '@hongtu/contracts/enterprise-service';
import {
  CULTIVATION_GROUP_OF, CULTIVATION_KINDS, CULTIVATION_THRESHOLDS_WAN, CULTIVATION_THRESHOLD_SOURCE, compare, cultivationMayEnterMonth,
  cultivationPeriodMonths, cultivationStanding, cultivationTargetProgress, fixedText, isReportingUnit, toPlainString,
  type CultivationGroup, type CultivationKind, type CultivationTargetPeriod,
} from '@hongtu/domain';
import { amountFromDb, amountToDb, parseAmountInput } from '../../db/amount-codec';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope, pathInScope } from '../../platform/permissions/scope';
import { assertEnterpriseVisible, enterpriseSummaries } from '../enterprises/enterprises.public';
import type { CultivationCandidatesTable } from './enterprise-service.table';
import { chinaToday } from './problems.read-model';
import type { Selectable } from 'kysely';

type CandidateRow = Selectable<CultivationCandidatesTable> & { district_name: string };

/** A 进规 / 进限 candidate as the API shows it, its standing computed by the domain's rule. */
function toCandidate(r: CandidateRow, names: Map<number, { name: string }>): CandidateItem {
  const revenue = amountFromDb(r.revenue_wan)!;
  const standing = cultivationStanding(r.kind, revenue);
  return {
    id: r.id, enterpriseId: r.enterprise_id, enterpriseName: names.get(r.enterprise_id)?.name ?? '', districtId: r.organisation_id, districtName: r.district_name,
    kind: r.kind, group: CULTIVATION_GROUP_OF[r.kind], revenueWan: toPlainString(revenue), revenueMonth: r.revenue_month,
    thresholdWan: standing.thresholdWan, gapWan: toPlainString(standing.gapWan), shareOfThreshold: fixedText(standing.shareOfThreshold, 2, true),
    reached: standing.reached, mayEnterMonth: cultivationMayEnterMonth(r.revenue_month, standing.reached),
    expectedMonth: r.expected_month, enteredMonth: r.entered_month, version: r.version,
  };
}

const kindsOf = (group: CultivationGroup): CultivationKind[] => CULTIVATION_KINDS.filter((k) => CULTIVATION_GROUP_OF[k] === group);

/** Cultivation into 规上 / 限上: candidates kept by their district, targets set by the city. */
export function createCultivationService({ db, clock, audit }: Deps) {
  return {
    /** Records a candidate (or updates its revenue, kind and expected month). */
    async saveCandidate(ctx: RequestContext, body: SaveCandidate) {
      const revenue = parseAmountInput(body.revenueWan, 'revenueWan')!;
      if (revenue === null || compare(revenue, 0) < 0) throw new AppError(400, 'NUMBER_INVALID', { value: body.revenueWan.slice(0, 40) }, [{ path: 'revenueWan', message: 'NUMBER_INVALID' }]);
      return db.transaction().execute(async (trx) => {
        const enterprise = await assertEnterpriseVisible(ctx, trx, body.enterpriseId);
        const at = clock.now().toISOString();
        const existing = await trx.selectFrom('cultivation_candidates').selectAll().where('enterprise_id', '=', enterprise.id).executeTakeFirst();
        const values = { kind: body.kind, revenue_wan: amountToDb(revenue)!, revenue_month: body.revenueMonth, expected_month: body.expectedMonth, updated_at: at };
        let id: number;
        if (existing) {
          if (body.version !== existing.version) throw staleVersion();
          await trx.updateTable('cultivation_candidates').set({ ...values, version: existing.version + 1 }).where('id', '=', existing.id).execute();
          id = existing.id;
        } else {
          id = (await trx.insertInto('cultivation_candidates').values({
            ...values, enterprise_id: enterprise.id, organisation_id: enterprise.organisationId, entered_month: null, created_at: at,
          }).returning('id').executeTakeFirstOrThrow()).id;
        }
        await audit.append(trx, ctx, {
          action: AuditActions.cultivationCandidateSave, entityType: AuditEntityTypes.cultivationCandidate, entityId: id,
          ...(existing ? { before: { enterprise: enterprise.name, kind: existing.kind, revenueWan: toPlainString(amountFromDb(existing.revenue_wan)!), revenueMonth: existing.revenue_month } } : {}),
          after: { enterprise: enterprise.name, kind: body.kind, revenueWan: toPlainString(revenue), revenueMonth: body.revenueMonth, expectedMonth: body.expectedMonth },
        });
        return { id };
      });
    },

    /** Marks a candidate entered into the directory: only once its revenue reached the threshold, not before the month it may. */
    async enterCandidate(ctx: RequestContext, id: number, body: { version: number; enteredMonth: string }) {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('cultivation_candidates as c').innerJoin('organisations as o', 'o.id', 'c.organisation_id')
          .selectAll('c').select('o.path').where('c.id', '=', id).executeTakeFirst();
        if (!row || !isInOwnScope(actor, row.path)) throw outOfScope();
        if (row.version !== body.version) throw staleVersion();
        const revenue = amountFromDb(row.revenue_wan)!;
        const standing = cultivationStanding(row.kind, revenue);
        if (!standing.reached) throw new AppError(409, 'CULTIVATION_NOT_REACHED', { revenue: toPlainString(revenue), threshold: standing.thresholdWan });
        const earliest = cultivationMayEnterMonth(row.revenue_month, true)!;
        if (body.enteredMonth < earliest) throw new AppError(422, 'CULTIVATION_ENTER_MONTH', { month: earliest }, [{ path: 'enteredMonth', message: 'early' }]);
        await trx.updateTable('cultivation_candidates').set({ entered_month: body.enteredMonth, version: row.version + 1, updated_at: clock.now().toISOString() })
          .where('id', '=', row.id).execute();
        const names = await enterpriseSummaries(trx, [row.enterprise_id]);
        await audit.append(trx, ctx, {
          action: AuditActions.cultivationCandidateEnter, entityType: AuditEntityTypes.cultivationCandidate, entityId: row.id,
          before: { enterprise: names.get(row.enterprise_id)?.name ?? '', enteredMonth: row.entered_month },
          after: { enterprise: names.get(row.enterprise_id)?.name ?? '', enteredMonth: body.enteredMonth, kind: row.kind },
        });
      });
    },

    /** The city sets a district's target: at least N into 规上 (or 限上) in a quarter or the year. */
    async setTarget(ctx: RequestContext, body: { organisationId: number; year: number; period: CultivationTargetPeriod; group: CultivationGroup; target: number }) {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const org = await trx.selectFrom('organisations').select(['id', 'name', 'kind', 'path']).where('id', '=', body.organisationId).executeTakeFirst();
        if (!org || !isInOwnScope(actor, org.path)) throw outOfScope();
        if (!isReportingUnit(org.kind)) throw new AppError(422, 'CULTIVATION_TARGET_ORGANISATION', {}, [{ path: 'organisationId', message: 'kind' }]);
        const at = clock.now().toISOString();
        const existing = await trx.selectFrom('cultivation_targets').select(['id', 'target']).where('organisation_id', '=', org.id)
          .where('year', '=', body.year).where('period', '=', body.period).where('group_kind', '=', body.group).executeTakeFirst();
        if (existing) await trx.updateTable('cultivation_targets').set({ target: body.target, updated_at: at }).where('id', '=', existing.id).execute();
        else await trx.insertInto('cultivation_targets').values({ organisation_id: org.id, year: body.year, period: body.period, group_kind: body.group, target: body.target, updated_at: at }).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.cultivationTargetSet, entityType: AuditEntityTypes.cultivationTarget, entityId: org.id,
          ...(existing ? { before: { district: org.name, year: body.year, period: body.period, group: body.group, target: existing.target } } : {}),
          after: { district: org.name, year: body.year, period: body.period, group: body.group, target: body.target },
        });
      });
    },

    /** Candidates (paged) and the year's targets tracked against what has entered and against time progress. */
    async board(ctx: RequestContext, query: { page: number; pageSize: number; year?: number; group?: CultivationGroup }): Promise<CultivationBoard> {
      const actor = requireActor(ctx);
      const today = chinaToday(clock.now());
      const year = query.year ?? Number(today.slice(0, 4));
      const asOf = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
      let candidates = db.selectFrom('cultivation_candidates as c').innerJoin('organisations as o', 'o.id', 'c.organisation_id')
        .where((eb) => pathInScope(eb, 'o.path', actor));
      if (query.group) candidates = candidates.where('c.kind', 'in', kindsOf(query.group));
      const total = await candidates.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await candidates.selectAll('c').select('o.name as district_name')
        .orderBy('c.entered_month', 'desc').orderBy('c.revenue_wan', 'desc').orderBy('c.id')
        .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
      const names = await enterpriseSummaries(db, rows.map((r) => r.enterprise_id));

      const targets = await db.selectFrom('cultivation_targets as t').innerJoin('organisations as o', 'o.id', 't.organisation_id')
        .select(['t.id', 't.organisation_id', 'o.name', 't.year', 't.period', 't.group_kind', 't.target'])
        .where((eb) => pathInScope(eb, 'o.path', actor)).where('t.year', '=', year)
        .orderBy('o.code').orderBy('t.period').limit(500).execute();
      const entered = targets.length === 0 ? [] : await db.selectFrom('cultivation_candidates')
        .select(['organisation_id', 'kind', 'entered_month'])
        .where('organisation_id', 'in', [...new Set(targets.map((t) => t.organisation_id))])
        .where('entered_month', '>=', `${year}-01`).where('entered_month', '<=', `${year}-12`).execute();
      return {
        year,
        asOfMonth: today.slice(0, 7),
        thresholdSource: CULTIVATION_THRESHOLD_SOURCE,
        thresholds: { ...CULTIVATION_THRESHOLDS_WAN },
        candidates: { items: rows.map((r) => toCandidate(r, names)), total: Number(total.n) },
        targets: targets.map((t) => {
          const { first, last } = cultivationPeriodMonths(t.period);
          const completed = entered.filter((e) => e.organisation_id === t.organisation_id && CULTIVATION_GROUP_OF[e.kind] === t.group_kind
            && Number(e.entered_month!.slice(5, 7)) >= first && Number(e.entered_month!.slice(5, 7)) <= last).length;
          const p = cultivationTargetProgress({ year, period: t.period, target: t.target, completed, asOf });
          return {
            id: t.id, districtId: t.organisation_id, districtName: t.name, year: t.year, period: t.period, group: t.group_kind, target: t.target,
            completed, completion: fixedText(p.completion, 2, true), timeProgress: fixedText(p.timeProgress, 2, true), status: p.status,
          };
        }),
      };
    },
  };
}
