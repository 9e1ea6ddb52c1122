import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { fx } from './fixed-point';
import { checkPeriodTarget, q1TargetOf } from './period-targets';

describe('period targets', () => {
  it('takes an amount with its comparator for a month of the year before December', () => {
    expect(checkPeriodTarget('cumulative', { throughMonth: 3, amount: dec('93'), comparator: 'ge' })).toEqual([]);
    expect(checkPeriodTarget('count', { throughMonth: 3, amount: dec('6'), comparator: 'ge' })).toEqual([]);
    expect(checkPeriodTarget('cumulative', { throughMonth: 12, amount: dec('93'), comparator: 'ge' }).map((i) => i.code)).toEqual(['month_out_of_range']);
    expect(checkPeriodTarget('cumulative', { throughMonth: 0, amount: dec('93'), comparator: 'ge' }).map((i) => i.code)).toEqual(['month_out_of_range']);
    expect(checkPeriodTarget('cumulative', { throughMonth: 3, amount: null, comparator: 'ge' }).map((i) => i.code)).toEqual(['value_required']);
    expect(checkPeriodTarget('cumulative', { throughMonth: 3, amount: dec('93'), comparator: null }).map((i) => i.code)).toEqual(['comparator_required']);
  });

  it('holds counts to whole numbers and flows to amounts not below zero; a rate may be any number', () => {
    expect(checkPeriodTarget('count', { throughMonth: 3, amount: dec('6.5'), comparator: 'ge' }).map((i) => i.code)).toEqual(['not_whole']);
    expect(checkPeriodTarget('cumulative', { throughMonth: 6, amount: dec('-1'), comparator: 'ge' }).map((i) => i.code)).toEqual(['negative']);
    expect(checkPeriodTarget('ratio', { throughMonth: 6, amount: dec('3.2'), comparator: 'le' })).toEqual([]);
  });

  it('a stated Q1 amount is the Q1 target as it is; else the annual target times the Q1 share', () => {
    expect(q1TargetOf(fx('93'), fx('306'), fx('25'))).toEqual({ target: fx('93'), stated: true });
    expect(q1TargetOf(fx('6'), null, fx('25'))).toEqual({ target: fx('6'), stated: true });
    expect(q1TargetOf(null, fx('306'), fx('30'))).toEqual({ target: fx('91.8'), stated: false });
    expect(q1TargetOf(null, null, fx('25'))).toEqual({ target: null, stated: false });
  });
});
