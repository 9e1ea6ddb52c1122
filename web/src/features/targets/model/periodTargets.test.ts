import { describe, expect, it } from 'vitest';
import type { PeriodTarget } from '@hongtu/contracts';
import { isQ1Dirty, q1DraftFrom, q1Of, toQ1PutRequest } from './periodTargets';

const stated: PeriodTarget = {
  id: 1, year: 2026, organisationId: 7, indicatorCode: 'fixed_asset_investment', throughMonth: 3, amountTarget: '93', amountComparator: 'ge',
  source: 'entered', sourceRef: null, sourceQuote: null, version: 2,
};

describe('Q1 targets as stated', () => {
  it('finds the Q1 one among the period targets and starts the draft from it', () => {
    expect(q1Of([{ ...stated, throughMonth: 6 }, stated], 'fixed_asset_investment')).toBe(stated);
    expect(q1Of([stated], 'gdp')).toBeUndefined();
    expect(q1DraftFrom(stated)).toEqual({ amount: '93', comparator: 'ge' });
    expect(q1DraftFrom(undefined, 'lower')).toEqual({ amount: '', comparator: 'le' });
  });

  it('is dirty when the amount or, with an amount, the comparator changed', () => {
    expect(isQ1Dirty({ amount: ' 93 ', comparator: 'ge' }, stated)).toBe(false);
    expect(isQ1Dirty({ amount: '95', comparator: 'ge' }, stated)).toBe(true);
    expect(isQ1Dirty({ amount: '93', comparator: 'le' }, stated)).toBe(true);
    expect(isQ1Dirty({ amount: '', comparator: 'le' }, undefined)).toBe(false);
  });

  it('sends the amount as typed for Q1, and an empty amount to remove it', () => {
    const key = { year: 2026, organisationId: 7, indicatorCode: 'fixed_asset_investment', version: 2 };
    expect(toQ1PutRequest({ amount: ' ９３ ', comparator: 'ge' }, key)).toEqual({ ...key, throughMonth: 3, amountTarget: '９３', amountComparator: 'ge' });
    expect(toQ1PutRequest({ amount: '', comparator: 'ge' }, key)).toEqual({ ...key, throughMonth: 3, amountTarget: null, amountComparator: null });
  });
});
