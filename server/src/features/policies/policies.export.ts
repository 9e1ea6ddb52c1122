import type { Locale } from '@hongtu/contracts';
import { POLICY_LIMITS, type PolicyConditionItem, type PolicyEnterprises } from '@hongtu/contracts/policies';
import type { Deps } from '../../platform/deps';
import { buildSheet } from '../../platform/export/xlsx';
import type { RequestContext } from '../../platform/permissions/actor';
import { ENTERPRISE_LABELS } from '../enterprises/enterprises.public';
import type { createPolicyMatching } from './policies.matching';
import { loadPolicyRow } from './policies.read-model';

type Row = PolicyEnterprises['items'][number];

const WORDS = {
  'zh-CN': { code: '统一社会信用代码', name: '企业名称', organisation: '服务区', matched: '符合的条件', unknown: '待核实的条件', industry: '行业', size: '规模', district: '区域', headquarters: '总部企业', sheet: '政策告知企业', sep: '；' },
  'zh-TW': { code: '統一社會信用代碼', name: '企業名稱', organisation: '服務區', matched: '符合的條件', unknown: '待核實的條件', industry: '行業', size: '規模', district: '區域', headquarters: '總部企業', sheet: '政策告知企業', sep: '；' },
  en: { code: 'Credit code', name: 'Name', organisation: 'Served by', matched: 'Conditions met', unknown: 'Conditions to check', industry: 'Industry', size: 'Size', district: 'District', headquarters: 'Headquarters', sheet: 'Enterprises to tell', sep: '; ' },
} as const;

/** A condition in words: 行业 C39、I65; 规模 中型、小型; 高新技术企业; 区域 武昌区. */
export function conditionText(c: PolicyConditionItem, locale: Locale, districtName: (id: number) => string): string {
  const w = WORDS[locale];
  const labels = ENTERPRISE_LABELS[locale];
  const list = (items: string[]) => items.join(locale === 'en' ? ', ' : '、');
  switch (c.kind) {
    case 'industry': return `${w.industry} ${list(c.industries)}`;
    case 'size': return `${w.size} ${list(c.sizeClasses.map((s) => labels.sizeClass[s]))}`;
    case 'flag': return c.flag === 'headquarters' ? w.headquarters : labels.flag[c.flag];
    case 'district': return `${w.district} ${list(c.districtIds.map(districtName))}`;
  }
}

/** The enterprises to tell of a policy, in the reader's scope, as one workbook (bounded). */
export async function policyEnterprisesWorkbook(deps: Deps, matching: ReturnType<typeof createPolicyMatching>, ctx: RequestContext, policyId: number, certainOnly: 'true' | 'false' | undefined) {
  const policy = await loadPolicyRow(deps.db, policyId);
  const found = await matching.enterprises(ctx, policyId, { certainOnly, limit: POLICY_LIMITS.exportRows, offset: 0 });
  const ids = JSON.parse(policy.district_ids) as number[];
  const orgs = ids.length ? await deps.db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  const districtName = (id: number) => orgs.find((o) => o.id === id)?.name ?? String(id);
  const locale = ctx.locale;
  const w = WORDS[locale];
  const conditions = (list: PolicyConditionItem[]) => list.map((c) => conditionText(c, locale, districtName)).join(w.sep);
  const body = await buildSheet<Row>(w.sheet, [
    { header: w.code, width: 22, value: (r) => r.enterprise.creditCode },
    { header: w.name, width: 34, value: (r) => r.enterprise.name },
    { header: w.organisation, width: 12, value: (r) => r.enterprise.organisationName },
    { header: w.matched, width: 40, value: (r) => conditions(r.matched) },
    { header: w.unknown, width: 24, value: (r) => conditions(r.unknown) },
  ], found.items);
  const day = deps.clock.now().toISOString().slice(0, 10);
  return { body, fileName: `policy-${policyId}-enterprises-${day}.xlsx`, localName: `${w.sheet}-${policyId}-${day}.xlsx` };
}
