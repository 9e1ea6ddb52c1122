import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
import { parseFigureCell, parseNumberInput, type FigureCellResult } from './number-input';
import { convert, type UnitCode } from './units';

function okValue(result: FigureCellResult): string {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value.toFixed();
}

describe('parseFigureCell: 万 / 亿 written in the cell, in the indicator unit', () => {
  it.each<[string, UnitCode, string]>([
    ['3.01万', 'yi_yuan', '0.000301'],
    ['3.01万元', 'yi_yuan', '0.000301'],
    ['3.01亿', 'yi_yuan', '3.01'],
    ['3.01亿元', 'yi_yuan', '3.01'],
    ['3.01萬', 'yi_yuan', '0.000301'],
    ['１２．５億', 'wan_yuan', '125000'],
    ['3.01万', 'wan_yuan', '3.01'],
    ['3.01亿', 'wan_yuan', '30100'],
    ['1，234.5万', 'wan_yuan', '1234.5'],
    ['-2.5万', 'yuan', '-25000'],
    ['1.2万亿', 'yi_yuan', '12000'],
    ['3.01万', 'count_ren', '30100'],
    ['3.01万', 'wan_ren', '3.01'],
    ['3.01万人', 'wan_ren', '3.01'],
    ['2万', 'mu', '20000'],
    ['1.5万平方米', 'wan_sqm', '1.5'],
    ['3.01万', 'qian_yuan', '30.1'],
    ['12元', 'wan_yuan', '0.0012'],
    ['5 萬 戶', 'wan_hu', '5'],
  ])('%s in %s → %s', (input, unit, expected) => {
    expect(okValue(parseFigureCell(input, unit))).toBe(expected);
  });

  it('says when the text was converted', () => {
    expect(parseFigureCell('3.01万', 'yi_yuan')).toMatchObject({ kind: 'ok', converted: true });
    expect(parseFigureCell('3.01', 'yi_yuan')).toMatchObject({ kind: 'ok', converted: false });
  });

  it.each<[string, UnitCode, string]>([
    ['3万', 'percent', 'multiplier_not_allowed'],
    ['1.2亿', 'pp', 'multiplier_not_allowed'],
    ['3万', 'tce_per_wan_yuan', 'multiplier_not_allowed'],
    ['3万美元', 'yi_yuan', 'unit_mismatch'],
    ['5人', 'count_hu', 'unit_mismatch'],
    ['12元', 'usd', 'unit_mismatch'],
    ['1.23456万', 'yi_yuan', 'too_precise'],
    ['0.0000001元', 'yuan', 'too_precise'],
    ['12%', 'yi_yuan', 'not_a_number'],
    ['万', 'yi_yuan', 'not_a_number'],
    ['12abc', 'yi_yuan', 'not_a_number'],
    ['1e5万', 'yi_yuan', 'exponent'],
    ['99999999999万', 'yi_usd', 'ok'],
    ['9999999999999亿', 'wan_yuan', 'too_large'],
  ])('%s in %s → %s', (input, unit, reason) => {
    const result = parseFigureCell(input, unit);
    if (reason === 'ok') expect(result.kind).toBe('ok');
    else expect(result).toEqual({ kind: 'invalid', reason });
  });

  it.each(['', '—', '－', '无', '  '])('%j is no figure', (input) => {
    expect(parseFigureCell(input, 'yi_yuan')).toEqual({ kind: 'empty' });
  });

  it('a rate keeps its percent sign as written', () => {
    expect(okValue(parseFigureCell('12.5%', 'percent'))).toBe('12.5');
  });

  it('without 万 / 亿 it reads exactly what parseNumberInput reads', () => {
    fc.assert(fc.property(fc.stringMatching(/^-?\d{1,9}(\.\d{1,6})?$/), (text) => {
      const plain = parseNumberInput(text);
      const cell = parseFigureCell(text, 'yi_yuan');
      expect(cell.kind).toBe(plain.kind);
      if (cell.kind === 'ok' && plain.kind === 'ok') expect(cell.value.equals(plain.value)).toBe(true);
    }));
  });

  it('"x万" in a 亿元 column is x 万元 converted exactly into 亿元, whatever x', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,6}(\.\d{1,2})?$/), (text) => {
      const cell = parseFigureCell(`${text}万`, 'yi_yuan');
      expect(okValue(cell)).toBe(convert(dec(text), 'wan_yuan', 'yi_yuan').toFixed());
    }));
  });
});
