import { describe, expect, it } from 'vitest';
import type { MonthCrossCheckItem } from '@hongtu/contracts/reference-figures';
import { crossCheckParts, signed, writtenAmount } from './written';

const reference = {
  id: 1, organisationId: 2, organisationName: '武昌区', periodKey: '2026-03', indicatorCode: 'gdp', indicatorName: '地区生产总值',
  value: '360', unit: '亿元', yoyPct: '8.5', comparator: null, kind: 'actual', figurePeriod: '2026-Q1', documentId: 3, documentTitle: '报告',
  figureId: 4, quote: '实现地区生产总值360亿元', acceptedBy: '审核员', acceptedAt: '2026-04-01T00:00:00.000Z',
} as const;

describe('figures as written', () => {
  it('glues a unit as written, % without a space', () => {
    expect(writtenAmount('360', '亿元')).toBe('360 亿元');
    expect(writtenAmount('8.5', '%')).toBe('8.5%');
    expect(writtenAmount('360', '亿元', '不低于')).toBe('不低于 360 亿元');
    expect(signed('4')).toBe('+4');
    expect(signed('-4')).toBe('-4');
    expect(signed('0')).toBe('0');
  });

  it('words a cross-check line: the reference as written, the submission in its unit, the difference signed', () => {
    const item: MonthCrossCheckItem = {
      reference: { ...reference, comparator: '>=' }, status: 'differs',
      value: { status: 'differs', reference: '360', submitted: '356', difference: '-4' },
      growth: { status: 'agrees', reference: '8.5', submitted: '8.46', difference: '-0.04' },
    };
    const parts = crossCheckParts(item, () => '不低于');
    expect(parts.value).toEqual({ status: 'differs', reference: '不低于 360 亿元', submitted: '356 亿元', difference: '-4 亿元' });
    expect(parts.growth).toEqual({ status: 'agrees', reference: '8.5%', submitted: '8.46%', difference: '-0.04' });
  });
});
