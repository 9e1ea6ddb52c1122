import type { OrganisationKind } from '@hongtu/contracts';

/** Which kinds may sit under which: province → city → district/zone → street; departments beside. */
const ALLOWED_PARENTS: Record<OrganisationKind, readonly (OrganisationKind | null)[]> = {
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

/** Moving under itself or a descendant would make a cycle. */
export function wouldCreateCycle(movedPath: string, newParentPath: string): boolean {
  return newParentPath.startsWith(movedPath);
}
