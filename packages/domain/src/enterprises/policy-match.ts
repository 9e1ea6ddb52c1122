// Which policies an enterprise likely qualifies for (DOMAIN.md "Policies"): every condition a
// policy sets is checked against the registry's record and named as matched, failed or unknown
// (the record does not say). A policy with no failed condition is a likely match; one with an
// unknown condition is shown as such, so the liaison asks instead of promising.
import {
  ENTERPRISE_FLAGS,
  HEADQUARTERS_FLAG,
  industryCovers,
  type EnterpriseFlag,
  type HeadquartersKind,
  type PolicyFlag,
  type SizeClass,
} from './vocabulary';

/** A policy's conditions; an empty list sets no condition of that kind. */
export interface PolicyConditions {
  /** 行业: any of these 门类 / 大类 codes. */
  industries: readonly string[];
  /** 规模: any of these size classes. */
  sizeClasses: readonly SizeClass[];
  /** Every one of these flags (each its own condition). */
  flags: readonly PolicyFlag[];
  /** 区域: served by one of these organisations (a district covers the zones and streets under it). */
  districtIds: readonly number[];
}

/** What the registry records of the enterprise, as the rule needs it. */
export interface EnterpriseTraits {
  industryCode: string | null;
  sizeClass: SizeClass | null;
  headquartersKind: HeadquartersKind | null;
  flags: Readonly<Record<EnterpriseFlag, boolean>>;
  /** The serving organisation and every organisation above it (its district, the city). */
  organisationIds: readonly number[];
}

export type PolicyCondition =
  | { kind: 'industry'; industries: readonly string[] }
  | { kind: 'size'; sizeClasses: readonly SizeClass[] }
  | { kind: 'flag'; flag: PolicyFlag }
  | { kind: 'district'; districtIds: readonly number[] };

export interface PolicyMatch {
  /** No condition failed (unknown ones may remain). */
  qualifies: boolean;
  matched: PolicyCondition[];
  failed: PolicyCondition[];
  /** Conditions the record cannot decide (no industry or size recorded). */
  unknown: PolicyCondition[];
}

/** The conditions of a policy one by one, in the order they are shown. */
export function policyConditionList(c: PolicyConditions): PolicyCondition[] {
  const list: PolicyCondition[] = [];
  if (c.industries.length) list.push({ kind: 'industry', industries: c.industries });
  if (c.sizeClasses.length) list.push({ kind: 'size', sizeClasses: c.sizeClasses });
  for (const flag of c.flags) list.push({ kind: 'flag', flag });
  if (c.districtIds.length) list.push({ kind: 'district', districtIds: c.districtIds });
  return list;
}

function hasFlag(e: EnterpriseTraits, flag: PolicyFlag): boolean {
  return flag === HEADQUARTERS_FLAG ? e.headquartersKind !== null : e.flags[flag];
}

/** true: holds, false: does not, null: the record does not say. */
export function policyConditionHolds(condition: PolicyCondition, e: EnterpriseTraits): boolean | null {
  switch (condition.kind) {
    case 'industry':
      return e.industryCode ? condition.industries.some((i) => industryCovers(i, e.industryCode)) : null;
    case 'size':
      return e.sizeClass ? condition.sizeClasses.includes(e.sizeClass) : null;
    case 'flag':
      return hasFlag(e, condition.flag);
    case 'district':
      return condition.districtIds.some((id) => e.organisationIds.includes(id));
  }
}

/** Checks every condition of a policy against one enterprise. */
export function matchPolicy(conditions: PolicyConditions, e: EnterpriseTraits): PolicyMatch {
  const result: PolicyMatch = { qualifies: true, matched: [], failed: [], unknown: [] };
  for (const condition of policyConditionList(conditions)) {
    const holds = policyConditionHolds(condition, e);
    if (holds === null) result.unknown.push(condition);
    else if (holds) result.matched.push(condition);
    else result.failed.push(condition);
  }
  result.qualifies = result.failed.length === 0;
  return result;
}

/** A policy is in force on a day (ISO dates) from its valid-from to its valid-to, both included; open ends allowed. */
export function isPolicyInForce(p: { validFrom: string | null; validTo: string | null }, today: string): boolean {
  return (p.validFrom === null || p.validFrom <= today) && (p.validTo === null || today <= p.validTo);
}

/** Every flag false: the starting point of a record's traits. */
export function noEnterpriseFlags(): Record<EnterpriseFlag, boolean> {
  return Object.fromEntries(ENTERPRISE_FLAGS.map((f) => [f, false])) as Record<EnterpriseFlag, boolean>;
}

/**
 * Orders likely matches for an enterprise: fully matched before those with unknown conditions,
 * then by how many conditions matched (a narrow policy that fits says more than a broad one).
 */
export function compareMatches(a: PolicyMatch, b: PolicyMatch): number {
  return (a.unknown.length - b.unknown.length) || (b.matched.length - a.matched.length);
}
