// Policy matching for an enterprise's own account on the portal (企业入驻): the policies in force
// its registry record likely qualifies for, each with the conditions met and those the record
// cannot decide, in words of the reader's language.
import type { Locale } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { conditionText } from './policies.export';
import { createPolicyMatching } from './policies.matching';

export interface OwnEnterprisePolicy {
  id: number;
  title: string;
  issuer: string;
  documentNumber: string | null;
  validTo: string | null;
  matched: string[];
  unknown: string[];
}

export async function policiesForOwnEnterprise(deps: Deps, enterpriseId: number, locale: Locale): Promise<OwnEnterprisePolicy[]> {
  const found = await createPolicyMatching(deps).forOwnEnterprise(enterpriseId);
  const districtIds = [...new Set(found.items.flatMap((i) => [...i.matched, ...i.unknown]).flatMap((c) => (c.kind === 'district' ? c.districtIds : [])))];
  const orgs = districtIds.length ? await deps.db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', districtIds).execute() : [];
  const districtName = (id: number) => orgs.find((o) => o.id === id)?.name ?? String(id);
  return found.items.map(({ policy, matched, unknown }) => ({
    id: policy.id, title: policy.title, issuer: policy.issuer, documentNumber: policy.documentNumber, validTo: policy.validTo,
    matched: matched.map((c) => conditionText(c, locale, districtName)),
    unknown: unknown.map((c) => conditionText(c, locale, districtName)),
  }));
}
