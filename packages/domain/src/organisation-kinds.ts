// The organisation tree (docs/DOMAIN.md "Who"): province → city → district / functional zone →
// street, with departments beside each level. Districts and functional zones are the reporting
// units: they report monthly figures, carry targets and are ranked.

export const ORGANISATION_KINDS = ['province', 'city', 'district', 'zone', 'street', 'department'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The kinds that report figures, carry targets and are ranked. */
export const REPORTING_UNIT_KINDS = ['district', 'zone'] as const satisfies readonly OrganisationKind[];
export type ReportingUnitKind = (typeof REPORTING_UNIT_KINDS)[number];

export function isReportingUnit(kind: OrganisationKind | string): kind is ReportingUnitKind {
  return (REPORTING_UNIT_KINDS as readonly string[]).includes(kind);
}

/** Which kinds may sit under which; null is the top of the tree. */
const ALLOWED_PARENTS: Readonly<Record<OrganisationKind, readonly (OrganisationKind | null)[]>> = {
  province: [null],
  city: [null, 'province'],
  district: ['city'],
  zone: ['city'],
  street: ['district', 'zone'],
  department: ['province', 'city', 'district', 'zone'],
};

export function isAllowedParent(kind: OrganisationKind, parentKind: OrganisationKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

/** Moving under itself or a descendant would make a cycle (materialised paths "/1/4/"). */
export function wouldCreateCycle(movedPath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(movedPath);
}

/** The materialised path of an organisation's parent ("/1/4/9/" → "/1/4/"); null at the top. */
export function parentPathOf(path: string): string | null {
  const ids = path.split('/').filter(Boolean);
  return ids.length <= 1 ? null : `/${ids.slice(0, -1).join('/')}/`;
}

/** Why a read grant cannot be given; null when it can. */
export type ReadGrantProblem = 'not_department' | 'own_scope' | 'outside_level';

/**
 * A read grant (DOMAIN.md "Read grants"): a department may be given reading an organisation's
 * subtree at the level it sits beside — inside its parent's subtree (市发改委 reads Wuhan and its
 * districts, a district's 发改局 that district) — never its own subtree, which it reads already.
 */
export function readGrantProblem(department: { kind: OrganisationKind; path: string }, target: { path: string }): ReadGrantProblem | null {
  if (department.kind !== 'department') return 'not_department';
  if (target.path.startsWith(department.path)) return 'own_scope';
  const level = parentPathOf(department.path);
  if (level === null || !target.path.startsWith(level)) return 'outside_level';
  return null;
}
