import type { ProjectCategory } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { nameKeyOf } from './projects.codec';
import { createProjectService } from './projects.service';

/** What a signed investment contract brings to the major-project library. Amounts in 万元 as exact decimal text. */
export interface ContractForProject {
  organisationId: number;
  name: string;
  ownerName: string;
  ownerCreditCode: string | null;
  industry: string;
  category: ProjectCategory;
  /** Total investment, 万元. */
  totalInvestmentWan: string;
  signedOn: string;
}

/**
 * The major project of a signed contract: the district's project of the same name (normalised) or
 * the same owner's credit code with that name is linked; otherwise a new one is created through the
 * projects' own use case (numbered, checked, versioned and audited), at 签约 with its signing date,
 * 前期 for the year of signing, a district-level project whose annual plan is still to be set.
 */
export async function projectForContract(deps: Deps, ctx: RequestContext, contract: ContractForProject): Promise<{ id: number; code: string; created: boolean }> {
  requireActor(ctx);
  const existing = await deps.db.selectFrom('projects').select(['id', 'code'])
    .where('organisation_id', '=', contract.organisationId).where('name_key', '=', nameKeyOf(contract.name))
    .orderBy('id').executeTakeFirst();
  if (existing) return { ...existing, created: false };
  const project = await createProjectService(deps).create(ctx, {
    organisationId: contract.organisationId, name: contract.name, level: 'district', category: contract.category,
    industry: contract.industry, ownerName: contract.ownerName, ownerCreditCode: contract.ownerCreditCode,
    totalInvestment: contract.totalInvestmentWan, annualPlan: '0', planYear: Number(contract.signedOn.slice(0, 4)), schedule: null,
    yearStatus: 'preparatory', stage: 'signed', planned: {}, actual: { signing: contract.signedOn },
    contactLeader: '', responsibleDepartment: '', taskForce: '', address: '', longitude: null, latitude: null, tags: [],
  });
  return { id: project.id, code: project.code, created: true };
}
