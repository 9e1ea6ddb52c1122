import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { testContext } from './test-context';

const WUCHANG = { kind: 'organisation' as const, key: '420106', name: '武昌区' };

describe('extractFigures', () => {
  it('reads an amount with its growth, period and subject, quoting the original text', () => {
    const text = '前三季度，GDP完成1202亿元、增速4.5%；完成固投360亿元，同比增长24.6%。';
    const figures = extractFigures(text, testContext({ documentDate: '2022-11-30', defaultEntity: WUCHANG }));
    expect(figures.map((f) => [f.entity, f.indicator, f.period, f.kind, f.value, f.unit, f.yoy_pct])).toEqual([
      ['武昌区', 'gdp', '2022-01..09', 'actual', '1202', '亿元', '4.5'],
      ['武昌区', 'fixed_asset_investment', '2022-01..09', 'actual', '360', '亿元', '24.6'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('reads a decline as a negative growth and a target with its comparator', () => {
    const [a, b] = extractFigures('实际利用外资下降4.7%。力争全年地区生产总值增长9%以上。', testContext({ documentDate: '2023-01-05', defaultEntity: WUCHANG }));
    expect([a!.indicator, a!.yoy_pct, a!.kind]).toEqual(['utilized_foreign_capital', '-4.7', 'actual']);
    expect([b!.indicator, b!.yoy_pct, b!.kind, b!.comparator, b!.period]).toEqual(['gdp', '9', 'target', '>=', '2023']);
  });

  it('reads Traditional text with pinyin annotations, keeping the original characters in the quote', () => {
    const text = '西塞山區(qū)努力實(shí)現(xiàn)固定資產(chǎn)投資完成23.54億元,同比增長20%以上。';
    const toSimplified = (s: string) => s.replace(/區/g, '区').replace(/實/g, '实').replace(/現/g, '现').replace(/資/g, '资').replace(/產/g, '产').replace(/億/g, '亿').replace(/長/g, '长');
    const [f] = extractFigures(text, testContext({ documentDate: '2023-01-05', toSimplified }));
    expect([f!.entity, f!.indicator, f!.kind, f!.value, f!.unit, f!.yoy_pct, f!.comparator]).toEqual(['西塞山区', 'fixed_asset_investment', 'target', '23.54', '亿元', '20', '>=']);
    expect(f!.quote).toBe(text.slice(f!.start, f!.end));
    expect(f!.quote).toContain('億元');
  });
});
