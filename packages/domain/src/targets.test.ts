import { describe, expect, it } from 'vitest';
import { normaliseTarget, type TargetStatement } from './targets';

const empty: TargetStatement<string> = { amount: null, amountComparator: null, growth: null, growthComparator: null, noTarget: false, schedule: null };

describe('normaliseTarget', () => {
  it('needs an amount or a growth, each with its comparator', () => {
    expect(normaliseTarget(empty)).toEqual({ ok: false, issues: [{ code: 'value_required', field: 'amount' }] });
    expect(normaliseTarget({ ...empty, amount: '220' })).toEqual({ ok: false, issues: [{ code: 'comparator_required', field: 'amountComparator' }] });
    expect(normaliseTarget({ ...empty, growth: '9', growthComparator: 'ge' })).toMatchObject({ ok: true, target: { growth: '9', growthComparator: 'ge', amount: null } });
  });

  it('drops a comparator that has no value', () => {
    const result = normaliseTarget({ ...empty, amount: '220', amountComparator: 'ge', growthComparator: 'le' });
    expect(result).toMatchObject({ ok: true, target: { amountComparator: 'ge', growthComparator: null } });
  });

  it('"no target" clears values, or is refused with values when strict', () => {
    const stated = { ...empty, amount: '220', amountComparator: 'ge' as const, noTarget: true };
    expect(normaliseTarget(stated)).toEqual({ ok: true, target: { ...empty, noTarget: true } });
    expect(normaliseTarget(stated, { strict: true })).toEqual({ ok: false, issues: [{ code: 'no_target_with_values', field: 'noTarget' }] });
  });

  it('normalises schedule shares and refuses an invalid schedule', () => {
    const ok = normaliseTarget({ ...empty, amount: '100', amountComparator: 'ge', schedule: { kind: 'quarterly', shares: ['３０', '55.0', '80', '100'] } });
    expect(ok).toMatchObject({ ok: true, target: { schedule: { kind: 'quarterly', shares: ['30', '55', '80', '100'] } } });
    const bad = normaliseTarget({ ...empty, amount: '100', amountComparator: 'ge', schedule: { kind: 'quarterly', shares: ['30', '20', '80', '100'] } });
    expect(bad).toEqual({ ok: false, issues: [{ code: 'schedule_invalid', field: 'schedule', issues: [{ code: 'decreasing', index: 1 }] }] });
  });
});
