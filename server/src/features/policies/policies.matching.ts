import type { EnterprisePolicies, PolicyConditionItem, PolicyEnterprises, policyEnterprisesQuerySchema } from '@hongtu/contracts/policies';
import { POLICY_LIMITS } from '@hongtu/contracts/policies';
import { compareMatches, matchPolicy, type PolicyCondition } from '@hongtu/domain';
import type { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { outOfScope } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import type { ScopeActor } from '../../platform/permissions/scope';
import { enterprisesForConditions, enterpriseWithTraits } from '../enterprises/enterprises.public';
import { chinaToday, conditionsOf, loadPolicyRow, toPolicyItems } from './policies.read-model';

const shown = (list: readonly PolicyCondition[]) => list.map((c) => ({ ...c }) as PolicyConditionItem);

/** Matching the library to the registry (policy-match.ts): each way, inside the reader's scope. */
export function createPolicyMatching({ db, dialect, clock }: Deps) {
  /** The policies in force an enterprise likely qualifies for, with what matched and what the record cannot decide. */
  async function matchEnterprise(scope: ScopeActor, enterpriseId: number): Promise<EnterprisePolicies> {
    const enterprise = await enterpriseWithTraits(db, scope, enterpriseId);
    if (!enterprise) throw outOfScope();
    const today = chinaToday(clock.now());
    const rows = await db.selectFrom('policies').selectAll()
      .where('withdrawn_at', 'is', null)
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]))
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
      .orderBy('id').limit(POLICY_LIMITS.matchedPolicies).execute();
    const matches = rows.map((row) => ({ row, match: matchPolicy(conditionsOf(row), enterprise.traits) }))
      .filter((m) => m.match.qualifies)
      .sort((a, b) => compareMatches(a.match, b.match) || b.row.issued_on.localeCompare(a.row.issued_on));
    const items = await toPolicyItems(db, matches.map((m) => m.row), today);
    return {
      enterpriseId: enterprise.item.id,
      enterpriseName: enterprise.item.name,
      items: matches.map((m, i) => ({ policy: items[i]!, matched: shown(m.match.matched), unknown: shown(m.match.unknown) })),
      total: matches.length,
    };
  }

  return {
    /** The policies in force an enterprise likely qualifies for, with what matched and what the record cannot decide. */
    async forEnterprise(ctx: RequestContext, enterpriseId: number): Promise<EnterprisePolicies> {
      return matchEnterprise(requireActor(ctx), enterpriseId);
    },

    /**
     * The same for an enterprise account of the portal, about its own registry record (linked at
     * its confirmation): the record is read wherever it is served.
     */
    async forOwnEnterprise(enterpriseId: number): Promise<EnterprisePolicies> {
      return matchEnterprise({ organisationPath: '/' }, enterpriseId);
    },

    /** The enterprises in the reader's scope to tell of a policy, paged (also when it is no longer in force). */
    async enterprises(ctx: RequestContext, policyId: number, query: Pick<z.output<typeof policyEnterprisesQuerySchema>, 'certainOnly'> & { limit: number; offset: number }): Promise<PolicyEnterprises> {
      const actor = requireActor(ctx);
      const conditions = conditionsOf(await loadPolicyRow(db, policyId));
      const found = await enterprisesForConditions(db, dialect, actor, conditions, { limit: query.limit, offset: query.offset, certainOnly: query.certainOnly === 'true' });
      return {
        items: found.items.map((e) => {
          const match = matchPolicy(conditions, e.traits);
          return { enterprise: e.item, matched: shown(match.matched), unknown: shown(match.unknown) };
        }),
        total: found.total,
      };
    },
  };
}
