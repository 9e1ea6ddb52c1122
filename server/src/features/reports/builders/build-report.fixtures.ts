// A small published overview for the builders' tests: four districts in two groups, two indicators.
import type { Card, MeasureCell, Overview } from '@hongtu/contracts/dashboards';

type CellInput = Partial<MeasureCell> & Pick<MeasureCell, 'indicatorCode'>;

function cell(c: CellInput): MeasureCell {
  return {
    ytdValue: null, yoy: null, reportedYoy: null, yoyMismatch: false, amountTarget: null, growthTarget: null, completion: null,
    timeProgress: '75', progressGap: null, card: null, cardReason: null, rank: null, groupRank: null, lastYearYtd: null,
    amountComparator: null, amountMet: null, growthComparator: null, growth: null, growthGap: null, growthMet: null, monthValue: null,
    source: 'entered', sourceRef: null, sourceQuote: null, ...c,
  };
}

export const GROUPS = [{ id: 1, name: '中心城区' }, { id: 2, name: '新城区' }];

/** 江岸区 ahead, 江汉区 ahead (tied rank 2 in 固投 with 黄陂区), 新洲区 red. */
export function fixtureOverview(periodKey = '2022-09', gdpGrowth: Record<number, string> = { 1: '4.5', 2: '3.9', 3: '5.1', 4: '2.0' }): Overview {
  const fai = (id: number, ytd: string, target: string, completion: string, gap: string, rank: number, groupRank: number, card: 'red' | 'yellow' | null = null) => cell({
    indicatorCode: 'fixed_asset_investment', ytdValue: ytd, yoy: '12.345678', lastYearYtd: '300', amountTarget: target, amountComparator: 'ge',
    completion, progressGap: gap, rank, groupRank, card, cardReason: card ? '时序进度比 60.1% 低于 80%→ 红牌' : null, growth: '12.345678',
  });
  const gdp = (id: number, ytd: string, rank: number, groupRank: number) => cell({
    indicatorCode: 'gdp', ytdValue: ytd, reportedYoy: gdpGrowth[id] ?? null, growth: gdpGrowth[id] ?? null, growthTarget: '5', growthComparator: 'ge',
    growthGap: gdpGrowth[id] ? String(Number(gdpGrowth[id]) - 5) : null, rank, groupRank,
  });
  return {
    periodKey, timeProgress: '75', includesUnapproved: false,
    indicatorCodes: ['gdp', 'fixed_asset_investment'],
    indicators: [
      { code: 'gdp', name: '地区生产总值', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'yoy', figurePeriodKey: periodKey },
      { code: 'fixed_asset_investment', name: '固定资产投资', unit: 'yi_yuan', direction: 'higher', decimals: 2, rankMeasure: 'completion', figurePeriodKey: periodKey },
    ],
    rows: [
      { organisationId: 1, organisationName: '江岸区', groupIds: [1], cells: [gdp(1, '1660.48', 2, 1), fai(1, '380.5', '480', '79.270833', '4.270833', 1, 1)] },
      { organisationId: 2, organisationName: '江汉区', groupIds: [1], cells: [gdp(2, '1202', 3, 2), fai(2, '300', '390', '76.923077', '1.923077', 2, 2)] },
      { organisationId: 3, organisationName: '黄陂区', groupIds: [2], cells: [gdp(3, '900.1', 1, 1), fai(3, '200', '260', '76.923077', '1.923077', 2, 1)] },
      { organisationId: 4, organisationName: '新洲区', groupIds: [2], cells: [gdp(4, '800', 4, 2), fai(4, '120.25', '250', '48.1', '-26.9', 4, 2, 'red')] },
    ],
    averages: [
      { indicatorCode: 'gdp', cityCompletion: null, cityYoy: '3.987654', groupCompletion: null, groupYoy: null, citySumYtd: '4562.58', cityOwnYtd: null, cityOwnYoy: null, cityOwnCompletion: null },
      { indicatorCode: 'fixed_asset_investment', cityCompletion: '72.6', cityYoy: '12.345678', groupCompletion: null, groupYoy: null, citySumYtd: '1000.75', cityOwnYtd: null, cityOwnYoy: null, cityOwnCompletion: null },
    ],
  };
}

export const CARDS: Card[] = [{
  organisationId: 4, organisationName: '新洲区', indicatorCode: 'fixed_asset_investment', indicatorName: '固定资产投资', periodKey: '2022-09',
  colour: 'red', ruleId: 'progress_ratio', reason: '时序进度比 64.1% 低于 80%→ 红牌', shortReason: '完成时序进度的64.1%，低于80%，亮红牌',
  monthsCarded: 2, leader: '常务副区长', department: '区发改局',
}];
