import { describe, expect, it } from 'vitest';
import type { Target } from '@hongtu/contracts';
import { checkSchedule, draftFromTarget, emptyDraft, firstShare, isDraftDirty, linearShares, toPutRequest } from './targets';

const target: Target = {
  id: 1, year: 2026, organisationId: 7, indicatorCode: 'gdp', amountTarget: '1509', amountComparator: 'ge', growthTarget: '7',
  growthComparator: 'ge', noTarget: false, schedule: null, source: 'synthetic', sourceRef: null, sourceQuote: null, version: 1,
};
const key = { year: 2026, organisationId: 7, indicatorCode: 'gdp', version: 1 };

describe('target drafts', () => {
  it('start from the saved target, or empty with the direction’s comparator', () => {
    expect(draftFromTarget(target)).toEqual({ amountTarget: '1509', amountComparator: 'ge', growthTarget: '7', growthComparator: 'ge', noTarget: false, schedule: null });
    expect(emptyDraft('lower').amountComparator).toBe('le');
  });

  it('know when they differ from the saved target', () => {
    expect(isDraftDirty(draftFromTarget(target), target)).toBe(false);
    expect(isDraftDirty({ ...draftFromTarget(target), growthTarget: '7.5' }, target)).toBe(true);
    expect(isDraftDirty({ ...draftFromTarget(target), noTarget: true }, target)).toBe(true);
    expect(isDraftDirty(emptyDraft(), undefined)).toBe(false);
    expect(isDraftDirty({ ...emptyDraft(), growthComparator: 'le' }, undefined)).toBe(false);
  });

  it('become the PUT body: no target clears amounts, comparators only with values', () => {
    expect(toPutRequest({ ...draftFromTarget(target), growthTarget: ' ' }, key)).toEqual({
      ...key, amountTarget: '1509', amountComparator: 'ge', growthTarget: null, growthComparator: null, noTarget: false, schedule: null,
    });
    expect(toPutRequest({ ...draftFromTarget(target), noTarget: true }, { ...key, version: 0 })).toMatchObject({
      amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, noTarget: true, version: 0,
    });
  });
});

describe('schedules', () => {
  it('start linear', () => {
    expect(linearShares('quarterly')).toEqual(['25', '50', '75', '100']);
    expect(linearShares('monthly')[0]).toBe('8.33');
    expect(linearShares('monthly')[11]).toBe('100');
  });

  it('accept a Q1 ≥ 30 % push and refuse bad shares', () => {
    expect(checkSchedule('quarterly', ['30', '55', '80', '100'])).toEqual({ ok: true, schedule: { kind: 'quarterly', shares: ['30', '55', '80', '100'] } });
    expect(checkSchedule('quarterly', ['30', '20', '80', '100']).ok).toBe(false);
    expect(checkSchedule('quarterly', ['30', '50', '80', '90']).ok).toBe(false);
    expect(checkSchedule('quarterly', ['3x', '50', '80', '100'])).toEqual({ ok: false, issues: [{ code: 'not_a_number', index: 0 }] });
    expect(checkSchedule('quarterly', ['３０', '50', '80', '100']).ok).toBe(true);
  });

  it('show the first share', () => {
    expect(firstShare({ kind: 'quarterly', shares: ['30', '55', '80', '100'] })).toEqual({ kind: 'quarterly', share: '30' });
    expect(firstShare(null)).toBeNull();
  });
});
