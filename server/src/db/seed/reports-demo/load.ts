// The reports' demo: the months the seed-checked reports are made from, published as bulletins
// (reports are generated from published snapshots only). 武昌区's 2022 前三季度 report (seed 004)
// reads 2022-09 and compares with 2022-06 (较上半年) and 2022-08 (1-8月); its 2017 上半年 report
// (seed 002) reads 2017-06 and compares with 2017-03; the current year's last approved months let a
// demo user generate this year's reports too. Every one of these months is approved in the demo
// (indicator-demo DEMO_YEARS); a month the demo does not hold is left out.
import type { RequestContext } from '../../../platform/permissions/actor';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';
import { createBulletinService } from '../../../features/dashboards/dashboards.public';
import type { DatabaseHandle } from '../../connection';

export const DEMO_BULLETIN_MONTHS = ['2017-03', '2017-06', '2022-06', '2022-08', '2022-09', '2026-09', '2026-10'] as const;

/** Publishes the demo's bulletins as the city's reviewer; nothing when a bulletin is published already. Answers whether it loaded. */
export async function seedReportsDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db, dialect } = database;
  if (await db.selectFrom('published_bulletins').select('id').limit(1).executeTakeFirst()) return false;
  const reviewer = await db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'o.id as organisation_id', 'o.name as organisation_name', 'o.path'])
    .where('u.username', '=', 'reviewer').where('u.role', '=', 'city_reviewer').executeTakeFirst();
  if (!reviewer) return false;
  const ctx: RequestContext = {
    actor: {
      userId: reviewer.id, username: reviewer.username, displayName: reviewer.display_name, role: 'city_reviewer',
      organisationId: reviewer.organisation_id, organisationName: reviewer.organisation_name, organisationPath: reviewer.path,
      locale: 'zh-CN', sessionId: 'seed-reports-demo',
    },
    ip: '127.0.0.1', requestId: 'seed-reports-demo', locale: 'zh-CN', userAgent: null, audited: false,
  };
  const bulletins = createBulletinService({ db, clock, audit: new AuditTrail(db, dialect, clock) });
  let published = 0;
  for (const periodKey of DEMO_BULLETIN_MONTHS) {
    const [year, month] = periodKey.split('-').map(Number) as [number, number];
    const approved = await db.selectFrom('submissions as s').innerJoin('reporting_periods as p', 'p.id', 's.period_id')
      .select('s.id').where('p.year', '=', year).where('p.month', '=', month).where('s.status', '=', 'approved').limit(1).executeTakeFirst();
    if (!approved) continue;
    await bulletins.publish(ctx, periodKey);
    published++;
  }
  return published > 0;
}
