import { describe, expect, it } from 'vitest';
import { boardExportQuery, readBoardView } from './boardView';

describe('warning board view in the URL', () => {
  it('reads the grouping and the filters, dropping what it does not know', () => {
    expect(readBoardView(new URLSearchParams('view=indicator&colours=red,blue&districts=3,x,5&indicators=gdp'))).toEqual({
      mode: 'indicator', colours: ['red'], districts: [3, 5], indicators: ['gdp'],
    });
    expect(readBoardView(new URLSearchParams('view=nonsense'))).toEqual({ mode: 'district', colours: [], districts: [], indicators: [] });
  });

  it('exports what the page shows: the cards view exports grouped by district', () => {
    const view = readBoardView(new URLSearchParams('view=cards&colours=red,yellow'));
    expect(boardExportQuery({ period: '2026-10', groupId: 2 }, view)).toEqual({
      period: '2026-10', groupId: 2, includeUnapproved: undefined, groupBy: 'district', colours: 'red,yellow', districts: undefined, indicators: undefined,
    });
  });
});
