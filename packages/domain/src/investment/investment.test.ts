import { describe, expect, it } from 'vitest';
import { fixedText, fx } from '../fixed-point';
import { toScaled } from '../decimal';
import {
  canSignLead, contractCurrencyAllowed, contractRates, fundKindAllowed, isLeadStale, isPhoneNumber, leadFunnel,
  leadIdleDays, leadMoveRefusal, leadNameKey, maskPhone, nextLeadStage, rankAgainstTargets,
} from './index';

const yi = (text: string) => toScaled(text);

describe('the pipeline 线索 → 洽谈 → 签约 → 注册 → 开工 → 投产', () => {
  it('moves forward one stage at a time, never back, and reaches 签约 only with a contract', () => {
    expect(nextLeadStage('lead')).toBe('negotiation');
    expect(nextLeadStage('producing')).toBeNull();
    expect(leadMoveRefusal('lead', 'negotiation', false)).toBeNull();
    expect(leadMoveRefusal('lead', 'signed', true)).toBe('not_next');
    expect(leadMoveRefusal('negotiation', 'lead', false)).toBe('not_next');
    expect(leadMoveRefusal('negotiation', 'signed', false)).toBe('needs_contract');
    expect(leadMoveRefusal('signed', 'registered', true)).toBeNull();
    expect(leadMoveRefusal('started', 'producing', true)).toBeNull();
    expect(canSignLead('negotiation')).toBe(true);
    expect(canSignLead('signed')).toBe(false);
  });

  it('flags a lead stale after more than N idle days, never one in production', () => {
    expect(leadIdleDays('2026-03-01', '2026-03-31')).toBe(30);
    expect(isLeadStale('negotiation', '2026-03-01', '2026-03-31', 30)).toBe(false);
    expect(isLeadStale('negotiation', '2026-03-01', '2026-04-01', 30)).toBe(true);
    expect(isLeadStale('producing', '2025-01-01', '2026-04-01', 30)).toBe(false);
    // Across February of a leap year.
    expect(leadIdleDays('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('masks a phone to its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('１３８１２３４５６７８')).toBe('138****5678');
    expect(maskPhone('027-87654321')).toBe('027****4321');
    expect(maskPhone('12345')).toBe('****');
    expect(maskPhone('')).toBe('');
    expect(isPhoneNumber('13812345678')).toBe(true);
    expect(isPhoneNumber('+86 138-1234-5678')).toBe(true);
    expect(isPhoneNumber('027-87654321')).toBe(true);
    expect(isPhoneNumber('1381234567')).toBe(false);
    expect(isPhoneNumber('电话')).toBe(false);
  });

  it('recognises the same project under other blanks, punctuation and widths', () => {
    expect(leadNameKey('小米 智能制造（二期）')).toBe(leadNameKey('小米智能制造二期'));
    expect(leadNameKey('ＡＢＣ新能源')).toBe(leadNameKey('abc新能源'));
    expect(leadNameKey('小米智能制造二期')).not.toBe(leadNameKey('小米智能制造一期'));
  });
});

describe('contracts and funds in place', () => {
  it('states a domestic contract in 亿元 and a foreign one in 万美元, and funds in the contract\'s currency', () => {
    expect(contractCurrencyAllowed('domestic', 'yi_yuan')).toBe(true);
    expect(contractCurrencyAllowed('domestic', 'wan_usd')).toBe(false);
    expect(contractCurrencyAllowed('foreign', 'wan_usd')).toBe(true);
    expect(contractCurrencyAllowed('foreign', 'yi_yuan')).toBe(false);
    expect(fundKindAllowed('funds_in_place', 'yi_yuan')).toBe(true);
    expect(fundKindAllowed('fdi', 'yi_yuan')).toBe(false);
    expect(fundKindAllowed('foreign_capital', 'wan_usd')).toBe(true);
  });

  it('gives 履约率 and 到位率 exactly', () => {
    const rates = contractRates({ signed: 3, started: 2, contracted: yi('525.69') + yi('0.01'), inPlace: yi('105.14') });
    expect(fixedText(rates.fulfilmentRate, 2)).toBe('66.67');
    // 105.14 / 525.70 = 20.0000 %.
    expect(fixedText(rates.inPlaceRate, 4)).toBe('20');
    expect(contractRates({ signed: 0, started: 0, contracted: 0n, inPlace: 0n })).toEqual({ fulfilmentRate: null, inPlaceRate: null });
  });
});

describe('the funnel and the ranking', () => {
  it('counts each lead at every stage it reached, converts between stages, and averages the time spent', () => {
    const funnel = leadFunnel([
      { stage: 'lead', current: 5, intended: yi('10'), left: 5, leftDays: 50 },
      { stage: 'negotiation', current: 3, intended: yi('30.5'), left: 2, leftDays: 45 },
      { stage: 'signed', current: 1, intended: yi('20'), left: 1, leftDays: 7 },
      { stage: 'started', current: 1, intended: yi('5'), left: 0, leftDays: 0 },
    ]);
    expect(funnel.total).toBe(10);
    expect(funnel.stages.map((s) => s.reached)).toEqual([10, 5, 2, 1, 1, 0]);
    expect(funnel.stages.map((s) => fixedText(s.conversion, 1))).toEqual([null, '50', '40', '50', '100', '0']);
    expect(fixedText(funnel.stages[1]!.averageDays, 1)).toBe('22.5');
    expect(funnel.stages[5]!.averageDays).toBeNull();
    expect(funnel.stages[1]!.intended).toBe(yi('30.5'));
    expect(fixedText(funnel.signedShare, 0)).toBe('20');
    expect(leadFunnel([]).stages.every((s) => s.reached === 0 && (s.conversion === null))).toBe(true);
  });

  it('ranks districts by completion of the target beside time progress, ties sharing a rank', () => {
    const rows = rankAgainstTargets([
      { orgId: 'a', actual: yi('30'), target: yi('100'), schedule: null },
      { orgId: 'b', actual: yi('60'), target: yi('200'), schedule: null },
      { orgId: 'c', actual: yi('50'), target: yi('100'), schedule: null },
      { orgId: 'd', actual: yi('5'), target: null, schedule: null },
    ], 3);
    expect(rows.map((r) => [r.orgId, r.rank])).toEqual([['c', 1], ['a', 2], ['b', 2], ['d', null]]);
    expect(fixedText(rows[0]!.timeProgress, 2)).toBe('25');
    expect(rows[0]!.gap).toBe(fx(25));
    expect(rows[3]!.gap).toBeNull();
  });
});
