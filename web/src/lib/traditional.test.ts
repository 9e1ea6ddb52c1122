import { describe, expect, it } from 'vitest';
import { convertStrings, loadTraditional } from './traditional';

describe('Simplified data shown in the zh-TW interface', () => {
  it('converts organisation and indicator names and notes to Traditional as written in Taiwan', async () => {
    const convert = await loadTraditional();
    expect(convert('武汉市发展和改革委员会')).toBe('武漢市發展和改革委員會');
    expect(convert('江岸区')).toBe('江岸區');
    expect(convert('规模以上工业增加值')).toBe('規模以上工業增加值');
    expect(convert('受个别企业停产影响，增速回落')).toBe('受個別企業停產影響，增速回落');
    // Figures and Latin text are left as they are.
    expect(convert('GDP 1,202.5 亿元')).toBe('GDP 1,202.5 億元');
  }, 120_000); // the dictionary is a megabyte of source for the test runner to transform

  it('loads the dictionary once', async () => {
    expect(await loadTraditional()).toBe(await loadTraditional());
  });

  it("shows a dashboard's answer in Traditional: every string in it, the numbers, codes and nulls as they are", async () => {
    const convert = await loadTraditional();
    const overview = {
      periodKey: '2026-10',
      indicators: [{ code: 'gdp', name: '地区生产总值', unit: '亿元', weight: 2 }],
      rows: [{ organisationId: 7, organisationName: '江岸区', cells: [{ ytdValue: '1202.50', note: null, card: 'red', reason: '增速低于全市' }] }],
    };
    const shown = convertStrings(overview, convert);
    expect(shown).toEqual({
      periodKey: '2026-10',
      indicators: [{ code: 'gdp', name: '地區生產總值', unit: '億元', weight: 2 }],
      rows: [{ organisationId: 7, organisationName: '江岸區', cells: [{ ytdValue: '1202.50', note: null, card: 'red', reason: '增速低於全市' }] }],
    });
    // The cached answer is left as it came.
    expect(overview.rows[0]!.organisationName).toBe('江岸区');
  }, 120_000);
});
