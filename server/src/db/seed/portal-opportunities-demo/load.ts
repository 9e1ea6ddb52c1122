import { REPORTING_UNIT_KINDS } from '@hongtu/domain';
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { DatabaseHandle } from '../../connection';
import type { Clock } from '../../../platform/clock';
import { AuditTrail } from '../../../platform/audit/audit-trail';

/**
 * The portal's demo opportunities, published by the city: a few of the demo's major projects
 * (their public facts only) and three land parcels, marked illustrative (made up for the demo).
 * Does nothing when opportunities exist or the projects' demo is not loaded.
 */
export async function seedPortalOpportunitiesDemo(database: DatabaseHandle, clock: Clock): Promise<boolean> {
  const { db } = database;
  if (await db.selectFrom('portal_opportunities').select('id').limit(1).executeTakeFirst()) return false;
  const projects = await db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.industry', 'p.organisation_id', 'o.name as district_name'])
    .where('o.kind', 'in', REPORTING_UNIT_KINDS).orderBy('p.total_investment', 'desc').orderBy('p.id').limit(3).execute();
  if (projects.length === 0) return false;
  const districts = new Map((await db.selectFrom('organisations').select(['code', 'id']).where('code', 'in', ['420106', '420114', '420115']).execute()).map((d) => [d.code, d.id]));
  const audit = new AuditTrail(db, database.dialect, clock);
  const now = clock.now().toISOString();
  const lands = [
    { code: '420106', title: '武昌滨江商务区B3地块', summary: '临江商务金融用地，周边地铁与过江通道配套完善，适合总部办公与金融服务项目。', area: '42.6', use: '商务金融用地', location: '武昌区滨江大道以东、中山路以北', conditions: '投资强度不低于每亩800万元；引进企业须在区内注册。' },
    { code: '420114', title: '蔡甸常福工业园C-07地块', summary: '成熟工业园区内的标准工业用地，适合智能制造与汽车零部件项目。', area: '126.0', use: '工业用地', location: '蔡甸区常福工业园福安大道旁', conditions: '容积率不低于1.2；建设周期不超过24个月。' },
    { code: '420115', title: '江夏庙山科技园地块', summary: '临近高校与科研院所，适合研发中试与科技服务项目。', area: '65.3', use: '科研用地', location: '江夏区庙山大道与藏龙大道交汇处', conditions: '须以研发或中试为主；不得用于住宅开发。' },
  ].filter((l) => districts.has(l.code));
  await db.transaction().execute(async (trx) => {
    const rows = [
      ...projects.map((p) => ({
        kind: 'project' as const, district_id: p.organisation_id, project_id: p.id, title: `${p.name}招商合作`,
        summary: `${p.district_name}重大项目${p.name}（${p.industry}）寻求产业链上下游合作伙伴与配套投资。`,
        area_mu: null, planned_use: null, location: null, conditions: null, illustrative: 0,
        contact_office: `${p.district_name}招商服务中心`, contact_phone: '027-85550000',
      })),
      ...lands.map((l) => ({
        kind: 'land' as const, district_id: districts.get(l.code)!, project_id: null, title: l.title, summary: l.summary,
        area_mu: l.area, planned_use: l.use, location: l.location, conditions: l.conditions, illustrative: 1,
        contact_office: '区自然资源和规划分局土地储备中心', contact_phone: '027-85551111',
      })),
    ];
    for (const row of rows) {
      const { id } = await trx.insertInto('portal_opportunities').values({
        ...row, status: 'published', published_at: now, withdrawn_at: null, created_by: null, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow();
      await audit.append(trx, null, { action: AuditActions.portalOpportunityPublish, entityType: AuditEntityTypes.portalOpportunity, entityId: id, after: { title: row.title, status: 'published', demo: true } });
    }
  });
  return true;
}
