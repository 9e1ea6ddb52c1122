import { createElement, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Locale, MeasureCell, Ranking } from '@hongtu/contracts';
import '../../../app/i18n';
import { i18n } from '../../../app/i18n';
import { ranking, rankingRow } from '../charts/fixtures';
import { MeasureCellView } from '../overview/MeasureCellView';
import { RankingTable } from './RankingTable';

/** 武昌 and 江汉 both read 12.9 % as published: tied at 2; 武昌 moved up two places, 江汉 down one, 汉阳 is new. */
const published: Ranking = {
  ...ranking,
  rows: [
    rankingRow({ organisationId: 1, organisationName: '蔡甸区', value: '20', rank: 1, previousRank: 1, rankChange: { movement: 'same', places: 0 } }),
    rankingRow({
      organisationId: 2, organisationName: '武昌区', value: '12.85', rankedValue: '12.9', rank: 2, previousRank: 4, rankChange: { movement: 'up', places: 2 },
      growth: '5.9', growthTarget: '6.5', growthGap: '-0.6', growthMet: false, monthValue: '6.85',
    }),
    rankingRow({ organisationId: 3, organisationName: '江汉区', value: '12.86', rankedValue: '12.9', rank: 2, previousRank: 1, rankChange: { movement: 'down', places: 1 } }),
    rankingRow({
      organisationId: 4, organisationName: '汉阳区', value: '3', rank: 4, rankChange: { movement: 'new', places: 0 },
      amountTarget: '3.2', amountComparator: 'le', amountMet: false,
    }),
  ],
};

function html(node: ReactNode): string {
  return renderToString(createElement(MemoryRouter, null, node));
}
const table = (data: Ranking, locale: Locale) => createElement(RankingTable, { ranking: data, locale, districtLink: (id: number) => `/d/${id}` });

describe('the ranking table as a bulletin prints it', () => {
  it('shows shared ranks as tied and the change since the previous period with its arrow', async () => {
    await i18n.changeLanguage('zh-CN');
    const page = html(table(published, 'zh-CN'));
    expect(page.match(/data-tied/g)).toHaveLength(2);
    expect(page).toContain('并列');
    for (const word of ['进位2', '退位1', '持平', '新进']) expect(page).toContain(word);
    expect(page).toContain('data-movement="up"');
    expect(page).toContain('anticon-arrow-up');
    expect(page).toContain('anticon-arrow-down');
    // The published value is what ties: both read 12.9 %.
    expect(page.match(/12\.9%/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('shows growth against its target in percentage points, a ceiling met or not, and the month value as computed', async () => {
    await i18n.changeLanguage('zh-CN');
    const page = html(table(published, 'zh-CN'));
    expect(page).toContain('较目标 -0.6 个百分点');
    expect(page).toContain('控制在 3.20 亿元 以内');
    expect(page).toContain('未达标');
    expect(page).toContain('当月（计算）');
    expect(page).toContain('6.85 亿元');
    await i18n.changeLanguage('en');
    const en = html(table(published, 'en'));
    for (const word of ['up 2', 'down 1', 'new', 'tied', 'Not met', 'Month (computed)']) expect(en).toContain(word);
    await i18n.changeLanguage('zh-TW');
    const tw = html(table(published, 'zh-TW'));
    for (const word of ['進位2', '退位1', '新進', '並列', '未達標', '當月（計算）']) expect(tw).toContain(word);
    await i18n.changeLanguage('zh-CN');
  });
});

describe('an overview cell', () => {
  const base: MeasureCell = {
    indicatorCode: 'registered_unemployment_rate', ytdValue: '3.4', yoy: null, reportedYoy: null, yoyMismatch: false, amountTarget: '3.2', growthTarget: null,
    completion: null, timeProgress: '25', progressGap: null, card: 'yellow', cardReason: null, rank: 3, groupRank: null, source: null, sourceRef: null, sourceQuote: null,
    amountComparator: 'le', amountMet: false, growthComparator: null, growth: null, growthGap: null, growthMet: null, monthValue: null,
  };
  const rate = { code: 'registered_unemployment_rate', name: '城镇登记失业率', unit: 'percent', direction: 'lower' as const, decimals: 2, rankMeasure: 'ytdValue' as const };
  const flow = { code: 'fixed_asset_investment', name: '固定资产投资', unit: 'yi_yuan', direction: 'higher' as const, decimals: 2, rankMeasure: 'completion' as const };

  it('judges 控制在3.2%以内 met or not instead of a completion rate', async () => {
    await i18n.changeLanguage('zh-CN');
    const cell = html(createElement(MeasureCellView, { cell: base, indicator: rate, locale: 'zh-CN', groupName: null }));
    expect(cell).toContain('控制在 3.20% 以内');
    expect(cell).toContain('未达标');
    expect(cell).not.toContain('完成率');
  });

  it('labels the month value computed and gives the growth gap in percentage points', async () => {
    await i18n.changeLanguage('zh-CN');
    const flowCell: MeasureCell = {
      ...base, indicatorCode: 'fixed_asset_investment', ytdValue: '15', amountTarget: '100', amountComparator: 'ge', amountMet: null, completion: '15', progressGap: '-10',
      growth: '7.4', growthTarget: '6.5', growthGap: '0.9', growthMet: true, monthValue: '6',
    };
    const cell = html(createElement(MeasureCellView, { cell: flowCell, indicator: flow, locale: 'zh-CN', groupName: null }));
    expect(cell).toContain('当月 6.00 亿元');
    expect(cell).toContain('计算');
    expect(cell).toContain('较目标 +0.9 个百分点');
  });
});
