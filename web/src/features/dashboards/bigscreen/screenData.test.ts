import { describe, expect, it } from 'vitest';
import type { Card, MeasureCell, Overview } from '@hongtu/contracts';
import { at, cardsByIndicator, indicatorKpis, rankingCycle, trendCycle } from './screenData';

function cell(indicatorCode: string, completion: string | null, card: MeasureCell['card'] = null): MeasureCell {
  return {
    indicatorCode, ytdValue: completion === null ? null : '1', yoy: null, reportedYoy: null, yoyMismatch: false, amountTarget: null, growthTarget: null,
    completion, timeProgress: '75', progressGap: null, card, cardReason: null, rank: null, groupRank: null, source: null, sourceRef: null, sourceQuote: null,
    amountComparator: null, amountMet: null, growthComparator: null, growth: null, growthGap: null, growthMet: null, monthValue: null,
  };
}

const overview: Overview = {
  periodKey: '2022-09',
  timeProgress: '75',
  includesUnapproved: false,
  indicatorCodes: ['gdp', 'rate'],
  indicators: [
    { code: 'gdp', name: '地区生产总值', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion' },
    { code: 'rate', name: '城镇登记失业率', unit: 'percent', direction: 'lower', decimals: 2, rankMeasure: 'ytdValue' },
  ],
  rows: [
    { organisationId: 1, organisationName: '江岸区', groupIds: [1], cells: [cell('gdp', '80'), cell('rate', null)] },
    { organisationId: 2, organisationName: '江汉区', groupIds: [1], cells: [cell('gdp', '75'), cell('rate', null)] },
    { organisationId: 3, organisationName: '硚口区', groupIds: [1], cells: [cell('gdp', '40', 'red'), cell('rate', null)] },
    { organisationId: 4, organisationName: '汉阳区', groupIds: [1], cells: [cell('gdp', null), cell('rate', null)] },
  ],
  averages: [{ indicatorCode: 'gdp', cityCompletion: '65', cityYoy: null, groupCompletion: null, groupYoy: null }],
};

function card(organisationId: number, indicatorCode: string, colour: Card['colour']): Card {
  return {
    organisationId, organisationName: `区${organisationId}`, indicatorCode, indicatorName: `指标${indicatorCode}`, periodKey: '2022-09',
    colour, ruleId: 'wuhan.progress_ratio', reason: '…', shortReason: '…', monthsCarded: 1, leader: null, department: null,
  };
}

describe('big-screen data', () => {
  it('counts districts keeping pace with time progress (equal counts as ahead) and cards per indicator', () => {
    const [gdp, rate] = indicatorKpis(overview);
    expect(gdp).toMatchObject({ code: 'gdp', averageCompletion: '65', ahead: 2, measured: 3, cards: { red: 1, yellow: 0, watch: 0 } });
    expect(rate).toMatchObject({ averageCompletion: null, ahead: 0, measured: 0 });
  });

  it('cycles the ranking through indicators with targets', () => {
    expect(rankingCycle(overview)).toEqual(['gdp']);
  });

  it('cycles trends through carded district × indicator pairs, red first, each once', () => {
    const cards = [card(1, 'gdp', 'yellow'), card(2, 'gdp', 'red'), card(1, 'gdp', 'watch'), card(3, 'fai', 'red')];
    expect(trendCycle(cards, overview).map((p) => `${p.organisationId}:${p.indicatorCode}`)).toEqual(['2:gdp', '3:fai', '1:gdp']);
  });

  it('falls back to the first district and indicator when nobody is carded', () => {
    expect(trendCycle([], overview)).toEqual([{ organisationId: 1, organisationName: '江岸区', indicatorCode: 'gdp' }]);
    expect(trendCycle([], undefined)).toEqual([]);
  });

  it('counts cards per indicator, most carded first', () => {
    const stats = cardsByIndicator([card(1, 'a', 'yellow'), card(2, 'b', 'red'), card(3, 'b', 'yellow'), card(4, 'a', 'red'), card(5, 'a', 'red')]);
    expect(stats.map((s) => [s.code, s.total, s.counts.red])).toEqual([['a', 3, 2], ['b', 2, 1]]);
    expect(cardsByIndicator([card(1, 'a', 'red'), card(1, 'b', 'red')], 1)).toHaveLength(1);
  });

  it('wraps the rotation index', () => {
    expect(at(['a', 'b', 'c'], 4)).toBe('b');
    expect(at([], 3)).toBeUndefined();
  });
});
