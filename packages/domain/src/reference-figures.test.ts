import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { crossCheck, monthOfFigurePeriod, readWrittenUnit, writtenPlaces } from './reference-figures';

const ref = (value: string | null, unit: string | null, yoyPct: string | null = null, comparator: '>=' | '<=' | '=' | null = null) => ({ value, unit, yoyPct, comparator });

describe('reading a written unit', () => {
  it('understands Simplified, Traditional and 万亿元', () => {
    expect(readWrittenUnit('亿元')?.code).toBe('yi_yuan');
    expect(readWrittenUnit('億元')?.code).toBe('yi_yuan');
    expect(readWrittenUnit('萬億元')?.factor.toFixed()).toBe('1000000000000');
    expect(readWrittenUnit('万亿元')?.dimension).toBe('money_cny');
    expect(readWrittenUnit('斤')).toBeNull();
    expect(readWrittenUnit(null)).toBeNull();
  });

  it('counts written decimals', () => {
    expect(writtenPlaces('360')).toBe(0);
    expect(writtenPlaces('359.60')).toBe(2);
    expect(writtenPlaces('-3.5')).toBe(1);
  });
});

describe('cross-check of a reference figure with the submission', () => {
  it('says the district report of 360 亿元 differs from a submission of 356 亿元, by −4', () => {
    const c = crossCheck(ref('360', '亿元'), { value: dec('356'), unit: 'yi_yuan', yoyPct: null });
    expect(c.status).toBe('differs');
    expect(c.value).toEqual({ status: 'differs', reference: '360', submitted: '356', difference: '-4' });
  });

  it('takes 360 亿元 written without decimals to agree with 359.6 亿元 and with 3 596 000 万元 (rounded as written)', () => {
    expect(crossCheck(ref('360', '亿元'), { value: dec('359.6'), unit: 'yi_yuan', yoyPct: null }).status).toBe('agrees');
    const inWan = crossCheck(ref('360', '亿元'), { value: dec('3596000'), unit: 'wan_yuan', yoyPct: null });
    expect(inWan.value).toMatchObject({ status: 'agrees', submitted: '359.6' });
    expect(crossCheck(ref('360', '亿元'), { value: dec('359.4'), unit: 'yi_yuan', yoyPct: null }).status).toBe('differs');
  });

  it('rounds half up at the written precision: 360.0 needs 359.95 … 360.049', () => {
    expect(crossCheck(ref('360.0', '亿元'), { value: dec('359.95'), unit: 'yi_yuan', yoyPct: null }).status).toBe('agrees');
    expect(crossCheck(ref('360.0', '亿元'), { value: dec('359.94'), unit: 'yi_yuan', yoyPct: null }).status).toBe('differs');
    expect(crossCheck(ref('360.0', '亿元'), { value: dec('360.05'), unit: 'yi_yuan', yoyPct: null }).status).toBe('differs');
  });

  it('converts exactly from a reference in 萬億元 and in 万元', () => {
    expect(crossCheck(ref('1.2', '萬億元'), { value: dec('12000'), unit: 'yi_yuan', yoyPct: null }).value).toMatchObject({ status: 'agrees', submitted: '1.2' });
    expect(crossCheck(ref('350000', '万元'), { value: dec('35.0001'), unit: 'yi_yuan', yoyPct: null }).value).toEqual({ status: 'differs', reference: '350000', submitted: '350001', difference: '1' });
  });

  it('keeps to the side of a comparator (突破 ≥, 不超过 ≤)', () => {
    expect(crossCheck(ref('360', '亿元', null, '>='), { value: dec('372'), unit: 'yi_yuan', yoyPct: null }).status).toBe('agrees');
    expect(crossCheck(ref('360', '亿元', null, '>='), { value: dec('350'), unit: 'yi_yuan', yoyPct: null }).status).toBe('differs');
    expect(crossCheck(ref('5', '%', null, '<='), { value: dec('4.2'), unit: 'percent', yoyPct: null }).status).toBe('agrees');
  });

  it('compares growth at its written decimals, negative for 下降', () => {
    const c = crossCheck(ref('360', '亿元', '8.5'), { value: dec('360'), unit: 'yi_yuan', yoyPct: dec('8.46') });
    expect(c.growth.status).toBe('agrees');
    const d = crossCheck(ref(null, null, '-3.2'), { value: null, unit: 'yi_yuan', yoyPct: dec('3.2') });
    expect(d.growth).toEqual({ status: 'differs', reference: '-3.2', submitted: '3.2', difference: '6.4' });
    expect(d.value.status).toBe('not_comparable');
    expect(d.status).toBe('differs');
  });

  it('says when nothing was submitted and when the units cannot be compared', () => {
    expect(crossCheck(ref('360', '亿元'), { value: null, unit: 'yi_yuan', yoyPct: null }).status).toBe('no_submission');
    expect(crossCheck(ref('12', '家'), { value: dec('12'), unit: 'yi_yuan', yoyPct: null }).status).toBe('not_comparable');
    expect(crossCheck(ref('12', '亿美元'), { value: dec('12'), unit: 'yi_yuan', yoyPct: null }).status).toBe('not_comparable');
  });
});

describe('the month a figure period belongs to', () => {
  it('is the last month covered', () => {
    expect(monthOfFigurePeriod('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(monthOfFigurePeriod('2026-01..09')).toEqual({ year: 2026, month: 9 });
    expect(monthOfFigurePeriod('2026-Q1')).toEqual({ year: 2026, month: 3 });
    expect(monthOfFigurePeriod('2017-H1')).toEqual({ year: 2017, month: 6 });
    expect(monthOfFigurePeriod('2021')).toEqual({ year: 2021, month: 12 });
    expect(monthOfFigurePeriod('2016..2020')).toBeNull();
    expect(monthOfFigurePeriod('2026-13')).toBeNull();
  });
});
