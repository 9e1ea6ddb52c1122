import { describe, expect, it } from 'vitest';
import { compareMatches, isPolicyInForce, matchPolicy, noEnterpriseFlags, policyConditionList, type EnterpriseTraits, type PolicyConditions } from './policy-match';
import { industryCovers, isIndustryCode } from './vocabulary';

const none: PolicyConditions = { industries: [], sizeClasses: [], flags: [], districtIds: [] };
const CITY = 1;
const WUCHANG = 6;
const ZONE = 60; // a zone inside 武昌区
const enterprise = (over: Partial<EnterpriseTraits> = {}): EnterpriseTraits => ({
  industryCode: 'C39', sizeClass: 'medium', headquartersKind: null, flags: { ...noEnterpriseFlags(), highTech: true }, organisationIds: [ZONE, WUCHANG, CITY], ...over,
});

describe('matchPolicy', () => {
  it('names every condition that matched', () => {
    const m = matchPolicy({ industries: ['C'], sizeClasses: ['small', 'medium'], flags: ['highTech'], districtIds: [WUCHANG] }, enterprise());
    expect(m.qualifies).toBe(true);
    expect(m.matched.map((c) => c.kind)).toEqual(['industry', 'size', 'flag', 'district']);
    expect(m.failed).toEqual([]);
  });

  it('names the conditions that failed, each flag on its own', () => {
    const m = matchPolicy({ ...none, flags: ['highTech', 'specialised', 'headquarters'], districtIds: [2] }, enterprise());
    expect(m.qualifies).toBe(false);
    expect(m.matched).toEqual([{ kind: 'flag', flag: 'highTech' }]);
    expect(m.failed).toEqual([{ kind: 'flag', flag: 'specialised' }, { kind: 'flag', flag: 'headquarters' }, { kind: 'district', districtIds: [2] }]);
  });

  it('counts a headquarters of any kind for the headquarters condition', () => {
    expect(matchPolicy({ ...none, flags: ['headquarters'] }, enterprise({ headquartersKind: 'regional' })).qualifies).toBe(true);
  });

  it('matches an industry by its 门类 or its 大类, not another 大类 of the same 门类', () => {
    expect(matchPolicy({ ...none, industries: ['C39'] }, enterprise()).qualifies).toBe(true);
    expect(matchPolicy({ ...none, industries: ['C36', 'I'] }, enterprise()).qualifies).toBe(false);
    expect(industryCovers('C', 'C39')).toBe(true);
    expect(industryCovers('C3', null)).toBe(false);
    expect(isIndustryCode('C39')).toBe(true);
    expect(isIndustryCode('C3')).toBe(false);
    expect(isIndustryCode('Z')).toBe(false);
  });

  it('leaves a condition the record cannot decide unknown, without refusing the policy', () => {
    const m = matchPolicy({ ...none, industries: ['C'], sizeClasses: ['small'] }, enterprise({ industryCode: null, sizeClass: null }));
    expect(m.qualifies).toBe(true);
    expect(m.unknown.map((c) => c.kind)).toEqual(['industry', 'size']);
  });

  it('lets a policy without conditions apply to every enterprise', () => {
    expect(matchPolicy(none, enterprise())).toEqual({ qualifies: true, matched: [], failed: [], unknown: [] });
    expect(policyConditionList(none)).toEqual([]);
  });

  it('orders full matches first, then the narrower policy', () => {
    const broad = matchPolicy({ ...none, flags: ['highTech'] }, enterprise());
    const narrow = matchPolicy({ ...none, flags: ['highTech'], districtIds: [WUCHANG] }, enterprise());
    const unsure = matchPolicy({ ...none, flags: ['highTech', 'highTech'], industries: ['C'] }, enterprise({ industryCode: null }));
    expect([broad, unsure, narrow].sort(compareMatches)).toEqual([narrow, broad, unsure]);
  });
});

describe('isPolicyInForce', () => {
  it('includes both ends and allows open ends', () => {
    const p = { validFrom: '2026-01-01', validTo: '2026-12-31' };
    expect(isPolicyInForce(p, '2026-01-01')).toBe(true);
    expect(isPolicyInForce(p, '2026-12-31')).toBe(true);
    expect(isPolicyInForce(p, '2027-01-01')).toBe(false);
    expect(isPolicyInForce(p, '2025-12-31')).toBe(false);
    expect(isPolicyInForce({ validFrom: null, validTo: null }, '1999-01-01')).toBe(true);
  });
});
