import { describe, expect, it } from 'vitest';
import type { DocumentFigure } from '@hongtu/contracts/documents';
import { initialValues } from './accept';

const figure: DocumentFigure = {
  id: 1, documentId: 2, entity: '武昌区', entityKind: 'organisation', entityKey: '420106', organisationId: 7, indicator: 'gdp', indicatorMatched: true,
  period: '2026-01..09', kind: 'actual', value: '1326', unit: '亿元', yoyPct: '5.2', vsTimeProgressPp: null, comparator: null,
  quote: '武昌区实现地区生产总值1326亿元', start: 0, end: 15, status: 'extracted', correctedBy: null, correctedAt: null, reason: null,
};

describe('the accept form starts from the figure', () => {
  it('takes its district, matched indicator, the last month of its period and its value as written', () => {
    expect(initialValues(figure)).toEqual({ organisationId: 7, indicatorCode: 'gdp', periodKey: '2026-09', value: '1326', unit: '亿元', yoyPct: '5.2' });
  });

  it('leaves blank what was not resolved: an unmatched indicator, no district, a span of years', () => {
    expect(initialValues({ ...figure, organisationId: null, indicator: '固投', indicatorMatched: false, period: '2016..2020', value: null, unit: null, yoyPct: null }))
      .toEqual({ organisationId: undefined, indicatorCode: undefined, periodKey: undefined, value: undefined, unit: undefined, yoyPct: undefined });
  });
});
