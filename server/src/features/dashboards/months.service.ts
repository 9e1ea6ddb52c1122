// Which month the dashboards show (docs/DOMAIN.md "Which month the dashboards show"): every
// reporting month of the reader's city with its coverage — units approved, submitted, in all, and
// whether the bulletin is published — and the month to open on, in one answer (three queries).
import { defaultDashboardMonth, isReportingUnit, PUBLISHED_STATUSES, REPORTING_UNIT_KINDS, periodKey, type MonthCoverage } from '@hongtu/domain';
import type { DashboardMonths } from '@hongtu/contracts/dashboard-months';
import type { Db } from '../../db/database';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { rankingRoot } from './dashboards.queries';
import './bulletins.table';

/** Coverage counts the city's units: a district operator reads the city's progress as the reviewer does. */
export async function dashboardMonths(db: Db, ctx: RequestContext): Promise<DashboardMonths> {
  const actor = requireActor(ctx);
  const root = await rankingRoot(db, actor);
  const [units, periods, counts, published] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'kind']).where('path', 'like', `${root.path}%`).execute(),
    db.selectFrom('reporting_periods').select(['year', 'month']).orderBy('year', 'desc').orderBy('month', 'desc').execute(),
    db.selectFrom('submissions as s')
      .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select(['p.year', 'p.month', 's.status'])
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('o.path', 'like', `${root.path}%`)
      .where('o.kind', 'in', REPORTING_UNIT_KINDS)
      .where('s.status', 'in', [...PUBLISHED_STATUSES, 'submitted'])
      .groupBy(['p.year', 'p.month', 's.status'])
      .execute(),
    root.isCity
      ? db.selectFrom('published_bulletins').select('period_key').distinct().where('city_id', '=', root.id).execute()
      : Promise.resolve([]),
  ]);
  const total = units.filter((u) => isReportingUnit(u.kind)).length;
  const publishedKeys = new Set(published.map((p) => p.period_key));
  const byKey = new Map<string, { approved: number; submitted: number }>();
  for (const c of counts) {
    const key = periodKey({ year: c.year, month: c.month });
    const entry = byKey.get(key) ?? { approved: 0, submitted: 0 };
    if (c.status === 'submitted') entry.submitted += Number(c.n);
    else entry.approved += Number(c.n);
    byKey.set(key, entry);
  }
  const items: MonthCoverage[] = periods.map((p) => {
    const key = periodKey({ year: p.year, month: p.month });
    return { periodKey: key, ...(byKey.get(key) ?? { approved: 0, submitted: 0 }), total, published: publishedKeys.has(key) };
  });
  return { items, defaultPeriod: defaultDashboardMonth(items), reviewPeriod: defaultDashboardMonth(items, { includeUnapproved: true }) };
}
