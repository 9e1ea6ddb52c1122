import { describe, expect, it } from 'vitest';
import type { Indicator } from '@hongtu/contracts';
import { notDueList, rowTraits } from './frequency';

function indicator(code: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id: 1, code, names: { 'zh-CN': `${code}中`, 'zh-TW': `${code}繁`, en: code }, unit: 'yi_yuan', kind: 'cumulative', direction: 'higher',
    ytdNonDecreasing: true, decimals: 2, key: false, sortOrder: 10, frequency: 'monthly', growthBasis: 'amounts', ...over,
  };
}

describe('the month form by frequency and growth basis', () => {
  it('tags indicators not reported every month, lets real growth go without an amount, and offers the comparable basis to amounts only', () => {
    expect(rowTraits(indicator('gdp', { frequency: 'quarterly', growthBasis: 'reported_real' }))).toEqual({ frequencyTag: 'quarterly', amountOptional: true, comparable: false });
    expect(rowTraits(indicator('general_budget_revenue'))).toEqual({ frequencyTag: null, amountOptional: false, comparable: true });
    expect(rowTraits(indicator('registered_unemployment_rate', { kind: 'ratio', frequency: 'quarterly' }))).toMatchObject({ comparable: false, amountOptional: false });
  });

  it('lists the indicators not asked this month in catalogue order with their frequency', () => {
    const all = [
      indicator('fixed_asset_investment', { sortOrder: 20, frequency: 'monthly_from_february' }),
      indicator('gdp', { sortOrder: 10, frequency: 'quarterly' }),
      indicator('general_budget_revenue', { sortOrder: 30 }),
    ];
    expect(notDueList(['fixed_asset_investment', 'gdp', 'unknown'], all, 'zh-CN')).toEqual([
      { name: 'gdp中', frequency: 'quarterly' }, { name: 'fixed_asset_investment中', frequency: 'monthly_from_february' },
    ]);
  });
});
