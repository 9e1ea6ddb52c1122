import { describe, expect, it } from 'vitest';
import type { MeasureCell, Overview } from '@hongtu/contracts';
import { hasFigures } from './api';

const cell = (indicatorCode: string, ytdValue: string | null): MeasureCell => ({
  indicatorCode, ytdValue, yoy: null, reportedYoy: null, yoyMismatch: false, amountTarget: null, growthTarget: null, completion: null, timeProgress: '83.333333',
  progressGap: null, card: null, cardReason: null, rank: null, groupRank: null, source: null, sourceRef: null, sourceQuote: null,
  amountComparator: null, amountMet: null, growthComparator: null, growth: null, growthGap: null, growthMet: null, monthValue: null,
});

function november(cells: MeasureCell[]): Overview {
  return {
    periodKey: '2026-11', timeProgress: '91.666667', includesUnapproved: false, indicatorCodes: ['gdp', 'fixed_asset_investment'],
    indicators: [
      { code: 'gdp', name: 'GDP', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion', figurePeriodKey: '2026-09' },
      { code: 'fixed_asset_investment', name: 'FAI', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion', figurePeriodKey: '2026-11' },
    ],
    rows: [{ organisationId: 1, organisationName: '江岸区', groupIds: [], cells }],
    averages: [],
  };
}

describe('hasFigures', () => {
  it('counts the month\'s own figures, not the latest quarter standing for a quarterly indicator', () => {
    expect(hasFigures(november([cell('gdp', '1426.41'), cell('fixed_asset_investment', null)]))).toBe(false);
    expect(hasFigures(november([cell('gdp', '1426.41'), cell('fixed_asset_investment', '300')]))).toBe(true);
  });
});
