import type { ReferenceFigure, ReferenceFigureList, MonthCrossCheck } from '@hongtu/contracts/reference-figures';
import { crossCheck, isUnitCode, parsePeriodKey, periodKey } from '@hongtu/domain';
import type { Locale } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { amountFromDb } from '../../db/amount-codec';
import type { Deps } from '../../platform/deps';
import { notFound } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope, pathInScope } from '../../platform/permissions/scope';

const LIST_LIMIT = 500;

function nameColumn(locale: Locale) {
  return locale === 'zh-TW' ? 'i.name_zh_tw' as const : locale === 'en' ? 'i.name_en' as const : 'i.name_zh_cn' as const;
}

function baseQuery(exec: Executor, locale: Locale) {
  return exec.selectFrom('reference_figures as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .innerJoin('indicators as i', 'i.id', 'r.indicator_id')
    .innerJoin('users as u', 'u.id', 'r.accepted_by')
    .selectAll('r')
    .select(['o.name as organisation_name', 'o.path as organisation_path', 'i.code as indicator_code', `${nameColumn(locale)} as indicator_name`, 'i.unit as indicator_unit', 'u.display_name as accepted_by_name']);
}

type Joined = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toReferenceFigure(r: Joined): ReferenceFigure {
  return {
    id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, periodKey: periodKey({ year: r.year, month: r.month }),
    indicatorCode: r.indicator_code, indicatorName: String(r.indicator_name), value: r.value, unit: r.unit, yoyPct: r.yoy_pct,
    comparator: r.comparator, kind: r.kind, figurePeriod: r.figure_period, documentId: r.document_id, documentTitle: r.document_title,
    figureId: r.figure_id, quote: r.quote, acceptedBy: r.accepted_by_name, acceptedAt: r.accepted_at,
  };
}

/** One reference figure by id, inside the reader's scope (404 outside it, like a missing one). */
export async function loadReferenceFigure(exec: Executor, ctx: RequestContext, id: number): Promise<ReferenceFigure> {
  const actor = requireActor(ctx);
  const row = await baseQuery(exec, ctx.locale).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  assertInScope(actor, row.organisation_path);
  return toReferenceFigure(row);
}

/** Lists and the month's cross-check, always inside the reader's organisation subtree (and read grants). */
export function createReferenceFiguresReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext, query: { organisationId?: number | undefined; periodKey?: string | undefined; figureId?: number | undefined }): Promise<ReferenceFigureList> {
      const actor = requireActor(ctx);
      let q = baseQuery(db, ctx.locale).where((eb) => pathInScope(eb, 'o.path', actor));
      if (query.organisationId !== undefined) q = q.where('r.organisation_id', '=', query.organisationId);
      if (query.figureId !== undefined) q = q.where('r.figure_id', '=', query.figureId);
      const period = query.periodKey ? parsePeriodKey(query.periodKey) : null;
      if (period) q = q.where('r.year', '=', period.year).where('r.month', '=', period.month);
      const rows = await q.orderBy('r.id', 'desc').limit(LIST_LIMIT).execute();
      return { items: rows.map(toReferenceFigure) };
    },

    /**
     * A district-month's reference figures, each compared with the submission's figure of its
     * indicator (packages/domain reference-figures.ts crossCheck). 404 outside the reader's scope.
     */
    async monthCrossCheck(ctx: RequestContext, key: string, organisationId: number): Promise<MonthCrossCheck> {
      const actor = requireActor(ctx);
      const organisation = await db.selectFrom('organisations').select(['id', 'path']).where('id', '=', organisationId).executeTakeFirst();
      if (!organisation) throw notFound();
      assertInScope(actor, organisation.path);
      const period = parsePeriodKey(key);
      if (!period) throw notFound();
      const rows = await baseQuery(db, ctx.locale).where('r.organisation_id', '=', organisationId)
        .where('r.year', '=', period.year).where('r.month', '=', period.month).orderBy('i.sort_order').orderBy('r.id').execute();
      const figures = rows.length === 0 ? [] : await db.selectFrom('figures as f')
        .innerJoin('submissions as s', 's.id', 'f.submission_id')
        .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
        .select(['f.indicator_id', 'f.ytd_value', 'f.reported_yoy'])
        .where('s.organisation_id', '=', organisationId).where('p.year', '=', period.year).where('p.month', '=', period.month)
        .where('f.indicator_id', 'in', rows.map((r) => r.indicator_id))
        .execute();
      const byIndicator = new Map(figures.map((f) => [f.indicator_id, f]));
      return {
        periodKey: key,
        organisationId,
        items: rows.flatMap((r) => {
          if (!isUnitCode(r.indicator_unit)) return [];
          const figure = byIndicator.get(r.indicator_id);
          const check = crossCheck(
            { value: r.value, unit: r.unit, yoyPct: r.yoy_pct, comparator: r.comparator },
            { value: figure ? amountFromDb(figure.ytd_value) : null, unit: r.indicator_unit, yoyPct: figure ? amountFromDb(figure.reported_yoy) : null },
          );
          return [{ reference: toReferenceFigure(r), status: check.status, value: check.value, growth: check.growth }];
        }),
      };
    },
  };
}
export type ReferenceFiguresReadModel = ReturnType<typeof createReferenceFiguresReadModel>;
