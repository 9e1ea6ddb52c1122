// The enterprise registry's vocabulary (DOMAIN.md "Investment attraction", "Enterprise service"):
// legal forms, size classes, headquarters kinds and the yes/no flags an enterprise carries.

/** 企业类型 (legal form), as the registration certificate states it. */
export const LEGAL_FORMS = [
  'limited_company', // 有限责任公司
  'joint_stock', // 股份有限公司
  'state_owned', // 全民所有制企业
  'collective', // 集体所有制企业
  'partnership', // 合伙企业
  'sole_proprietorship', // 个人独资企业
  'foreign_branch', // 外国(地区)企业分支机构
  'branch', // 分公司
  'individual', // 个体工商户
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** 企业规模 (GB/T statistics size class). */
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** 总部 kinds: a group's head office, a regional one, or a functional one (结算、研发、采购 …). */
export const HEADQUARTERS_KINDS = ['group', 'regional', 'functional'] as const;
export type HeadquartersKind = (typeof HEADQUARTERS_KINDS)[number];

/**
 * The yes/no flags of an enterprise, in the order lists show them: 世界500强, 中国500强,
 * 民营500强, 央企, 外资企业, 高新技术企业, 专精特新, 规上 (规模以上工业等), 限上 (限额以上批零住餐).
 * A headquarters is told by its kind (headquartersKind), not by a flag.
 */
export const ENTERPRISE_FLAGS = [
  'fortune500',
  'china500',
  'private500',
  'centralSoe',
  'foreignInvested',
  'highTech',
  'specialised',
  'aboveScale',
  'aboveQuota',
] as const;
export type EnterpriseFlag = (typeof ENTERPRISE_FLAGS)[number];

/** A condition a policy may set beyond the flags: that the enterprise is a headquarters (any kind). */
export const HEADQUARTERS_FLAG = 'headquarters' as const;
export type PolicyFlag = EnterpriseFlag | typeof HEADQUARTERS_FLAG;
export const POLICY_FLAGS: readonly PolicyFlag[] = [...ENTERPRISE_FLAGS, HEADQUARTERS_FLAG];

/**
 * 国民经济行业分类 (GB/T 4754-2017): a 门类 letter (A–T), optionally followed by its 大类's two
 * digits (C39 计算机、通信和其他电子设备制造业). A policy's industry condition "C" covers every C-something.
 */
export const INDUSTRY_CODE_PATTERN = /^[A-T](\d{2})?$/;

export function isIndustryCode(code: string): boolean {
  return INDUSTRY_CODE_PATTERN.test(code);
}

/** True when the enterprise's industry lies within the condition's (same 门类, and same 大类 if it names one). */
export function industryCovers(condition: string, industry: string | null | undefined): boolean {
  if (!industry) return false;
  return industry.startsWith(condition);
}
