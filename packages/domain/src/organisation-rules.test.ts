import { describe, expect, it } from 'vitest';
import { ROLES, mayBelongTo, organisationKindsForRole } from './access';
import { ORGANISATION_KINDS, parentPathOf, readGrantProblem } from './organisation-kinds';

describe('which organisations a role may belong to', () => {
  it('keeps a district operator to districts and functional zones', () => {
    expect(ORGANISATION_KINDS.filter((k) => mayBelongTo('district_operator', k))).toEqual(['district', 'zone']);
    expect(organisationKindsForRole('district_operator')).toEqual(['district', 'zone']);
  });

  it('lets every other role belong to any kind', () => {
    for (const role of ROLES.filter((r) => r !== 'district_operator')) {
      expect(organisationKindsForRole(role)).toBeNull();
      expect(ORGANISATION_KINDS.every((k) => mayBelongTo(role, k))).toBe(true);
    }
  });
});

describe('read grants', () => {
  // 湖北 /1/ → 武汉 /1/2/ → 武昌区 /1/2/7/, 市发改委 /1/2/30/; 黄石 /1/40/.
  const fgw = { kind: 'department' as const, path: '/1/2/30/' };

  it('reads the parent of a path', () => {
    expect(parentPathOf('/1/2/30/')).toBe('/1/2/');
    expect(parentPathOf('/1/')).toBeNull();
  });

  it('lets a city department read the city or any of its districts', () => {
    expect(readGrantProblem(fgw, { path: '/1/2/' })).toBeNull();
    expect(readGrantProblem(fgw, { path: '/1/2/7/' })).toBeNull();
  });

  it('refuses another city, the province, its own subtree and organisations that are not departments', () => {
    expect(readGrantProblem(fgw, { path: '/1/40/' })).toBe('outside_level');
    expect(readGrantProblem(fgw, { path: '/1/' })).toBe('outside_level');
    expect(readGrantProblem(fgw, { path: '/1/2/30/' })).toBe('own_scope');
    expect(readGrantProblem({ kind: 'district', path: '/1/2/7/' }, { path: '/1/2/' })).toBe('not_department');
  });
});
