// The city list (docs/DOMAIN.md "Major projects" → "The city list"): the city reviewer takes a
// district's project into the city's major projects 市重点 when its total investment reaches its
// category's entry threshold; the project becomes city-level, its version moves on, and the
// approval is audited in the same transaction.
import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { CityApproval } from '@hongtu/contracts/project-dispatch';
import { CITY_ENTRY_THRESHOLD_YI, cityEntryThreshold, storageInt } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';

const CATEGORY_WORDS = {
  'zh-CN': { science_innovation: '科创平台', social_livelihood: '社会民生', emerging_industry: '战略性新兴产业', advanced_manufacturing: '先进制造业', infrastructure: '基础设施', headquarters: '总部经济', commerce_logistics: '商贸物流' },
  'zh-TW': { science_innovation: '科創平台', social_livelihood: '社會民生', emerging_industry: '戰略性新興產業', advanced_manufacturing: '先進製造業', infrastructure: '基礎設施', headquarters: '總部經濟', commerce_logistics: '商貿物流' },
  en: { science_innovation: 'science and innovation platform', social_livelihood: 'social and livelihood', emerging_industry: 'strategic emerging industry', advanced_manufacturing: 'advanced manufacturing', infrastructure: 'infrastructure', headquarters: 'headquarters economy', commerce_logistics: 'commerce and logistics' },
} as const;

export function createCityApprovalService({ db, clock, audit }: Deps) {
  return {
    async approve(ctx: RequestContext, projectId: number, version: number): Promise<CityApproval> {
      const actor = requireActor(ctx);
      const at = clock.now().toISOString();
      return db.transaction().execute(async (trx) => {
        const project = await trx.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
          .select(['p.id', 'p.organisation_id', 'p.level', 'p.category', 'p.total_investment', 'p.version', 'o.path']).where('p.id', '=', projectId).executeTakeFirst();
        assertInScope(actor, project?.path);
        const p = project!;
        if (p.version !== version) throw staleVersion();
        const approved = await trx.selectFrom('project_city_approvals').select('id').where('project_id', '=', p.id).executeTakeFirst();
        if (approved) throw new AppError(409, 'PROJECT_ALREADY_IN_CITY_LIST');
        if (storageInt(p.total_investment) < cityEntryThreshold(p.category)) {
          throw new AppError(400, 'PROJECT_CITY_LIST_THRESHOLD', { category: CATEGORY_WORDS[ctx.locale][p.category], threshold: CITY_ENTRY_THRESHOLD_YI[p.category] },
            [{ path: 'totalInvestment', message: 'PROJECT_CITY_LIST_THRESHOLD' }]);
        }
        const result = await trx.updateTable('projects').set({ level: 'city', version: p.version + 1, updated_by: actor.userId, updated_at: at })
          .where('id', '=', p.id).where('version', '=', version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await trx.insertInto('project_city_approvals').values({ project_id: p.id, organisation_id: p.organisation_id, project_version: p.version + 1, approved_by: actor.userId, approved_at: at }).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectCityApprove, entityType: AuditEntityTypes.project, entityId: p.id,
          before: { level: p.level, version: p.version }, after: { level: 'city', version: p.version + 1 },
        });
        return { projectId: p.id, level: 'city' as const, approvedAt: at, approvedBy: actor.displayName, version: p.version + 1 };
      });
    },
  };
}
